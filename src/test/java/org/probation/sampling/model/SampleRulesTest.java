package org.probation.sampling.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probation.sampling.model.SampleRules.Candidate;
import org.probation.sampling.model.SampleRules.Outcome;
import org.probation.sampling.model.SampleRules.Problem;
import org.probation.sampling.model.SampleRules.Sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SampleRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Duration SKEW = Duration.ofMinutes(5);

    private static Candidate good(String at, double value) {
        return new Candidate("xs123456", "mail_sent_per_hour", at, value);
    }

    private static Outcome check(Candidate... candidates) {
        return SampleRules.check(Arrays.asList(candidates), NOW, SKEW);
    }

    @Test
    void aValidBatchPassesInOrder() {
        Outcome outcome = check(good("2026-11-28T09:55:00Z", 12.5),
                new Candidate("xs-2.b_c", "cpu_load", "2026-11-28T09:59:59Z", 0.0));

        assertThat(outcome.isValid()).isTrue();
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.samples()).containsExactly(
                new Sample("xs123456", "mail_sent_per_hour", Instant.parse("2026-11-28T09:55:00Z"), 12.5),
                new Sample("xs-2.b_c", "cpu_load", Instant.parse("2026-11-28T09:59:59Z"), 0.0));
    }

    @Test
    void anEmptyBatchIsValid() {
        Outcome outcome = check();

        assertThat(outcome.isValid()).isTrue();
        assertThat(outcome.samples()).isEmpty();
    }

    @Test
    void everyBadItemIsReportedWithItsIndexAndFieldAtOnce() {
        Outcome outcome = check(
                good("2026-11-28T09:00:00Z", 1), // 0: fine
                new Candidate("-bad", "mail_sent_per_hour", "2026-11-28T09:00:00Z", 1.0), // 1
                new Candidate("xs1", "Mail-Sent", "2026-11-28T09:00:00Z", 1.0), // 2
                good(null, 1), // 3
                good("yesterday", 1), // 4
                good("2026-11-29T10:00:00Z", 1), // 5: a day ahead
                new Candidate("xs1", "cpu_load", "2026-11-28T09:00:00Z", null), // 6
                good("2026-11-28T09:00:00Z", -0.5), // 7
                good("2026-11-28T09:00:00Z", Double.POSITIVE_INFINITY), // 8
                good("2026-11-28T09:00:00Z", Double.NaN), // 9
                null); // 10

        assertThat(outcome.isValid()).isFalse();
        assertThat(outcome.problems()).extracting(Problem::index, Problem::field).containsExactly(
                tuple(1, "account"),
                tuple(2, "metric"),
                tuple(3, "at"),
                tuple(4, "at"),
                tuple(5, "at"),
                tuple(6, "value"),
                tuple(7, "value"),
                tuple(8, "value"),
                tuple(9, "value"),
                tuple(10, ""));
        assertThat(outcome.samples()).isEmpty();
    }

    @Test
    void everyBadFieldOfOneItemIsReported() {
        Outcome outcome = check(new Candidate(null, null, null, null));

        assertThat(outcome.problems()).extracting(Problem::index, Problem::field).containsExactly(
                tuple(0, "account"), tuple(0, "metric"), tuple(0, "at"), tuple(0, "value"));
    }

    @Test
    void theMessagesSayWhatIsWrong() {
        Outcome outcome = check(good(null, 1), good("2026-11-28T10:00:01+0900", 1),
                good("2026-11-28T10:06:00Z", 1), good("2026-11-28T09:00:00Z", -1),
                good("2026-11-28T09:00:00Z", Double.NEGATIVE_INFINITY), null);

        assertThat(outcome.problems()).extracting(Problem::message).containsExactly(
                "is required (ISO-8601 instant, e.g. 2026-11-28T10:00:00Z)",
                "is not an ISO-8601 instant such as 2026-11-28T10:00:00Z",
                "is more than 300s in the future (now is 2026-11-28T10:00:00Z)",
                "must not be negative",
                "must be a finite number",
                "must be a sample object");
    }

    @Test
    void aSampleExactlyAtTheSkewBoundIsAccepted() {
        Outcome outcome = check(good("2026-11-28T10:05:00Z", 1));

        assertThat(outcome.isValid()).isTrue();
        assertThat(outcome.samples()).extracting(Sample::at).containsExactly(NOW.plus(SKEW));
    }

    @Test
    void aSampleJustPastTheSkewBoundIsRejected() {
        Outcome outcome = check(good("2026-11-28T10:05:00.001Z", 1));

        assertThat(outcome.problems()).extracting(Problem::index, Problem::field).containsExactly(tuple(0, "at"));
    }

    @Test
    void anOldSampleIsAccepted() {
        assertThat(check(good("2020-01-01T00:00:00Z", 1)).isValid()).isTrue();
    }

    @Test
    void oneBadItemRejectsTheWholeBatch() {
        Outcome outcome = check(good("2026-11-28T09:00:00Z", 1), good("2026-11-28T09:05:00Z", 2),
                good("2026-11-28T09:10:00Z", -3));

        assertThat(outcome.problems()).extracting(Problem::index).containsExactly(2);
        assertThat(outcome.samples()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-xs1", ".xs1", "xs 1", "xs/1", "abcdefghijklmnopqrstuvwxyz0123456" })
    void aBadAccountIdIsRejected(String account) {
        Outcome outcome = check(new Candidate(account, "cpu_load", "2026-11-28T09:00:00Z", 1.0));

        assertThat(outcome.problems()).extracting(Problem::index, Problem::field)
                .containsExactly(tuple(0, "account"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "CPU", "1cpu", "cpu-load", "cpu load" })
    void aBadMetricNameIsRejected(String metric) {
        Outcome outcome = check(new Candidate("xs1", metric, "2026-11-28T09:00:00Z", 1.0));

        assertThat(outcome.problems()).extracting(Problem::index, Problem::field)
                .containsExactly(tuple(0, "metric"));
    }

    @Test
    void theInputListIsNotChanged() {
        List<Candidate> candidates = List.of(good("2026-11-28T09:00:00Z", 1));

        SampleRules.check(candidates, NOW, SKEW);

        assertThat(candidates).containsExactly(good("2026-11-28T09:00:00Z", 1));
    }
}
