package org.probation.sampling.model;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.probation.sampling.model.SampleRules.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CheckedSamplesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aJsonSampleStampedBefore1970IsAFieldProblem() {
        CheckedSamples samples = new CheckedSamples(NOW, Duration.ofMinutes(5));
        samples.add("xs1", "cpu_load", "1969-12-31T23:59:59Z", 1.0, null);
        samples.add("xs1", "cpu_load", "0001-01-01T00:00:00Z", 1.0, null);
        samples.add("xs1", "cpu_load", "1970-01-01T00:00:00Z", 1.0, null);

        assertThat(samples.problems()).extracting(Problem::index, Problem::field, Problem::message).containsExactly(
                tuple(0, "at", "must not be before 1970-01-01T00:00:00Z"),
                tuple(1, "at", "must not be before 1970-01-01T00:00:00Z"));
        assertThat(samples.size()).isEqualTo(1);
    }

    @Test
    void aRemoteWriteSampleStampedBefore1970IsRejectedLikeAnyBadSample() {
        CheckedSamples samples = new CheckedSamples(NOW, Duration.ofMinutes(5));
        samples.add("xs1", "cpu_load", -1L, 1.0);
        samples.add("xs1", "cpu_load", Long.MIN_VALUE, 1.0);
        samples.add("xs1", "cpu_load", 0L, 1.0);

        assertThat(samples.problems()).extracting(Problem::index, Problem::field).containsExactly(
                tuple(0, "at"), tuple(1, "at"));
        assertThat(samples.size()).isEqualTo(1);
    }
}
