package org.probation.enforcement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final DecisionLog decisions;

    DecisionResource(DecisionLog decisions) {
        this.decisions = decisions;
    }

    @GET
    @Operation(summary = "Decisions changed after a revision",
            description = "since=0 returns every account's current restriction; an agent resumes from the returned revision.")
    public DecisionPage since(@QueryParam("since") @DefaultValue("0") @Min(0) long since,
            @QueryParam("limit") @DefaultValue("10000") @Min(1) @Max(10000) int limit) {
        return decisions.since(since, limit);
    }
}
