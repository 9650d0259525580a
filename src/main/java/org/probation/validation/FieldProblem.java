package org.probation.validation;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One invalid field: where ({@code samples[3].value}) and what is wrong with it. */
@RegisterForReflection
public record FieldProblem(String field, String message) {
}
