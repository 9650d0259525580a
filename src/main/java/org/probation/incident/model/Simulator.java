package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.probation.policy.model.Policy;

/**
 * Runs a policy's rules over a series of samples, tick by tick, in memory: the timeline an incident would have had.
 * The same {@link Evaluator} as the real tick, so a new policy can be tried on recorded data before it is used.
 */
public final class Simulator {

    private Simulator() {
    }

    /** A sample with the time it reaches the service (late samples arrive after their {@code at}). */
    public record TimedSample(Observation observation, Instant arrivesAt) {
    }

    public record SimulatedEvent(String type, Instant at, String reason, IncidentState state, int stage,
            int relapses, Map<String, Object> figures) {
    }

    public record Result(List<SimulatedEvent> events, IncidentStatus last, int ticks) {
    }

    public static Result run(Policy policy, Instant openedAt, Instant reportedAt, List<TimedSample> samples,
            Duration tick, Instant until) {
        List<TimedSample> byArrival = new ArrayList<>(samples);
        byArrival.sort(Comparator.comparing(TimedSample::arrivesAt));
        List<SimulatedEvent> events = new ArrayList<>();
        IncidentStatus status = IncidentStatus.opened(policy.topLevel(), openedAt);
        events.add(event("OPENED", openedAt, "restricted at stage " + policy.topLevel(), status, Map.of()));
        Tracks tracks = Tracks.empty(policy.sampleInterval());
        int next = 0;
        int ticks = 0;
        for (Instant now = openedAt.plus(tick); !now.isAfter(until) && status.isOpen(); now = now.plus(tick)) {
            if (reportedAt != null && !status.isMonitoringStarted() && !reportedAt.isAfter(now)) {
                // The loop only runs while the incident is open, so the report is always accepted.
                Transition report = Lifecycle.report(status, policy, reportedAt).orElseThrow(IllegalStateException::new);
                status = report.after();
                events.add(event(report.event().name(), reportedAt, report.reason(), status, Map.of()));
            }
            List<Observation> arrived = new ArrayList<>();
            while (next < byArrival.size() && !byArrival.get(next).arrivesAt().isAfter(now)) {
                arrived.add(byArrival.get(next++).observation());
            }
            Evaluation evaluation = Evaluator.evaluate(status, tracks, policy, arrived, now);
            ticks++;
            status = evaluation.status();
            tracks = evaluation.tracks();
            for (Evaluation.Notice notice : evaluation.notices()) {
                events.add(event(notice.type().name(), now, notice.reason(), status, notice.figures()));
            }
            if (evaluation.transition().isPresent()) {
                Transition transition = evaluation.transition().get();
                events.add(event(transition.event().name(), now, transition.reason(), status, evaluation.figures()));
            }
        }
        return new Result(events, status, ticks);
    }

    private static SimulatedEvent event(String type, Instant at, String reason, IncidentStatus status,
            Map<String, Object> figures) {
        return new SimulatedEvent(type, at, reason, status.state(), status.stage(), status.relapses(), figures);
    }
}
