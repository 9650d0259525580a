package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.policy.model.Stage;
import org.probation.time.DurationText;

/**
 * How close an incident is to its next step, in the terms of the rules: what an operator answers "why am I still
 * restricted?" with, and what the customer's status page shows.
 *
 * @param holdups what still stands between the incident and its next step, in plain words
 * @param nextStepAt the earliest time the next step can happen if every metric stays clean
 * @param earliestLiftAt the earliest time the restriction can be lifted if every metric stays clean
 */
public record Progress(String summary, List<String> holdups, Instant nextStepAt, Instant earliestLiftAt,
        boolean awaitingApproval, List<GateProgress> gates) {

    /**
     * @param coverage share of complete sample slots holding a sample since the clean window started
     * @param cleanForSeconds how long the current clean window has lasted
     */
    public record GateProgress(String metric, double clean, double relapse, Double lastValue, Instant lastAt,
            Double coverage, Long cleanForSeconds) {
    }

    public static Progress of(IncidentStatus status, Tracks tracks, Policy policy, Instant now) {
        List<GateProgress> gates = new ArrayList<>();
        List<String> holdups = new ArrayList<>();
        Long cleanFor = status.cleanSince() == null ? null
                : Math.max(0, Duration.between(status.cleanSince(), now).toSeconds());
        for (Gate gate : policy.gatesAt(status.stage()).values()) {
            GateTrack track = tracks.gates().get(gate.metric());
            Double coverage = status.cleanSince() == null || track == null ? null
                    : Figures.round(track.coverage().coverage(status.cleanSince(), now));
            gates.add(new GateProgress(gate.metric(), gate.clean(), gate.relapse(),
                    track == null ? null : track.lastValue(), track == null ? null : track.lastAt(), coverage,
                    cleanFor));
            if (status.state() == IncidentState.MONITORING) {
                if (track == null || track.lastAt() == null) {
                    holdups.add("no sample of " + gate.metric() + " yet");
                } else if (coverage == null || coverage < policy.minCoverage()) {
                    holdups.add(String.format(Locale.ROOT, "%s: samples in %d%% of the time, %d%% needed",
                            gate.metric(), (int) Math.floor((coverage == null ? 0 : coverage) * 100),
                            (int) Math.ceil(policy.minCoverage() * 100)));
                }
            }
        }
        return switch (status.state()) {
            case LIFTED -> new Progress("lifted", List.of(), null, null, false, gates);
            case RESTRICTED -> new Progress("waiting for the customer's report", List.of("the customer's report"),
                    null, null, false, gates);
            case ESCALATED -> new Progress("escalated: an operator decides", List.of("an operator's decision"), null,
                    null, false, gates);
            case MONITORING -> monitoring(status, tracks, policy, now, holdups, gates);
        };
    }

    private static Progress monitoring(IncidentStatus status, Tracks tracks, Policy policy, Instant now,
            List<String> holdups, List<GateProgress> gates) {
        Stage stage = policy.stage(status.stage());
        Instant stepAt = status.cleanSince().plus(stage.cleanWindow());
        if (now.isBefore(stepAt)) {
            holdups.add(0, "clean for " + DurationText.format(Duration.between(status.cleanSince(), now)) + " of "
                    + DurationText.format(stage.cleanWindow()));
        }
        Instant liftAt = stepAt;
        for (int level = status.stage() - 1; level >= 1; level--) {
            liftAt = liftAt.plus(policy.stage(level).cleanWindow());
        }
        Instant minimum = status.monitoringSince().plus(policy.minMonitoring());
        if (liftAt.isBefore(minimum)) {
            liftAt = minimum;
        }
        if (status.stage() == 1 && stepAt.isBefore(minimum)) {
            stepAt = minimum;
            if (now.isBefore(minimum)) {
                holdups.add("at least " + DurationText.format(policy.minMonitoring()) + " of monitoring, until "
                        + minimum);
            }
        }
        boolean awaiting = tracks.approvalRequestedFor(status.cleanSince());
        if (stage.operatorApproval()) {
            holdups.add(awaiting ? "awaiting an operator's approval" : "an operator's approval");
        }
        String summary = status.stage() == 1 ? "monitoring: next step lifts the restriction"
                : "monitoring: next step relaxes to " + policy.stage(status.stage() - 1).name();
        return new Progress(summary, List.copyOf(holdups), stepAt, liftAt, awaiting, gates);
    }
}
