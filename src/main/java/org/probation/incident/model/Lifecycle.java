package org.probation.incident.model;

import java.time.Instant;
import java.util.Optional;

import org.probation.policy.model.Policy;
import org.probation.time.DurationText;

/**
 * The transitions an incident goes through on a report or an operator's action, behind {@link Incident#report} and
 * {@link Incident#act}. Each rule answers a {@link Decision}: the next incident with the {@link Transition} to persist,
 * or a rejection with its reason; none has side effects and none throws for a refusal.
 */
final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * A remediation report. The first one on a restricted incident starts monitoring: the clean window and the
     * maximum monitoring time both count from now. The first one of a report round answers the round (after a
     * relapse, monitoring goes on: the report does not restart it). On an incident escalated before any report (its
     * report deadline passed) the report only answers the round: an operator's {@code RESUME} or {@code RESTRICT} then
     * starts monitoring. Later reports are recorded without changing anything.
     */
    static Decision report(Incident incident, Policy policy, Instant now) {
        IncidentStatus status = incident.status();
        Optional<Decision> closed = refusedIfClosed(incident, "a report");
        if (closed.isPresent()) {
            return closed.get();
        }
        if (!status.isMonitoringStarted() && status.state() == IncidentState.ESCALATED) {
            // No rule runs while an operator decides: monitoring starts when RESUME or RESTRICT hands it back.
            return accepted(incident, status.withRoundAnswered(now), EventType.REPORT_RECEIVED,
                    "report received; monitoring starts when an operator hands the incident back to the rules", now);
        }
        IncidentStatus after = status.reported(now, now.plus(policy.maxMonitoring()));
        if (!status.isMonitoringStarted()) {
            return accepted(incident, after, EventType.MONITORING_STARTED,
                    "report received; monitoring started for at least " + DurationText.format(policy.minMonitoring()),
                    now);
        }
        return accepted(incident, after, EventType.REPORT_RECEIVED, "report received", now);
    }

    static Decision apply(Incident incident, OperatorAction action, Policy policy, Instant now) {
        IncidentStatus status = incident.status();
        if (action.type() == ActionType.NOTE) {
            return accepted(incident, status, EventType.NOTE, action.reason(), now);
        }
        Optional<Decision> closed = action.type() == ActionType.RESUME ? Optional.empty()
                : refusedIfClosed(incident, action.type().name());
        if (closed.isPresent()) {
            return closed.get();
        }
        return switch (action.type()) {
            case LIFT -> accepted(incident, status.closed(now), EventType.LIFTED, action.reason(), now);
            // A false positive: closed like a lift, but recorded as a cancellation.
            case CANCEL -> accepted(incident, status.closed(now), EventType.CANCELLED, action.reason(), now);
            case STEP_DOWN -> stepDown(incident, action, now);
            case RESTRICT -> restrict(incident, action, policy, now);
            case EXTEND -> extend(incident, action, now);
            case RESUME -> resume(incident, action, policy, now);
            case NOTE -> accepted(incident, status, EventType.NOTE, action.reason(), now);
            case RESEND_NOTICE -> resendNotice(incident, action, now);
        };
    }

    /**
     * The customer's notice again, with a new link (the old one may have expired): a timeline entry whose mail the
     * notifier writes; the state, stage and deadlines stay as they are. Refused above once the incident is closed.
     */
    private static Decision resendNotice(Incident incident, OperatorAction action, Instant now) {
        return accepted(incident, incident.status(), EventType.NOTICE_RESENT, action.reason(), now);
    }

    /** One stage down, restarting the clean window; stepping down from stage 1 lifts. */
    private static Decision stepDown(Incident incident, OperatorAction action, Instant now) {
        IncidentStatus status = incident.status();
        if (status.stage() <= 1) {
            return accepted(incident, status.closed(now), EventType.LIFTED, action.reason(), now);
        }
        return accepted(incident, status.atStage(status.stage() - 1, now), EventType.STEPPED_DOWN, action.reason(), now);
    }

    /**
     * To a stage of the policy (the top by default), restarting the clean window. From {@code ESCALATED} it also
     * hands the incident back to the rules: monitoring if a report was received, otherwise waiting for one; like
     * {@code RESUME}, it renews a monitoring deadline that has passed.
     */
    private static Decision restrict(Incident incident, OperatorAction action, Policy policy, Instant now) {
        IncidentStatus status = incident.status();
        int level = action.stage().orElse(policy.topLevel());
        if (!policy.hasStage(level)) {
            return Decision.rejected(
                    "policy " + policy.name() + " has stages 1 to " + policy.topLevel() + ", not " + level);
        }
        IncidentStatus after = status.atStage(level, now);
        if (incident.phase() instanceof Phase.Escalated escalated) {
            after = renewedIfExpired(escalated, backToRules(incident, after, policy, now), policy, now);
        }
        return accepted(incident, after, EventType.RESTRICTED, action.reason(), now);
    }

    /** Gives monitoring more time before it escalates; counted from now if the deadline has already passed. */
    private static Decision extend(Incident incident, OperatorAction action, Instant now) {
        IncidentStatus status = incident.status();
        if (!incident.isMonitoringStarted()) {
            return Decision.rejected("EXTEND needs monitoring to have started: no report has been received yet");
        }
        if (action.extension().isEmpty()) {
            return Decision.rejected("EXTEND needs a positive duration");
        }
        Instant from = status.monitoringUntil().isAfter(now) ? status.monitoringUntil() : now;
        return accepted(incident, status.withMonitoringUntil(from.plus(action.extension().get())), EventType.EXTENDED,
                action.reason(), now);
    }

    /** Back from {@code ESCALATED} to the rules, with a fresh clean window and a renewed deadline if it passed. */
    private static Decision resume(Incident incident, OperatorAction action, Policy policy, Instant now) {
        IncidentStatus status = incident.status();
        if (!(incident.phase() instanceof Phase.Escalated escalated)) {
            return Decision.rejected("RESUME applies to ESCALATED incidents; this one is " + status.state());
        }
        IncidentStatus after = backToRules(incident, status.atStage(status.stage(), now), policy, now);
        after = renewedIfExpired(escalated, after, policy, now);
        return accepted(incident, after, EventType.RESUMED, action.reason(), now);
    }

    /**
     * A monitoring deadline that has passed, renewed for a full {@code max-monitoring} from now: an incident handed
     * back to the rules with it would escalate again on the next tick.
     */
    private static IncidentStatus renewedIfExpired(Phase.Escalated escalated, IncidentStatus after, Policy policy,
            Instant now) {
        if (escalated.period().isPresent() && !escalated.period().get().until().isAfter(now)) {
            return after.withMonitoringUntil(now.plus(policy.maxMonitoring()));
        }
        return after;
    }

    /**
     * An escalated incident ({@code after}) handed back to the rules: monitoring again if it had started; monitoring
     * from now, for a full {@code max-monitoring}, if the report came while escalated; otherwise waiting for a report
     * in a new round from now, or a {@code report-deadline} that has passed would escalate it again on the next tick.
     */
    private static IncidentStatus backToRules(Incident incident, IncidentStatus after, Policy policy, Instant now) {
        if (incident.isMonitoringStarted()) {
            return after.withState(IncidentState.MONITORING);
        }
        ReportRound round = incident.status().round();
        if (round.answered()) {
            return after.monitoringStarted(round.reportedAt(), now, now.plus(policy.maxMonitoring()));
        }
        return after.withState(IncidentState.RESTRICTED).askedForReport(now);
    }

    /**
     * Accepted: the incident moves to {@code after} (its invariants checked), with the transition that explains it; a
     * transition that asks the customer to act again opens a new report round.
     */
    private static Decision accepted(Incident before, IncidentStatus after, EventType event, String reason,
            Instant now) {
        IncidentStatus next = after.roundAfter(before.status(), event, now);
        return new Decision.Accepted(before.moved(next), new Transition(before.status(), next, event, reason, now));
    }

    private static Optional<Decision> refusedIfClosed(Incident incident, String what) {
        if (!(incident.phase() instanceof Phase.Closed closed)) {
            return Optional.empty();
        }
        return Optional.of(Decision.rejected(
                what + " needs an open incident; this one was closed at " + closed.closedAt()));
    }
}
