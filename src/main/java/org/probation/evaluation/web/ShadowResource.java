package org.probation.evaluation.web;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.probation.evaluation.shadow.ShadowRuns;
import org.probation.evaluation.shadow.ShadowView;
import org.probation.incident.IncidentService;
import org.probation.security.Roles;
import org.probation.web.OpenApiDocument;

/** What the shadow policies would have done with an incident: evaluation's view beside the incident's own. */
@Path("/api/v1/incidents/{id}/shadows")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
@Tag(name = "Incidents", description = "Abuse cases: open, read, report, act")
public class ShadowResource {

    private final IncidentService incidents;
    private final ShadowRuns shadowRuns;

    ShadowResource(IncidentService incidents, ShadowRuns shadowRuns) {
        this.incidents = incidents;
        this.shadowRuns = shadowRuns;
    }

    @GET
    @Operation(operationId = "listShadows", summary = "What each shadow policy would have done with the incident so far")
    @APIResponse(responseCode = "200", description = "One entry per shadow policy")
    @APIResponse(responseCode = "404", ref = OpenApiDocument.NOT_FOUND)
    public List<ShadowView> shadows(@PathParam("id") UUID id) {
        incidents.get(id);
        return shadowRuns.of(id);
    }
}
