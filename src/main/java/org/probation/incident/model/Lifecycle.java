package org.probation.incident.model;

import java.time.Instant;
import java.util.Optional;

import org.probation.policy.model.Policy;
import org.probation.time.DurationText;

/**
 * The transitions an incident goes through on a report or an operator's action. Each rule answers a
 * {@link Decision}: the {@link Transition} to persist, or a rejection with its reason; none has side effects and none
 * throws for a refusal.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * A remediation report. The first one on a restricted incident starts monitoring: the clean window and the
     * maximum monitoring time both count from now. Later reports are recorded without changing anything.
     */
    public static Decision report(IncidentStatus status, Policy policy, Instant now) {
        Optional<Decision> closed = refusedIfClosed(status, "a report");
        if (closed.isPresent()) {
            return closed.get();
        }
        IncidentStatus after = status.reported(now, now.plus(policy.maxMonitoring()));
        if (!status.isMonitoringStarted()) {
            return accepted(status, after, EventType.MONITORING_STARTED,
                    "report received; monitoring started for at least " + DurationText.format(policy.minMonitoring()),
                    now);
        }
        return accepted(status, after, EventType.REPORT_RECEIVED, "report received", now);
    }

    public static Decision apply(IncidentStatus status, OperatorAction action, Policy policy, Instant now) {
        if (action.type() == ActionType.NOTE) {
            return accepted(status, status, EventType.NOTE, action.reason(), now);
        }
        Optional<Decision> closed = action.type() == ActionType.RESUME ? Optional.empty()
                : refusedIfClosed(status, action.type().name());
        if (closed.isPresent()) {
            return closed.get();
        }
        return switch (action.type()) {
            case LIFT -> accepted(status, status.closed(now), EventType.LIFTED, action.reason(), now);
            // A false positive: closed like a lift, but recorded as a cancellation.
            case CANCEL -> accepted(status, status.closed(now), EventType.CANCELLED, action.reason(), now);
            case STEP_DOWN -> stepDown(status, action, now);
            case RESTRICT -> restrict(status, action, policy, now);
            case EXTEND -> extend(status, action, now);
            case RESUME -> resume(status, action, policy, now);
            case NOTE -> accepted(status, status, EventType.NOTE, action.reason(), now);
        };
    }

    /** One stage down, restarting the clean window; stepping down from stage 1 lifts. */
    private static Decision stepDown(IncidentStatus status, OperatorAction action, Instant now) {
        if (status.stage() <= 1) {
            return accepted(status, status.closed(now), EventType.LIFTED, action.reason(), now);
        }
        return accepted(status, status.atStage(status.stage() - 1, now), EventType.STEPPED_DOWN, action.reason(), now);
    }

    /**
     * To a stage of the policy (the top by default), restarting the clean window. From {@code ESCALATED} it also
     * hands the incident back to the rules: monitoring if a report was received, otherwise waiting for one.
     */
    private static Decision restrict(IncidentStatus status, OperatorAction action, Policy policy, Instant now) {
        int level = action.stage().orElse(policy.topLevel());
        if (!policy.hasStage(level)) {
            return Decision.rejected(
                    "policy " + policy.name() + " has stages 1 to " + policy.topLevel() + ", not " + level);
        }
        IncidentStatus after = status.atStage(level, now);
        if (status.state() == IncidentState.ESCALATED) {
            after = after.withState(backToRules(status));
        }
        return accepted(status, after, EventType.RESTRICTED, action.reason(), now);
    }

    /** Gives monitoring more time before it escalates; counted from now if the deadline has already passed. */
    private static Decision extend(IncidentStatus status, OperatorAction action, Instant now) {
        if (!status.isMonitoringStarted()) {
            return Decision.rejected("EXTEND needs monitoring to have started: no report has been received yet");
        }
        if (action.extension().isEmpty()) {
            return Decision.rejected("EXTEND needs a positive duration");
        }
        Instant from = status.monitoringUntil().isAfter(now) ? status.monitoringUntil() : now;
        return accepted(status, status.withMonitoringUntil(from.plus(action.extension().get())), EventType.EXTENDED,
                action.reason(), now);
    }

    /**
     * Back from {@code ESCALATED} to the rules, with a fresh clean window. A monitoring deadline that has passed is
     * renewed for a full {@code max-monitoring}, otherwise the incident would escalate again on the next tick.
     */
    private static Decision resume(IncidentStatus status, OperatorAction action, Policy policy, Instant now) {
        if (status.state() != IncidentState.ESCALATED) {
            return Decision.rejected("RESUME applies to ESCALATED incidents; this one is " + status.state());
        }
        IncidentStatus after = status.atStage(status.stage(), now).withState(backToRules(status));
        if (status.isMonitoringStarted() && !status.monitoringUntil().isAfter(now)) {
            after = after.withMonitoringUntil(now.plus(policy.maxMonitoring()));
        }
        return accepted(status, after, EventType.RESUMED, action.reason(), now);
    }

    private static IncidentState backToRules(IncidentStatus status) {
        return status.isMonitoringStarted() ? IncidentState.MONITORING : IncidentState.RESTRICTED;
    }

    private static Decision accepted(IncidentStatus before, IncidentStatus after, EventType event, String reason,
            Instant now) {
        return Decision.accepted(new Transition(before, after, event, reason, now));
    }

    private static Optional<Decision> refusedIfClosed(IncidentStatus status, String what) {
        if (status.isOpen()) {
            return Optional.empty();
        }
        return Optional.of(Decision.rejected(
                what + " needs an open incident; this one was closed at " + status.closedAt()));
    }
}
