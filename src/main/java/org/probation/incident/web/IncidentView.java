package org.probation.incident.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.probation.incident.model.Cause;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.Progress;
import org.probation.policy.ControlsView;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An incident as the API shows it. Field names are the contract of PRODUCT.md section 5. */
@RegisterForReflection(targets = { IncidentView.class, Progress.GateProgress.class })
public record IncidentView(UUID id, AccountView account, Cause cause, String policy, IncidentState state,
        StageView stage, int relapses, Instant openedAt, Instant reportedAt, Instant monitoringSince,
        Instant monitoringUntil, Instant stageSince, Instant cleanSince, Instant closedAt, EvidenceView evidence,
        List<Progress.GateProgress> gates, ProgressView progress, ReportToReviewView reportToReview) {

    @RegisterForReflection
    public record AccountView(String id, String email, String locale, String name, List<String> domains) {
    }

    /** Level {@code 0} is "lifted" and has no controls. */
    @RegisterForReflection
    public record StageView(int level, String name, ControlsView controls) {
    }

    @RegisterForReflection
    public record EvidenceView(String summary, List<String> domains, Map<String, Double> figures) {
    }

    /** How close the incident is to its next step; see {@link Progress}. */
    @RegisterForReflection
    public record ProgressView(String summary, List<String> holdups, Instant nextStepAt, Instant earliestLiftAt,
            boolean awaitingApproval) {
    }

    /** The customer report that waits for an operator (see {@code GET /incidents/{id}/reports}); null when none. */
    @RegisterForReflection
    public record ReportToReviewView(long reportId, Instant receivedAt) {
    }
}
