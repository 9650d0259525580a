package org.probation.enforcement.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.probation.enforcement.DecisionLog;
import org.probation.enforcement.DecisionPage;
import org.probation.security.Roles;
import org.probation.validation.QueryParams;

@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "What enforcement must apply to each account, as a feed")
public class DecisionResource {

    static final int MAX_PAGE = 10_000;

    private final DecisionLog decisions;

    DecisionResource(DecisionLog decisions) {
        this.decisions = decisions;
    }

    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.AGENT, Roles.VIEWER })
    @Operation(operationId = "listDecisions", summary = "Decisions changed after a revision", description = "since=0 returns every account's current restriction; an agent resumes from the returned revision.")
    public DecisionPage since(@QueryParam("since") String since, @QueryParam("limit") String limit) {
        return decisions.since(QueryParams.number("since", since, 0, 0, Long.MAX_VALUE),
                (int) QueryParams.number("limit", limit, MAX_PAGE, 1, MAX_PAGE));
    }
}
