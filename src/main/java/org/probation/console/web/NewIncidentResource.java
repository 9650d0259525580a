package org.probation.console.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.probation.incident.IncidentAlreadyOpen;
import org.probation.incident.IncidentService;
import org.probation.incident.OpenIncident;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.policy.PolicyCatalog;
import org.probation.policy.model.Policy;
import org.probation.security.CurrentActor;
import org.probation.security.Roles;
import org.probation.validation.FieldProblem;
import org.probation.validation.InvalidInputException;

/**
 * Opens an incident from the console: the same request, rules and refusals as {@code POST /api/v1/incidents}. A
 * refusal shows the form again with what was typed and what is wrong (nothing written); an incident opened leads to
 * its page. Operators only: a viewer is refused (403). The form itself is {@link NewIncidentFormResource}.
 */
@Path("/console/incidents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OPERATOR)
public class NewIncidentResource {

    private final IncidentService incidents;
    private final PolicyCatalog policies;
    private final Validator validator;
    private final CurrentActor actor;
    private final ConsoleShells shells;

    NewIncidentResource(IncidentService incidents, PolicyCatalog policies, Validator validator, CurrentActor actor,
            ConsoleShells shells) {
        this.incidents = incidents;
        this.policies = policies;
        this.validator = validator;
        this.actor = actor;
        this.shells = shells;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response open(MultivaluedMap<String, String> fields) {
        NewIncidentForm form = NewIncidentForm.of(fields, policyNames());
        List<NewIncidentForm.Problem> problems = new ArrayList<>();
        OpenIncident request = form.toRequest(problems);
        // A field the form could not read (a cause, a policy, a figure) is refused once, for what was typed.
        Set<String> unread = problems.stream().map(NewIncidentForm.Problem::field).collect(Collectors.toSet());
        for (ConstraintViolation<OpenIncident> violation : validator.validate(request)) {
            NewIncidentForm.Problem problem = NewIncidentForm.Problem.of(violation);
            if (!unread.contains(problem.field())) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            return refused(form.refused(problems, null));
        }
        try {
            IncidentEntity opened = incidents.open(request, actor.name());
            return Response.seeOther(URI.create("/console/incidents/" + opened.id)).build();
        } catch (IncidentAlreadyOpen e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(form.refused(
                            List.of(new NewIncidentForm.Problem("accountId", NewIncidentForm.ALREADY_OPEN)),
                            e.openIncident().map(Object::toString).orElse(""))))
                    .build();
        } catch (InvalidInputException e) {
            // Opening refuses past the validation only an unknown policy (the form checks that first) and domain
            // names too long together; the page says so in its own words, the API in the service's.
            List<NewIncidentForm.Problem> refusals = new ArrayList<>();
            for (FieldProblem problem : e.problems()) {
                String field = NewIncidentForm.fieldOf(problem.field());
                refusals.add(new NewIncidentForm.Problem(field, switch (field) {
                    case "policy" -> NewIncidentForm.UNKNOWN_POLICY;
                    case "domains", "evidenceDomains" -> NewIncidentForm.TOO_LONG;
                    default -> NewIncidentForm.INVALID;
                }));
            }
            return refused(form.refused(refusals, null));
        }
    }

    private Response refused(NewIncidentForm form) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(form)).build();
    }

    private String page(NewIncidentForm form) {
        return shells.localized(ListTemplates.newIncident(form)).render();
    }

    private List<String> policyNames() {
        return policyNames(policies);
    }

    /** The policies an incident can be opened under: shadows only run beside one. */
    static List<String> policyNames(PolicyCatalog policies) {
        return policies.all().values().stream().filter(policy -> !policy.shadow()).map(Policy::name).sorted()
                .toList();
    }
}
