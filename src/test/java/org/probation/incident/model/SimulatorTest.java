package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.probation.policy.model.Policy;
import org.probation.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator is the aggregate run tick by tick with an in-memory timeline: the same operations as the real tick,
 * in plain Java.
 */
class SimulatorTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final Duration TICK = Duration.ofMinutes(5);

    private final Policy policy = TestPolicies.policy().build();

    /** Both gated metrics clean every five minutes for {@code length}, each arriving when it is taken. */
    private static List<Simulator.TimedSample> cleanSeries(Duration length) {
        List<Simulator.TimedSample> samples = new ArrayList<>();
        for (Instant at = START; at.isBefore(START.plus(length)); at = at.plus(TICK)) {
            samples.add(new Simulator.TimedSample(new Observation("mail_sent_per_hour", at, 12), at));
            samples.add(new Simulator.TimedSample(new Observation("cpu_load", at, 0.1), at));
        }
        return samples;
    }

    private static List<String> types(Simulator.Result result) {
        return result.events().stream().map(Simulator.SimulatedEvent::type).toList();
    }

    @Test
    void aCleanSeriesStepsDownThenLiftsAndTheRunStopsOnceClosed() {
        Simulator.Result result = Simulator.run(policy, START, START, cleanSeries(Duration.ofDays(5)), TICK,
                START.plus(Duration.ofDays(6)));

        assertThat(types(result)).containsExactly("OPENED", "MONITORING_STARTED", "STEPPED_DOWN", "LIFTED");
        Simulator.SimulatedEvent lifted = result.events().get(3);
        assertThat(lifted.state()).isEqualTo(IncidentState.LIFTED);
        assertThat(result.last().state()).isEqualTo(IncidentState.LIFTED);
        assertThat(result.last().closedAt()).isEqualTo(lifted.at());
        assertThat(result.ticks()).as("no tick after the incident closed")
                .isEqualTo((int) Duration.between(START, lifted.at()).dividedBy(TICK));
    }

    @Test
    void theReportIsRecordedAtItsOwnTimeOnTheFirstTickAfterIt() {
        Instant reportedAt = START.plus(Duration.ofMinutes(12));

        Simulator.Result result = Simulator.run(policy, START, reportedAt, cleanSeries(Duration.ofHours(1)), TICK,
                START.plus(Duration.ofMinutes(30)));

        Simulator.SimulatedEvent started = result.events().get(1);
        assertThat(started.type()).isEqualTo("MONITORING_STARTED");
        assertThat(started.at()).isEqualTo(reportedAt);
        assertThat(started.state()).isEqualTo(IncidentState.MONITORING);
        assertThat(result.last().monitoringSince()).isEqualTo(reportedAt);
        assertThat(types(result)).containsOnlyOnce("MONITORING_STARTED");
    }

    @Test
    void withoutAReportTheIncidentStaysRestricted() {
        Simulator.Result result = Simulator.run(policy, START, null, cleanSeries(Duration.ofHours(1)), TICK,
                START.plus(Duration.ofMinutes(30)));

        assertThat(types(result)).containsExactly("OPENED");
        assertThat(result.last().state()).isEqualTo(IncidentState.RESTRICTED);
        assertThat(result.ticks()).isEqualTo(6);
    }
}
