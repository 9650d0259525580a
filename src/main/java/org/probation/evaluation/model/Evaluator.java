package org.probation.evaluation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.Transition;
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
 * <li>{@link #noData no data}: a gated metric silent for {@code no-data-after} is reported once.</li>
 * </ol>
 * Missing data never counts as clean: without samples there is no coverage, so no step down.
 * <p>
 * {@code tracks} is the engine's memory of the incident and is updated in place.
 */
public final class Evaluator {

    private Evaluator() {
    }

    public static Evaluation evaluate(IncidentStatus status, Tracks tracks, Policy policy,
            List<Observation> arrived, Instant now) {
        if (!status.isOpen()) {
            return new Evaluation(status, Optional.empty(), Map.of(), List.of());
        }
        Map<String, Gate> gates = policy.gatesAt(status.stage());
        if (status.state() == IncidentState.MONITORING && !tracks.monitoringArmed()) {
            // The customer reported the fix: from now on, abuse is a relapse.
            tracks.armForMonitoring(gates.keySet());
        }
        boolean rulesApply = status.state() == IncidentState.MONITORING || status.state() == IncidentState.RESTRICTED;

        Observation relapsing = null;
        Instant dirtyUntil = null;
        for (Observation sample : arrived) {
            Gate gate = gates.get(sample.metric());
            if (gate == null) {
                continue;
            }
            GateTrack track = tracks.gate(sample.metric());
            if (rulesApply && gate.isRelapse(sample.value()) && track.armed()
                    && !sample.at().isBefore(status.openedAt())) {
                relapsing = relapsing == null ? sample : relapsing;
                // Disarmed from this sample on: a clean sample arriving after it arms its gate again.
                tracks.disarmAll();
                track = tracks.gate(sample.metric());
            }
            boolean clean = gate.isClean(sample.value());
            tracks.put(sample.metric(), track.observed(sample, clean));
            if (!clean && status.cleanSince() != null && !sample.at().isBefore(status.cleanSince())) {
                Instant justAfter = sample.at().plusNanos(1_000);
                dirtyUntil = dirtyUntil == null || justAfter.isAfter(dirtyUntil) ? justAfter : dirtyUntil;
            }
        }
        if (!rulesApply) {
            return new Evaluation(status, Optional.empty(), Map.of(), List.of());
        }
        if (relapsing != null) {
            return lateEscalation(relapse(status, policy, gates.get(relapsing.metric()), relapsing, dirtyUntil, now),
                    now);
        }
        IncidentStatus current = dirty(status, dirtyUntil);
        if (current.cleanSince() != null) {
            tracks.gates().values().forEach(track -> track.coverage().dropBefore(current.cleanSince()));
        }
        List<Evaluation.Notice> notices = new ArrayList<>();
        if (current.state() == IncidentState.MONITORING) {
            Optional<Evaluation> step = stepDown(current, tracks, policy, gates, now);
            if (step.isPresent() && step.get().transition().isPresent()) {
                return lateEscalation(step.get(), now);
            }
            // Waiting for an operator's approval is no step down: monitoring still ends, silence is still reported.
            step.ifPresent(waiting -> notices.addAll(waiting.notices()));
            Optional<Evaluation> escalation = giveUp(current, now);
            if (escalation.isPresent()) {
                return escalation.get();
            }
        }
        notices.addAll(noData(current, tracks, policy, gates, now));
        return new Evaluation(current, Optional.empty(), Map.of(), notices);
    }

    /**
     * Abuse that comes back after the metric calmed (a clean sample, or the customer's report): back to the top stage
     * (or one up, per {@code relapse-to}), one more relapse, a new clean window; escalated past {@code max-relapses}.
     * The new window starts now, or just after this tick's latest dirty sample if that is stamped at or after now.
     */
    static Evaluation relapse(IncidentStatus status, Policy policy, Gate gate, Observation sample, Instant dirtyUntil,
            Instant now) {
        int level = policy.relapseTo().levelAfterRelapse(status.stage(), policy.topLevel());
        boolean escalate = status.relapses() + 1 > policy.maxRelapses();
        IncidentStatus after = dirty(status.relapsed(level,
                escalate ? IncidentState.ESCALATED : status.state(), now), dirtyUntil);
        String reason = String.format(Locale.ROOT, "relapse: %s %s > %s at %s; back to stage %d (%s); relapse %d of %d",
                gate.metric(), number(sample.value()), number(gate.relapse()), sample.at(), level,
                policy.stage(level).name(), after.relapses(), policy.maxRelapses())
                + (escalate ? "; escalated: more relapses than max-relapses" : "");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("metric", gate.metric());
        figures.put("value", sample.value());
        figures.put("relapseBound", gate.relapse());
        figures.put("sampledAt", sample.at().toString());
        figures.put("relapses", after.relapses());
        return new Evaluation(after,
                Optional.of(new Transition(status, after, escalate ? EventType.ESCALATED : EventType.RELAPSED, reason,
                        now)),
                figures, List.of());
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
     */
    static Optional<Evaluation> stepDown(IncidentStatus status, Tracks tracks, Policy policy, Map<String, Gate> gates,
            Instant now) {
        Stage stage = policy.stage(status.stage());
        Duration cleanFor = Duration.between(status.cleanSince(), now);
        if (cleanFor.compareTo(stage.cleanWindow()) < 0) {
            return Optional.empty();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("cleanForSeconds", cleanFor.toSeconds());
        List<String> summary = new ArrayList<>();
        for (Gate gate : gates.values()) {
            double coverage = tracks.gate(gate.metric()).coverage().coverage(status.cleanSince(), now);
            if (coverage < policy.minCoverage()) {
                return Optional.empty();
            }
            figures.put(gate.metric() + ".coverage", round(coverage));
            summary.add(String.format(Locale.ROOT, "%s ≤ %s (coverage %d%%)", gate.metric(), number(gate.clean()),
                    (int) Math.floor(coverage * 100)));
        }
        boolean lifting = status.stage() == 1;
        if (lifting && Duration.between(status.monitoringSince(), now).compareTo(policy.minMonitoring()) < 0) {
            return Optional.empty();
        }
        String clean = "clean for " + DurationText.format(cleanFor) + ": " + String.join(", ", summary);
        if (stage.operatorApproval()) {
            if (tracks.approvalRequestedFor(status.cleanSince())) {
                return Optional.of(new Evaluation(status, Optional.empty(), Map.of(), List.of()));
            }
            tracks.requestApproval(status.cleanSince());
            return Optional.of(new Evaluation(status, Optional.empty(), Map.of(), List.of(new Evaluation.Notice(
                    EventType.APPROVAL_REQUESTED, clean + "; stage " + stage.name() + " needs an operator's approval",
                    figures))));
        }
        IncidentStatus after = status.steppedDown(now);
        String reason = lifting ? "lifted: " + clean
                : "stepped down to stage " + after.stage() + " (" + policy.stage(after.stage()).name() + "): " + clean;
        return Optional.of(new Evaluation(after, Optional.of(new Transition(status, after,
                lifting ? EventType.LIFTED : EventType.STEPPED_DOWN, reason, now)), figures, List.of()));
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
        return giveUp(evaluation.status(), now).map(escalation -> {
            Map<String, Object> figures = new LinkedHashMap<>(evaluation.figures());
            figures.putAll(escalation.figures());
            return new Evaluation(escalation.status(), Optional.of(new Transition(transition.before(),
                    escalation.status(), EventType.ESCALATED,
                    transition.reason() + "; " + escalation.transition().orElseThrow().reason(), now)),
                    figures, evaluation.notices());
        }).orElse(evaluation);
    }

    /** Not lifted by the end of monitoring ({@code max-monitoring}, moved by EXTEND): an operator decides. */
    static Optional<Evaluation> giveUp(IncidentStatus status, Instant now) {
        if (status.monitoringUntil() == null || !now.isAfter(status.monitoringUntil())) {
            return Optional.empty();
        }
        IncidentStatus after = status.escalated();
        return Optional.of(new Evaluation(after, Optional.of(new Transition(status, after, EventType.ESCALATED,
                "escalated: not clean enough to lift by " + status.monitoringUntil(), now)),
                Map.of("monitoringUntil", status.monitoringUntil().toString()), List.of()));
    }

    /** A gated metric without any sample for {@code no-data-after} is reported once, until data returns. */
    static List<Evaluation.Notice> noData(IncidentStatus status, Tracks tracks, Policy policy,
            Map<String, Gate> gates, Instant now) {
        List<String> silent = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String metric : gates.keySet()) {
            GateTrack track = tracks.gate(metric);
            Instant since = track.lastAt() == null || track.lastAt().isBefore(status.openedAt()) ? status.openedAt()
                    : track.lastAt();
            if (!track.silenceReported() && Duration.between(since, now).compareTo(policy.noDataAfter()) >= 0) {
                tracks.put(metric, track.withSilenceReported());
                silent.add(metric);
                figures.put(metric + ".lastAt", track.lastAt() == null ? null : track.lastAt().toString());
            }
        }
        if (silent.isEmpty()) {
            return List.of();
        }
        return List.of(new Evaluation.Notice(EventType.NO_DATA, "no sample of " + String.join(", ", silent)
                + " for " + DurationText.format(policy.noDataAfter()) + "; missing data never counts as clean", figures));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
