package org.probation.console.web;

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
import org.probation.console.IncidentCharts;
import org.probation.console.IncidentChartsView;
import org.probation.security.Roles;
import org.probation.web.OpenApiDocument;

/** The chart data of an incident, for the console and for API users who draw their own. */
@Path("/api/v1/incidents/{id}/charts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
@Tag(name = "Incidents", description = "Abuse cases: open, read, report, act")
public class ChartResource {

    private final IncidentCharts charts;

    ChartResource(IncidentCharts charts) {
        this.charts = charts;
    }

    @GET
    @Operation(operationId = "getIncidentCharts", summary = "One chart per gated metric over the monitoring period:"
            + " samples downsampled to each bucket's minimum and maximum (a null value is missing data), the clean and"
            + " relapse bounds per stage, stage changes and relapses as markers, the current clean window")
    @APIResponse(responseCode = "200", description = "The chart data")
    @APIResponse(responseCode = "404", ref = OpenApiDocument.NOT_FOUND)
    public IncidentChartsView charts(@PathParam("id") UUID id) {
        return charts.of(id);
    }
}
