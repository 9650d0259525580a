package org.probation.web;

import java.util.List;
import java.util.Map;

import org.probation.validation.FieldProblem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An RFC 9457 problem detail. {@code errors} lists every field at fault in a validation error; {@code extensions}
 * carry what a client needs to act, such as the id of the incident that is already open.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail) {
        this(type, title, status, detail, List.of(), Map.of());
    }

    @JsonAnyGetter
    public Map<String, Object> extensionFields() {
        return extensions;
    }
}
