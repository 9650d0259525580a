package org.probation.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes {@code /q/openapi} for client generators ({@code mp.openapi.filter}): the {@link Problem} schema, the
 * error answers every operation can give (400 for any input, 401 and 403 for any secured operation, 413 for any
 * body) as shared {@code application/problem+json} responses, servers and license. The answers particular to an
 * operation (201, 404, 409) are declared on the resource methods, referring to the responses defined here by name
 * ({@code @APIResponse(responseCode = "404", ref = OpenApiDocument.NOT_FOUND)}).
 */
public class OpenApiDocument implements OASFilter {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";

    private static final String PROBLEM = "Problem";
    private static final String CONSOLE = "/console";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema("FieldProblem", fieldProblem());
        components.addSchema(PROBLEM, problem());
        components.addResponse(BAD_REQUEST, response("Invalid request: every field at fault is listed in `errors`",
                Map.of("type", "urn:probation:problem:validation", "title", "Invalid request", "status", 400,
                        "detail", "1 field is invalid", "errors",
                        List.of(Map.of("field", "account.email", "message", "must be a well-formed email address")))));
        components.addResponse(UNAUTHORIZED, response("No bearer token, or one that is expired, wrongly signed or"
                + " from another issuer (with a `WWW-Authenticate: Bearer` challenge)",
                Map.of("type",
                        "urn:probation:problem:unauthorized", "title", "Unauthorized", "status", 401, "detail",
                        "a bearer token is required")));
        components.addResponse(FORBIDDEN, response("The token's roles do not allow this operation", Map.of("type",
                "urn:probation:problem:forbidden", "title", "Forbidden", "status", 403, "detail",
                "the token's roles (groups) do not allow this request")));
        components.addResponse(NOT_FOUND, response("No such incident, account or policy", Map.of("type",
                "urn:probation:problem:not-found", "title", "Not found", "status", 404, "detail",
                "no incident 3f1c2a4e-8d0b-4d7e-9a51-6b2f0c9e7d13")));
        components.addResponse(CONFLICT, response("Not possible in the current state: the account already has an"
                + " open incident (its id in `openIncident`), the incident's state does not allow it, or it was"
                + " changed at the same time (read it again and retry)",
                Map.of("type", "urn:probation:problem:conflict",
                        "title", "Conflict", "status", 409, "detail", "account xs123456 already has an open incident",
                        "openIncident", "3f1c2a4e-8d0b-4d7e-9a51-6b2f0c9e7d13")));
        components.addResponse(PAYLOAD_TOO_LARGE, response("The request body is over"
                + " `quarkus.http.limits.max-body-size`",
                Map.of("type", "urn:probation:problem:body-too-large",
                        "title", "Request body too large", "status", 413, "detail",
                        "the request body is over the limit of 2097152 bytes")));

        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            // Relative: the document is served by the deployment it describes, whatever its public address.
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("this deployment (the origin that serves this document)"));
        }
        Info info = openAPI.getInfo();
        if (info != null && info.getLicense() == null) {
            // No licence has been chosen for the project: all rights reserved.
            info.setLicense(OASFactory.createLicense().name("Proprietary").identifier("LicenseRef-Proprietary"));
        }

        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            // The operator console's pages and forms are HTML for people signed in with a browser, not API operations.
            List.copyOf(openAPI.getPaths().getPathItems().keySet()).stream()
                    .filter(path -> path.equals(CONSOLE) || path.startsWith(CONSOLE + "/"))
                    .forEach(openAPI.getPaths()::removePathItem);
            openAPI.getPaths().getPathItems().values().forEach(OpenApiDocument::commonAnswers);
        }
    }

    private static void commonAnswers(PathItem path) {
        boolean pathParameters = path.getParameters() != null && !path.getParameters().isEmpty();
        for (Operation operation : path.getOperations().values()) {
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            APIResponses responses = operation.getResponses();
            boolean body = operation.getRequestBody() != null;
            boolean input = body || pathParameters
                    || operation.getParameters() != null && !operation.getParameters().isEmpty();
            if (input) {
                shared(responses, "400", BAD_REQUEST);
            }
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                shared(responses, "401", UNAUTHORIZED);
                shared(responses, "403", FORBIDDEN);
            }
            if (body) {
                shared(responses, "413", PAYLOAD_TOO_LARGE);
            }
        }
    }

    /** Replaces a bare answer (a description only, as Quarkus adds for 400/401/403) by the shared problem one. */
    private static void shared(APIResponses responses, String code, String name) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null || existing.getRef() == null
                && (existing.getContent() == null || existing.getContent().getMediaTypes().isEmpty())) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }

    private static APIResponse response(String description, Map<String, Object> example) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM)).example(example)));
    }

    private static Schema fieldProblem() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description("One invalid field")
                .addRequired("field").addRequired("message")
                .addProperty("field", string("Where, e.g. `samples[3].value`").example("samples[3].value"))
                .addProperty("message", string("What is wrong with it").example("must be a finite number"));
    }

    /** {@link Problem} as it is written: RFC 9457, with {@code errors} and extension members. */
    private static Schema problem() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail. Extension members carry what a client needs to act,"
                        + " e.g. `openIncident` on a 409 when the account already has an open incident.")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", string("A URN naming the kind of problem").example("urn:probation:problem:validation"))
                .addProperty("title", string("A short summary of the kind of problem").example("Invalid request"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status").example(400))
                .addProperty("detail", string("What is wrong in this request").example("1 field is invalid"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Every field at fault, on a validation problem")
                        .items(OASFactory.createSchema().ref("FieldProblem")))
                .addProperty("openIncident", OASFactory.createSchema().addType(SchemaType.STRING).format("uuid")
                        .description("On a 409 for an account with an open incident: that incident's id"))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
