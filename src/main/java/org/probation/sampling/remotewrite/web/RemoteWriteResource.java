package org.probation.sampling.remotewrite.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.probation.sampling.remotewrite.RemoteWriteIngest;
import org.probation.sampling.remotewrite.model.UnreadableWriteRequest;
import org.probation.security.Roles;
import org.probation.validation.InvalidInputException;

/**
 * Prometheus remote write 1.0 receiver: what Prometheus in agent mode, Grafana Alloy, vmagent or the OpenTelemetry
 * Collector push, for the series {@code probation.remote-write.metrics} maps to gated metrics.
 */
@Path("/api/v1")
public class RemoteWriteResource {

    static final String PROTOBUF = "application/x-protobuf";
    private static final String PROBLEM = "application/problem+json";
    /** The message remote write 1.0 sends; 2.0 senders name theirs and fall back to 1.0 on 415. */
    private static final String WRITE_REQUEST_V1 = "prometheus.WriteRequest";

    private final RemoteWriteIngest ingest;

    RemoteWriteResource(RemoteWriteIngest ingest) {
        this.ingest = ingest;
    }

    @POST
    @Path("write")
    @RolesAllowed({ Roles.OPERATOR, Roles.AGENT })
    @Consumes(PROTOBUF)
    @Produces(PROBLEM)
    @Operation(operationId = "remoteWrite", summary = "Prometheus remote write 1.0 (snappy-compressed protobuf"
            + " WriteRequest): valid samples of mapped series are stored; refused samples and other series are dropped")
    @APIResponse(responseCode = "204", description = "Taken (samples the rules refuse, samples of accounts without an"
            + " open incident and unmapped series are dropped); a 400 only for a body that is not snappy protobuf,"
            + " holds more than max-batch samples, or holds no valid sample but some refused ones")
    @APIResponse(responseCode = "415", description = "Not snappy-compressed (Content-Encoding: snappy), or remote"
            + " write 2.0", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response write(@HeaderParam(HttpHeaders.CONTENT_ENCODING) String encoding,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, byte[] body) {
        String proto = type == null ? null : type.getParameters().get("proto");
        if (proto != null && !proto.equals(WRITE_REQUEST_V1)) {
            return unsupported("only remote write 1.0 (" + WRITE_REQUEST_V1 + ") is supported, not " + proto);
        }
        if (encoding == null || !encoding.trim().equalsIgnoreCase("snappy")) {
            return unsupported("the body must be snappy-compressed (Content-Encoding: snappy)");
        }
        try {
            ingest.write(body);
        } catch (UnreadableWriteRequest e) {
            if (e.tooLarge()) {
                // As web/BodySizeLimit answers a body over the limit (features do not import web: it maps them).
                return problem("urn:probation:problem:body-too-large", "Request body too large", 413,
                        e.getMessage());
            }
            throw new InvalidInputException("body", e.getMessage());
        }
        return Response.noContent().build();
    }

    private static Response unsupported(String detail) {
        return problem("urn:probation:problem:http-415", "Unsupported Media Type", 415, detail);
    }

    private static Response problem(String type, String title, int status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return Response.status(status).type(PROBLEM).entity(problem).build();
    }
}
