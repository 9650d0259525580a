package org.probation.sampling.web;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.probation.sampling.SampleIngest;
import org.probation.sampling.SampleQuery;
import org.probation.sampling.SampleView;
import org.probation.sampling.SamplesReceived;
import org.probation.sampling.SamplesReceived.Outcome;
import org.probation.sampling.model.CheckedSamples;
import org.probation.sampling.model.SampleRules.Candidate;
import org.probation.security.Roles;
import org.probation.validation.InvalidInputException;
import org.probation.validation.Patterns;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SampleResource {

    private final SampleIngest ingest;
    private final SampleQuery query;
    private final Event<SamplesReceived> received;
    private final ObjectMapper json;

    SampleResource(SampleIngest ingest, SampleQuery query, Event<SamplesReceived> received, ObjectMapper json) {
        this.ingest = ingest;
        this.query = query;
        this.received = received;
        this.json = json;
    }

    /** The body's schema, for the OpenAPI document: {@link SampleBodyReader} reads it without binding. */
    @RegisterForReflection(targets = { SampleBatch.class, Candidate.class })
    public record SampleBatch(@NotNull List<Candidate> samples) {
    }

    @POST
    @Path("samples")
    @RolesAllowed({ Roles.OPERATOR, Roles.AGENT })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "pushSamples", summary = "Push a batch of samples (all-or-nothing); samples of accounts without an open incident are ignored")
    @Tag(name = "Samples", description = "Metric samples pushed by agents")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SampleBatch.class), examples = @ExampleObject(name = "oneMinute", summary = "One account's figures of the last minute", value = """
            { "samples": [
                { "account": "xs123456", "metric": "mail_sent_per_hour", "at": "2026-11-28T10:00:00Z", "value": 7 },
                { "account": "xs123456", "metric": "cpu_load", "at": "2026-11-28T10:00:00Z", "value": 0.4 } ] }
            """)))
    @APIResponse(responseCode = "200", description = "How many samples were accepted and ignored")
    public SampleIngest.Receipt push(byte[] body) throws IOException {
        CheckedSamples batch = ingest.receive();
        boolean samples;
        try (JsonParser parser = json.createParser(body)) {
            samples = SampleBodyReader.read(parser, batch, ingest.maxBatch());
        }
        if (!samples) {
            throw new InvalidInputException("samples", "is required");
        }
        SampleIngest.Receipt receipt;
        try {
            receipt = ingest.ingest(batch, SampleIngest.PUSH_SOURCE);
        } catch (InvalidInputException e) {
            // All or nothing: a refused batch refuses every sample in it.
            received.fire(new SamplesReceived(SampleIngest.PUSH_SOURCE, Outcome.REJECTED, batch.received()));
            throw e;
        }
        // Counted here, after ingest's transaction committed.
        received.fire(new SamplesReceived(SampleIngest.PUSH_SOURCE, Outcome.ACCEPTED, receipt.accepted()));
        received.fire(new SamplesReceived(SampleIngest.PUSH_SOURCE, Outcome.IGNORED, receipt.ignored()));
        return receipt;
    }

    @GET
    @Path("accounts/{id}/samples")
    @RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
    @Operation(operationId = "listSamples", summary = "Raw samples of an account, oldest first, for charts (default: the last 7 days)")
    @Tag(name = "Accounts", description = "Customers' accounts: contact details and samples")
    public List<SampleView> samples(@PathParam("id") @Pattern(regexp = Patterns.ACCOUNT_ID) String account,
            @QueryParam("metric") @Pattern(regexp = Patterns.METRIC) String metric,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return query.samples(account, metric, instant("from", from), instant("to", to));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is not an ISO-8601 instant such as 2026-11-28T10:00:00Z");
        }
    }
}
