package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.policy.model.Stage;
import org.probation.time.DurationText;

/**
 * The monitoring rules (PRODUCT.md section 4), applied to one incident at one tick over the samples that arrived since
 * the last one, in arrival order. The rules, in the order they are tried:
 * <ol>
 * <li>{@link #relapse relapse}: abuse that comes back sends the incident back up the ladder;</li>
 * <li>{@link #dirty dirty}: a value over the clean bound restarts the clean window just after it;</li>
 * <li>{@link #stepDown step down}: a full clean window with enough coverage relaxes one stage, and lifts from stage 1
 * once {@code min-monitoring} has passed; a stage that needs approval waits for an operator;</li>
 * <li>{@link #giveUp give up}: not lifted by the end of monitoring escalates;</li>
 * <li>{@link #reportOverdue report deadline}: no report at all {@code report-deadline} after the customer was asked
 * escalates; {@link #reminder reminder}: a report round without a report after {@code report-reminder-after} reminds
 * the customer once;</li>
 * <li>{@link NoData no data}: a gated metric silent for {@code no-data-after} is reported once.</li>
 * </ol>
 * Missing data never counts as clean: without samples there is no coverage, so no step down. A gate with a
 * {@code min-volume} does not judge a sample with too little volume (see {@link Scan}): it counts as clean.
 * <p>
 * Pure: {@code tracks}, the engine's memory of the incident, is an immutable value; the evaluation carries the new
 * tracks and the input is left as it was. Reached through {@link Incident#observe}.
 */
final class Evaluator {

    private Evaluator() {
    }

    static Evaluation evaluate(IncidentStatus status, Tracks tracks, Policy policy,
            List<Observation> arrived, Instant now) {
        if (!status.isOpen()) {
            return Evaluation.unchanged(status, tracks);
        }
        Map<String, Gate> gates = policy.gatesAt(status.stage());
        Tracks before = tracks;
        if (status.state() == IncidentState.MONITORING && !tracks.monitoringArmed()) {
            // The customer reported the fix: from now on, abuse is a relapse.
            before = tracks.armedForMonitoring(gates.keySet());
        }
        boolean rulesApply = status.state() == IncidentState.MONITORING || status.state() == IncidentState.RESTRICTED;
        Scan scan = Scan.of(status, before, gates, rulesApply, arrived);
        if (!rulesApply) {
            return Evaluation.unchanged(status, scan.tracks());
        }
        return rules(status, scan, policy, gates, now).withLowVolume(scan.lowVolume());
    }

    private static Evaluation rules(IncidentStatus status, Scan scan, Policy policy, Map<String, Gate> gates,
            Instant now) {
        if (scan.relapsing().isPresent()) {
            Observation sample = scan.relapsing().get();
            return lateEscalation(relapse(status, scan.tracks(), policy, gates.get(sample.metric()), sample,
                    scan.dirtyUntil(), now), now);
        }
        IncidentStatus current = dirty(status, scan.dirtyUntil());
        Tracks kept = current.cleanSince() == null ? scan.tracks() : scan.tracks().coverageFrom(current.cleanSince());
        return monitoringRules(current, kept, policy, gates, now);
    }

    /**
     * Step down, give up, the report deadline and reminder, and no data, on what the samples left: the rules that look
     * at time passing.
     */
    private static Evaluation monitoringRules(IncidentStatus status, Tracks tracks, Policy policy,
            Map<String, Gate> gates, Instant now) {
        List<Evaluation.Notice> notices = new ArrayList<>();
        IncidentStatus current = status;
        Tracks after = tracks;
        if (current.state() == IncidentState.RESTRICTED) {
            Optional<Evaluation> overdue = reportOverdue(current, tracks, policy, now);
            if (overdue.isPresent()) {
                return overdue.get();
            }
        }
        Optional<Evaluation.Notice> reminder = reminder(current, policy, now);
        if (reminder.isPresent()) {
            notices.add(reminder.get());
            current = current.reminded(now);
        }
        if (current.state() == IncidentState.MONITORING) {
            Evaluation step = stepDown(current, tracks, policy, gates, now);
            if (step.transition().isPresent()) {
                // The status carries the round as reminded: the reminder goes out with the transition.
                return lateEscalation(step, now).withNoticesFirst(notices);
            }
            // Waiting for an operator's approval is no step down: monitoring still ends, silence is still reported.
            notices.addAll(step.notices());
            after = step.tracks();
            Optional<Evaluation> escalation = giveUp(current, after, now);
            if (escalation.isPresent()) {
                return escalation.get().withNoticesFirst(notices);
            }
        }
        NoData silence = NoData.of(current, after, policy, gates, now);
        notices.addAll(silence.notices());
        return new Evaluation(current, Optional.empty(), Map.of(), notices, silence.tracks());
    }

    /**
     * No report at all {@code report-deadline} after the customer was asked (the start of the round): an operator
     * decides, as when monitoring gives up.
     */
    static Optional<Evaluation> reportOverdue(IncidentStatus status, Tracks tracks, Policy policy, Instant now) {
        if (policy.reportDeadline().isEmpty() || status.isMonitoringStarted()) {
            return Optional.empty();
        }
        Instant requested = status.round().requestedAt();
        Instant deadline = requested.plus(policy.reportDeadline().get());
        if (now.isBefore(deadline)) {
            return Optional.empty();
        }
        IncidentStatus after = status.escalated();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("reportRequestedAt", requested.toString());
        figures.put("reportDeadline", deadline.toString());
        return Optional.of(new Evaluation(after, Optional.of(new Transition(status, after, EventType.ESCALATED,
                "escalated: no report by " + deadline + " (report-deadline "
                        + DurationText.format(policy.reportDeadline().get()) + " after the request at " + requested
                        + ")",
                now)), figures, List.of(), tracks));
    }

    /**
     * A round without a report {@code report-reminder-after} after the customer was asked: one reminder, with a fresh
     * link, once per round.
     */
    static Optional<Evaluation.Notice> reminder(IncidentStatus status, Policy policy, Instant now) {
        ReportRound round = status.round();
        if (policy.reportReminderAfter().isEmpty() || round.answered() || round.reminded()) {
            return Optional.empty();
        }
        Instant due = round.requestedAt().plus(policy.reportReminderAfter().get());
        if (now.isBefore(due)) {
            return Optional.empty();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("reportRequestedAt", round.requestedAt().toString());
        return Optional.of(new Evaluation.Notice(EventType.REPORT_REMINDED,
                "reminder: no report " + DurationText.format(policy.reportReminderAfter().get())
                        + " after the request at " + round.requestedAt(),
                figures));
    }

    /**
     * Abuse that comes back after the metric calmed (a clean sample, or the customer's report): back to the top stage
     * (or one up, per {@code relapse-to}), one more relapse, a new clean window; escalated past {@code max-relapses}.
     * The new window starts now, or just after this tick's latest dirty sample if that is stamped at or after now.
     */
    static Evaluation relapse(IncidentStatus status, Tracks tracks, Policy policy, Gate gate, Observation sample,
            Instant dirtyUntil, Instant now) {
        int level = policy.relapseTo().levelAfterRelapse(status.stage(), policy.topLevel());
        boolean escalate = status.relapses() + 1 > policy.maxRelapses();
        EventType event = escalate ? EventType.ESCALATED : EventType.RELAPSED;
        // Every relapse is mailed to the customer (one that escalates too, even at the top stage), and the
        // re-restriction mail asks for a new report: a new report round.
        IncidentStatus after = dirty(status.relapsed(level,
                escalate ? IncidentState.ESCALATED : status.state(), now), dirtyUntil).askedForReport(now);
        String reason = String.format(Locale.ROOT, "relapse: %s %s > %s at %s; back to stage %d (%s); relapse %d of %d",
                gate.metric(), Figures.number(sample.value()), Figures.number(gate.relapse()), sample.at(), level,
                policy.stage(level).name(), after.relapses(), policy.maxRelapses())
                + (escalate ? "; escalated: more relapses than max-relapses" : "");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("metric", gate.metric());
        figures.put("value", sample.value());
        figures.put("relapseBound", gate.relapse());
        figures.put("sampledAt", sample.at().toString());
        figures.put("relapses", after.relapses());
        return new Evaluation(after,
                Optional.of(new Transition(status, after, event, reason, now)),
                figures, List.of(), tracks);
    }

    /** A value over the clean bound (not a relapse) restarts the clean window just after that sample. */
    static IncidentStatus dirty(IncidentStatus status, Instant dirtyUntil) {
        if (dirtyUntil == null || !dirtyUntil.isAfter(status.cleanSince())) {
            return status;
        }
        return status.withCleanSince(dirtyUntil);
    }

    /**
     * After the stage's clean window, with every gate covered at {@code min-coverage}: one stage down, or lifted from
     * stage 1 once {@code min-monitoring} has passed. A stage with {@code approval: operator} asks once and waits.
     * Without a transition the evaluation says what to keep: the tracks, and the approval request if one was made.
     */
    static Evaluation stepDown(IncidentStatus status, Tracks tracks, Policy policy, Map<String, Gate> gates,
            Instant now) {
        Stage stage = policy.stage(status.stage());
        Duration cleanFor = Duration.between(status.cleanSince(), now);
        if (cleanFor.compareTo(stage.cleanWindow()) < 0) {
            return Evaluation.unchanged(status, tracks);
        }
        Covered covered = Covered.of(status, tracks, policy, gates, now);
        boolean lifting = status.stage() == 1;
        if (!covered.enough() || lifting
                && Duration.between(status.monitoringSince(), now).compareTo(policy.minMonitoring()) < 0) {
            return Evaluation.unchanged(status, covered.tracks());
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("cleanForSeconds", cleanFor.toSeconds());
        figures.putAll(covered.figures());
        String clean = "clean for " + DurationText.format(cleanFor) + ": " + String.join(", ", covered.summary());
        if (stage.operatorApproval()) {
            return askApproval(status, covered.tracks(), stage, clean, figures);
        }
        IncidentStatus after = status.steppedDown(now);
        String reason = lifting ? "lifted: " + clean
                : "stepped down to stage " + after.stage() + " (" + policy.stage(after.stage()).name() + "): " + clean;
        return new Evaluation(after, Optional.of(new Transition(status, after,
                lifting ? EventType.LIFTED : EventType.STEPPED_DOWN, reason, now)), figures, List.of(),
                covered.tracks());
    }

    /** A stage with {@code approval: operator} asks once per clean window, then waits. */
    private static Evaluation askApproval(IncidentStatus status, Tracks tracks, Stage stage, String clean,
            Map<String, Object> figures) {
        if (tracks.approvalRequestedFor(status.cleanSince())) {
            return Evaluation.unchanged(status, tracks);
        }
        return new Evaluation(status, Optional.empty(), Map.of(), List.of(new Evaluation.Notice(
                EventType.APPROVAL_REQUESTED, clean + "; stage " + stage.name() + " needs an operator's approval",
                figures)), tracks.withApprovalRequested(status.cleanSince()));
    }

    /**
     * Give up applies to what a relapse or a step down leaves: still monitoring after the end of monitoring, the same
     * transition escalates.
     */
    static Evaluation lateEscalation(Evaluation evaluation, Instant now) {
        if (evaluation.status().state() != IncidentState.MONITORING) {
            return evaluation;
        }
        Transition transition = evaluation.transition().orElseThrow();
        return giveUp(evaluation.status(), evaluation.tracks(), now).map(escalation -> {
            Map<String, Object> figures = new LinkedHashMap<>(evaluation.figures());
            figures.putAll(escalation.figures());
            return new Evaluation(escalation.status(), Optional.of(new Transition(transition.before(),
                    escalation.status(), EventType.ESCALATED,
                    transition.reason() + "; " + escalation.transition().orElseThrow().reason(), now)),
                    figures, evaluation.notices(), evaluation.tracks());
        }).orElse(evaluation);
    }

    /** Not lifted by the end of monitoring ({@code max-monitoring}, moved by EXTEND): an operator decides. */
    static Optional<Evaluation> giveUp(IncidentStatus status, Tracks tracks, Instant now) {
        if (status.monitoringUntil() == null || !now.isAfter(status.monitoringUntil())) {
            return Optional.empty();
        }
        IncidentStatus after = status.escalated();
        return Optional.of(new Evaluation(after, Optional.of(new Transition(status, after, EventType.ESCALATED,
                "escalated: not clean enough to lift by " + status.monitoringUntil(), now)),
                Map.of("monitoringUntil", status.monitoringUntil().toString()), List.of(), tracks));
    }
}
