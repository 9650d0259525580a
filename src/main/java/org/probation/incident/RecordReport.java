package org.probation.incident;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.probation.incident.model.ReportChannel;
import org.probation.validation.Patterns;
import org.probation.validation.PlainText;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A remediation report: which checklist items the customer confirms, and what they wrote. */
@RegisterForReflection
public record RecordReport(@NotNull ReportChannel channel,
        @Size(max = 50) Map<@NotNull @Pattern(regexp = Patterns.CHECKLIST_KEY) String, @NotNull Boolean> checklist,
        @Size(max = 8000) @PlainText String message) {

    public Map<String, Boolean> checklistOrEmpty() {
        return checklist == null ? Map.of() : checklist;
    }
}
