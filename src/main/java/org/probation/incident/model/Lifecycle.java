package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;

import org.probation.policy.model.Policy;
import org.probation.time.DurationText;

/**
 * The transitions an incident goes through on a report or an operator's action. Each rule either returns the
 * {@link Transition} to persist or refuses with a message; none has side effects.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * A remediation report. The first one on a restricted incident starts monitoring: the clean window and the
     * maximum monitoring time both count from now. Later reports are recorded without changing anything.
     */
    public static Transition report(IncidentStatus status, Policy policy, Instant now) {
        requireOpen(status, "a report");
        IncidentStatus after = status.reported(now, now.plus(policy.maxMonitoring()));
        if (!status.isMonitoringStarted()) {
            return new Transition(status, after, EventType.MONITORING_STARTED,
                    "report received; monitoring started for at least " + DurationText.format(policy.minMonitoring()), now);
        }
        return new Transition(status, after, EventType.REPORT_RECEIVED, "report received", now);
    }

    public static Transition apply(IncidentStatus status, OperatorAction action, Policy policy, Instant now) {
        return switch (action.type()) {
            case NOTE -> new Transition(status, status, EventType.NOTE, action.reason(), now);
            case LIFT -> lift(status, action, now);
            case CANCEL -> cancel(status, action, now);
            case STEP_DOWN -> stepDown(status, action, now);
            case RESTRICT -> restrict(status, action, policy, now);
            case EXTEND -> extend(status, action, now);
            case RESUME -> resume(status, action, policy, now);
        };
    }

    private static Transition lift(IncidentStatus status, OperatorAction action, Instant now) {
        requireOpen(status, "LIFT");
        return new Transition(status, status.closed(now), EventType.LIFTED, action.reason(), now);
    }

    /** A false positive: closed like a lift, but recorded as a cancellation. */
    private static Transition cancel(IncidentStatus status, OperatorAction action, Instant now) {
        requireOpen(status, "CANCEL");
        return new Transition(status, status.closed(now), EventType.CANCELLED, action.reason(), now);
    }

    /** One stage down, restarting the clean window; stepping down from stage 1 lifts. */
    private static Transition stepDown(IncidentStatus status, OperatorAction action, Instant now) {
        requireOpen(status, "STEP_DOWN");
        if (status.stage() <= 1) {
            return new Transition(status, status.closed(now), EventType.LIFTED, action.reason(), now);
        }
        return new Transition(status, status.atStage(status.stage() - 1, now), EventType.STEPPED_DOWN,
                action.reason(), now);
    }

    /**
     * To a stage of the policy (the top by default), restarting the clean window. From {@code ESCALATED} it also
     * hands the incident back to the rules: monitoring if a report was received, otherwise waiting for one.
     */
    private static Transition restrict(IncidentStatus status, OperatorAction action, Policy policy, Instant now) {
        requireOpen(status, "RESTRICT");
        int level = action.stage().orElse(policy.topLevel());
        if (!policy.hasStage(level)) {
            throw new TransitionRefused(
                    "policy " + policy.name() + " has stages 1 to " + policy.topLevel() + ", not " + level);
        }
        IncidentStatus after = status.atStage(level, now);
        if (status.state() == IncidentState.ESCALATED) {
            after = after.withState(backToRules(status));
        }
        return new Transition(status, after, EventType.RESTRICTED, action.reason(), now);
    }

    /** Gives monitoring more time before it escalates; counted from now if the deadline has already passed. */
    private static Transition extend(IncidentStatus status, OperatorAction action, Instant now) {
        requireOpen(status, "EXTEND");
        if (!status.isMonitoringStarted()) {
            throw new TransitionRefused("EXTEND needs monitoring to have started: no report has been received yet");
        }
        Duration extension = action.extension()
                .orElseThrow(() -> new TransitionRefused("EXTEND needs a positive duration"));
        Instant from = status.monitoringUntil().isAfter(now) ? status.monitoringUntil() : now;
        return new Transition(status, status.withMonitoringUntil(from.plus(extension)), EventType.EXTENDED,
                action.reason(), now);
    }

    /**
     * Back from {@code ESCALATED} to the rules, with a fresh clean window. A monitoring deadline that has passed is
     * renewed for a full {@code max-monitoring}, otherwise the incident would escalate again on the next tick.
     */
    private static Transition resume(IncidentStatus status, OperatorAction action, Policy policy, Instant now) {
        if (status.state() != IncidentState.ESCALATED) {
            throw new TransitionRefused("RESUME applies to ESCALATED incidents; this one is " + status.state());
        }
        IncidentStatus after = status.atStage(status.stage(), now).withState(backToRules(status));
        if (status.isMonitoringStarted() && !status.monitoringUntil().isAfter(now)) {
            after = after.withMonitoringUntil(now.plus(policy.maxMonitoring()));
        }
        return new Transition(status, after, EventType.RESUMED, action.reason(), now);
    }

    private static IncidentState backToRules(IncidentStatus status) {
        return status.isMonitoringStarted() ? IncidentState.MONITORING : IncidentState.RESTRICTED;
    }

    private static void requireOpen(IncidentStatus status, String what) {
        if (!status.isOpen()) {
            throw new TransitionRefused(what + " needs an open incident; this one was closed at " + status.closedAt());
        }
    }
}
