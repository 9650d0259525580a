package org.probation.incident.web;

import java.time.Instant;
import java.util.List;

import org.probation.incident.model.ReportChannel;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A customer's remediation report as the desk reads it: the checklist answers with their labels, the message. */
@RegisterForReflection
public record ReportView(long id, ReportChannel channel, List<AnswerView> checklist, String message, String actor,
        Instant receivedAt) {

    /** One checklist answer; {@code label} is the item's English label, {@code null} if the policy no longer has it. */
    @RegisterForReflection
    public record AnswerView(String key, String label, boolean answer) {
    }
}
