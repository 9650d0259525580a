package org.probation.incident.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probation.policy.model.Policy;

/**
 * One incident as the rules see it: its {@link Phase} and the engine's memory of its metrics ({@link Tracks}). Every
 * operation returns a value and changes nothing: {@link #report} and {@link #act} a {@link Decision} (the next
 * incident with its {@link Transition}, or a rejection with its reason), {@link #observe} an {@link Evaluation}. The
 * real incident, its shadow runs and the simulator all go through these operations; what differs is only where the
 * result is written.
 */
public record Incident(Phase phase, Tracks tracks) {

    public Incident {
        if (phase == null || tracks == null) {
            throw new IllegalArgumentException("an incident has a phase and tracks");
        }
    }

    /** The incident a stored status and tracks describe; refused when the status is not a possible one. */
    public static Incident from(IncidentStatus status, Tracks tracks) {
        return new Incident(Phase.of(status), tracks);
    }

    /** A new incident, restricted at the policy's top stage at once, with no track yet. */
    public static Decision.Accepted open(Policy policy, String reason, Instant now) {
        Transition opened = Transition.open(policy.topLevel(), reason, now);
        return new Decision.Accepted(from(opened.after(), Tracks.empty(policy.sampleInterval())), opened);
    }

    /** The flat projection persistence and the views read. */
    public IncidentStatus status() {
        return phase.status();
    }

    public boolean isOpen() {
        return phase.isOpen();
    }

    public boolean isMonitoringStarted() {
        return monitoringPeriod().isPresent();
    }

    public Optional<MonitoringPeriod> monitoringPeriod() {
        if (phase instanceof Phase.Monitoring monitoring) {
            return Optional.of(monitoring.period());
        }
        if (phase instanceof Phase.Escalated escalated) {
            return escalated.period();
        }
        if (phase instanceof Phase.Closed closed) {
            return closed.period();
        }
        return Optional.empty();
    }

    /** The customer's remediation report (see {@link Lifecycle#report}). */
    public Decision report(Policy policy, Instant now) {
        return Lifecycle.report(this, policy, now);
    }

    /** An operator's action (see {@link Lifecycle#apply}). */
    public Decision act(OperatorAction action, Policy policy, Instant now) {
        return Lifecycle.apply(this, action, policy, now);
    }

    /** The tick: the monitoring rules over the samples that arrived since the last one, in arrival order. */
    public Evaluation observe(Policy policy, List<Observation> arrived, Instant now) {
        return Evaluator.evaluate(status(), tracks, policy, arrived, now);
    }

    /**
     * One tick of a run that has no real incident of its own (a shadow policy, a simulation): reported at
     * {@code reportedAt} if that report is due and none was received yet, then the arrivals observed. Every
     * timeline entry goes to {@code timeline}, the only place the run is written.
     */
    public Incident advance(Policy policy, Optional<Instant> reportedAt, List<Observation> arrived, Instant now,
            Timeline timeline) {
        Incident current = this;
        if (reportedAt.isPresent() && current.isOpen() && !current.isMonitoringStarted()
                && !current.status().round().answered()) {
            // An open incident's first report is always accepted.
            Decision.Accepted report = current.report(policy, reportedAt.get()).orElseThrow(IllegalStateException::new);
            current = report.incident();
            timeline.record(report.transition().event(), report.transition().reason(), reportedAt.get(),
                    current.status(), Map.of());
        }
        Evaluation evaluation = current.observe(policy, arrived, now);
        Incident after = evaluation.incident();
        evaluation.lowVolume().forEach(sample -> timeline.lowVolume(sample, now, after.status()));
        for (Evaluation.Notice entry : evaluation.entries()) {
            timeline.record(entry.type(), entry.reason(), now, after.status(), entry.figures());
        }
        return after;
    }

    /** This incident moved to {@code status}, its tracks unchanged: how an accepted action hands back the next one. */
    Incident moved(IncidentStatus status) {
        return from(status, tracks);
    }

    /** Where the entries of a run without a real incident go: a shadow table, or the simulator's answer. */
    @FunctionalInterface
    public interface Timeline {

        void record(EventType type, String reason, Instant at, IncidentStatus after, Map<String, Object> figures);

        /**
         * A sample not judged for too little volume. Not an event: a real or shadow timeline would fill with every
         * quiet hour, so only the simulator shows it.
         */
        default void lowVolume(Evaluation.LowVolume sample, Instant at, IncidentStatus after) {
        }
    }
}
