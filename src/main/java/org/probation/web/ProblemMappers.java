package org.probation.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.probation.incident.AccountNotFound;
import org.probation.incident.IncidentAlreadyOpen;
import org.probation.incident.IncidentNotFound;
import org.probation.incident.model.TransitionRefused;
import org.probation.policy.PolicyNotFound;
import org.probation.security.CurrentActor.UnusableIdentity;
import org.probation.security.TokenFailures;
import org.probation.validation.FieldProblem;
import org.probation.validation.InvalidInputException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into {@code application/problem+json}. Bodies say what is wrong in the request, never how the
 * service failed inside: no stack traces, no SQL.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "urn:probation:problem:";
    private static final String REALM = "probation";

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return validation(e.problems());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            problems.add(new FieldProblem(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return validation(problems);
    }

    /** Listed one by one: Quarkus has built-in mappers for some of these, and the most specific mapper wins. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class, StreamConstraintsException.class })
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return validation(List.of(new FieldProblem(path(unknown), "unknown field")));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            return validation(List.of(new FieldProblem(path(format), "cannot read " + quote(format.getValue())
                    + " as " + format.getTargetType().getSimpleName() + allowedValues(format.getTargetType()))));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return validation(List.of(new FieldProblem(path(mapping), fieldMessage(mapping))));
        }
        String detail = e instanceof StreamConstraintsException
                ? "the JSON document exceeds a size limit: " + withoutJavaNames(firstLine(e.getOriginalMessage()))
                : e instanceof JsonParseException ? "malformed JSON: " + firstLine(e.getOriginalMessage())
                        : "the request body cannot be read: " + firstLine(e.getOriginalMessage());
        return problem(new Problem(TYPE_BASE + "malformed-body", "Malformed request body", 400, detail));
    }

    /**
     * No token: 401 with the RFC 6750 challenge. The body never says more than which kind of failure it was, and
     * nothing of the token is logged.
     */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return challenge("Bearer realm=\"" + REALM + "\"", "a bearer token is required");
    }

    /** A token that is expired, wrongly signed, from another issuer or otherwise unreadable. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        LOG.debugf("Bearer token refused: %s", TokenFailures.reason(e));
        return challenge("Bearer realm=\"" + REALM + "\", error=\"invalid_token\"",
                "the bearer token is expired, not signed by the trusted key, from another issuer or malformed");
    }

    @ServerExceptionMapper
    public Response unusableIdentity(UnusableIdentity e) {
        return challenge("Bearer realm=\"" + REALM + "\", error=\"invalid_token\"", e.getMessage());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.fromResponse(problem(new Problem(TYPE_BASE + "forbidden", "Forbidden", 403,
                "the token's roles (groups) do not allow this request")))
                .header("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\"").build();
    }

    @ServerExceptionMapper({ IncidentNotFound.class, PolicyNotFound.class, AccountNotFound.class })
    public Response notFound(RuntimeException e) {
        return problem(new Problem(TYPE_BASE + "not-found", "Not found", 404, e.getMessage()));
    }

    /** The id of the open incident lets the client go on with it instead of opening another. */
    @ServerExceptionMapper
    public Response alreadyOpen(IncidentAlreadyOpen e) {
        Map<String, Object> extensions = e.openIncident().<Map<String, Object>> map(id -> Map.of("openIncident",
                id.toString())).orElse(Map.of());
        return problem(new Problem(TYPE_BASE + "conflict", "Conflict", 409, e.getMessage(), List.of(), extensions));
    }

    @ServerExceptionMapper
    public Response transitionRefused(TransitionRefused e) {
        return problem(new Problem(TYPE_BASE + "transition-refused", "Not allowed in the incident's state", 409,
                e.getMessage()));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentChange(RuntimeException e) {
        return problem(new Problem(TYPE_BASE + "concurrent-change", "Changed concurrently", 409,
                "the incident was changed by another request at the same time; read it again and retry"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "HTTP " + status;
        String detail = status == 404 ? "no such resource" : firstLine(e.getMessage());
        return problem(new Problem(TYPE_BASE + "http-" + status, title, status, detail));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unhandled error while serving a request", e);
        return problem(new Problem(TYPE_BASE + "internal", "Internal error", 500,
                "the request could not be completed; nothing was changed"));
    }

    private static Response challenge(String challenge, String detail) {
        return Response.fromResponse(problem(new Problem(TYPE_BASE + "unauthorized", "Unauthorized", 401, detail)))
                .header("WWW-Authenticate", challenge).build();
    }

    static Response validation(List<FieldProblem> problems) {
        return problem(new Problem(TYPE_BASE + "validation", "Invalid request", 400,
                problems.size() == 1 ? "1 field is invalid" : problems.size() + " fields are invalid", problems,
                Map.of()));
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * {@code open.request.account.email} → {@code account.email}: drops the Java method and, for a body, the
     * parameter name, which mean nothing to a client.
     */
    static String fieldName(Path path) {
        List<String> parts = new ArrayList<>();
        Iterator<Path.Node> nodes = path.iterator();
        List<Path.Node> all = new ArrayList<>();
        nodes.forEachRemaining(all::add);
        for (int i = 0; i < all.size(); i++) {
            Path.Node node = all.get(i);
            if (node.getKind() == ElementKind.METHOD
                    || (node.getKind() == ElementKind.PARAMETER && i < all.size() - 1)) {
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            } else if (node.getKey() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getKey() + "]");
            }
            if (!name.isEmpty() && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    private static String path(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** What is wrong with one field, in the client's terms (JSON types) rather than Java's. */
    private static String fieldMessage(JsonMappingException e) {
        if (e.getCause() instanceof InputCoercionException) {
            return "is out of range";
        }
        if (e.getCause() instanceof StreamConstraintsException limit) {
            return withoutJavaNames(firstLine(limit.getOriginalMessage()));
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (target == Double.class || target == double.class) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == String.class) {
            return "must be a string";
        }
        return firstLine(e.getOriginalMessage());
    }

    /** Jackson's limits name the Java method that sets them; the client needs only the numbers. */
    private static String withoutJavaNames(String message) {
        return message.replaceAll(", from `[^`]*`", "");
    }

    private static String allowedValues(Class<?> type) {
        if (!type.isEnum()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return "; expected one of " + names;
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
