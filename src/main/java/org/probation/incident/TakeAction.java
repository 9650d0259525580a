package org.probation.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.probation.incident.model.ActionType;
import org.probation.validation.PlainText;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An operator's action on an incident.
 *
 * @param stage target stage of {@code RESTRICT}; the policy's top stage when absent
 * @param duration extension of {@code EXTEND}: seconds ({@code 3600}, {@code 3600s}), {@code 30m}, {@code 48h},
 *        {@code 2d} or ISO-8601 ({@code PT48H})
 */
@RegisterForReflection
public record TakeAction(@NotNull ActionType action, @Min(1) @Max(99) Integer stage,
        @Size(max = 32) @PlainText(multiline = false) String duration,
        @NotBlank @Size(max = 2000) @PlainText String reason) {
}
