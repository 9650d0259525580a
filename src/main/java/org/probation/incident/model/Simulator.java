package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probation.policy.model.Policy;

/**
 * Runs a policy's rules over a series of samples, tick by tick, in memory: the timeline an incident would have had.
 * The same {@link Incident} operations as the real tick, so a new policy can be tried on recorded data before it is
 * used.
 */
public final class Simulator {

    private Simulator() {
    }

    /**
     * The type of a simulated entry that is no event: a sample over its clean bound not judged for too little volume
     * (the gate's {@code min-volume}), so the author of a policy sees why a spike did not count.
     */
    public static final String LOW_VOLUME = "LOW_VOLUME";

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
        Incident.Timeline timeline = new Incident.Timeline() {
            @Override
            public void record(EventType type, String reason, Instant at, IncidentStatus after,
                    Map<String, Object> figures) {
                events.add(new SimulatedEvent(type.name(), at, reason, after.state(), after.stage(), after.relapses(),
                        figures));
            }

            @Override
            public void lowVolume(Evaluation.LowVolume sample, Instant at, IncidentStatus after) {
                events.add(new SimulatedEvent(LOW_VOLUME, at, sample.reason(), after.state(), after.stage(),
                        after.relapses(), sample.figures()));
            }
        };
        Decision.Accepted opened = Incident.open(policy, "restricted at stage " + policy.topLevel(), openedAt);
        Incident incident = opened.incident();
        timeline.record(opened.transition().event(), opened.transition().reason(), openedAt, incident.status(),
                Map.of());
        int next = 0;
        int ticks = 0;
        for (Instant now = openedAt.plus(tick); !now.isAfter(until) && incident.isOpen(); now = now.plus(tick)) {
            Optional<Instant> reportDue = reportedAt != null && !reportedAt.isAfter(now) ? Optional.of(reportedAt)
                    : Optional.empty();
            List<Observation> arrived = new ArrayList<>();
            while (next < byArrival.size() && !byArrival.get(next).arrivesAt().isAfter(now)) {
                arrived.add(byArrival.get(next++).observation());
            }
            incident = incident.advance(policy, reportDue, arrived, now, timeline);
            ticks++;
        }
        return new Result(events, incident.status(), ticks);
    }
}
