package org.probation.console.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.probation.policy.PolicyCatalog;
import org.probation.security.Roles;

/**
 * The empty new-incident form; it posts to {@link NewIncidentResource}. Under its own root path, so that {@code new}
 * is never taken for an incident's id by the incident page's {@code /console/incidents/{id}}.
 */
@Path("/console/incidents/new")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OPERATOR)
public class NewIncidentFormResource {

    private final PolicyCatalog policies;
    private final ConsoleShells shells;

    NewIncidentFormResource(PolicyCatalog policies, ConsoleShells shells) {
        this.policies = policies;
        this.shells = shells;
    }

    @GET
    @Operation(hidden = true)
    public String form() {
        return shells.localized(ListTemplates.newIncident(
                NewIncidentForm.empty(NewIncidentResource.policyNames(policies)))).render();
    }
}
