package org.probation.console.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

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
        for (ConstraintViolation<OpenIncident> violation : validator.validate(request)) {
            problems.add(new NewIncidentForm.Problem(NewIncidentForm.fieldOf(violation.getPropertyPath().toString()),
                    violation.getMessage()));
        }
        if (request.account() != null && request.account().id() == null && problems.stream()
                .noneMatch(p -> p.field().equals("accountId"))) {
            problems.add(new NewIncidentForm.Problem("accountId", "must not be null"));
        }
        if (request.cause() == null && problems.stream().noneMatch(p -> p.field().equals("cause"))) {
            problems.add(new NewIncidentForm.Problem("cause", "must not be null"));
        }
        if (!problems.isEmpty()) {
            return refused(form.refused(problems, null));
        }
        try {
            IncidentEntity opened = incidents.open(request, actor.name());
            return Response.seeOther(URI.create("/console/incidents/" + opened.id)).build();
        } catch (IncidentAlreadyOpen e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(form.refused(List.of(new NewIncidentForm.Problem("accountId", null)),
                            e.openIncident().map(Object::toString).orElse(""))))
                    .build();
        } catch (InvalidInputException e) {
            List<NewIncidentForm.Problem> refusals = new ArrayList<>();
            for (FieldProblem problem : e.problems()) {
                refusals.add(new NewIncidentForm.Problem(NewIncidentForm.fieldOf(problem.field()), problem.message()));
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
