package org.probation.enforcement.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.probation.enforcement.DecisionLog;
import org.probation.enforcement.DecisionPage;
import org.probation.enforcement.DecisionView;
import org.probation.enforcement.FeedPage;
import org.probation.security.Roles;
import org.probation.validation.QueryParams;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "What enforcement must apply to each account, as a feed")
public class DecisionResource {

    static final int MAX_PAGE = 10_000;

    private final DecisionLog decisions;
    private final ObjectWriter decisionWriter;

    DecisionResource(DecisionLog decisions, ObjectMapper mapper) {
        this.decisions = decisions;
        // One decision at a time into the page's generator: no flush after each (FLUSH_AFTER_WRITE_VALUE).
        this.decisionWriter = mapper.writerFor(DecisionView.class)
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /**
     * The page is cut first (in its own transaction: a database failure is still a clean error response), then
     * written as its rows are read, with the same bytes as the {@link DecisionPage} record would give: no page of up
     * to 10 000 decisions is held in memory.
     */
    @GET
    @RolesAllowed({ Roles.OPERATOR, Roles.AGENT, Roles.VIEWER })
    @Operation(operationId = "listDecisions", summary = "Decisions changed after a revision", description = "since=0 returns every account's current restriction; an agent resumes from the returned revision.")
    @APIResponse(responseCode = "200", description = "A page of the feed, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionPage.class)))
    public StreamingOutput since(@QueryParam("since") String since, @QueryParam("limit") String limit) {
        FeedPage page = decisions.page(QueryParams.number("since", since, 0, 0, Long.MAX_VALUE),
                (int) QueryParams.number("limit", limit, MAX_PAGE, 1, MAX_PAGE));
        return out -> {
            // Closed on success only: on a failure mid-page, closing would write the missing "]}" and end the
            // response cleanly, and an agent would resume past decisions it never got. The exception instead aborts
            // the response (an error status if nothing was sent yet, else a cut connection): no valid document.
            JsonGenerator json = decisionWriter.createGenerator(out)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("revision", page.revision());
            json.writeBooleanField("more", page.more());
            json.writeArrayFieldStart("decisions");
            decisions.read(page, decision -> decisionWriter.writeValue(json, decision));
            json.writeEndArray();
            json.writeEndObject();
            json.close();
        };
    }
}
