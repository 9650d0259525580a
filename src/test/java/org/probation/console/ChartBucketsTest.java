package org.probation.console;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.console.model.ChartPoint;
import org.probation.console.model.MinMaxBuckets;
import org.probation.console.model.MinMaxBuckets.Bucket;
import org.probation.sampling.model.SampleRules.Sample;
import org.probation.sampling.persistence.SampleWriter;
import org.probation.support.MutableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.newAccountId;

/**
 * The charts' buckets as the database fills them ({@code GROUP BY} bucket, on H2 and on PostgreSQL) against the same
 * buckets filled in Java from the same samples: a week of one-minute samples with a spike, three hours missing, three
 * minutes missing inside one bucket, samples on a bucket's first and last microsecond, and times off the whole second.
 */
@QuarkusTest
class ChartBucketsTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final String MAIL = "mail_sent_per_hour";
    private static final String CPU = "cpu_load";

    @Inject
    IncidentCharts charts;

    @Inject
    SampleWriter writer;

    @Inject
    MutableClock clock;

    @Test
    void theDatabaseFillsTheSameBucketsAsJavaWithTheSpikeAndTheGaps() {
        String account = newAccountId();
        Instant until = clock.instant();
        Instant from = until.minus(Duration.ofDays(7)).minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS)
                .plus(123, ChronoUnit.MICROS);
        long width = MinMaxBuckets.widthMicros(from, until, IncidentCharts.POINTS);
        Map<String, List<ChartPoint>> series = new LinkedHashMap<>();
        series.put(MAIL, new ArrayList<>());
        series.put(CPU, new ArrayList<>());
        // A bucket's first and last microsecond, before the regular samples begin two hours after the opening.
        series.get(CPU).add(new ChartPoint(from.plus(2 * width, ChronoUnit.MICROS), 0.5));
        series.get(CPU).add(new ChartPoint(from.plus(3 * width - 1, ChronoUnit.MICROS), 0.4));
        Instant first = from.plus(Duration.ofHours(2));
        Instant spikeAt = null;
        for (int minute = 0; minute < 7 * 1440; minute++) {
            if (minute >= 4_000 && minute < 4_180 || minute == 7_001 || minute == 7_002) {
                continue;
            }
            Instant at = at(first, minute);
            if (minute == 5_555) {
                spikeAt = at;
            }
            series.get(MAIL).add(new ChartPoint(at, minute == 5_555 ? 900.0 : 10.0 + minute % 7));
            series.get(CPU).add(new ChartPoint(at, 0.05 + (minute % 5) / 100.0));
        }
        List<Sample> samples = new ArrayList<>();
        series.forEach((metric, points) -> points
                .forEach(point -> samples.add(new Sample(account, metric, point.at(), point.value()))));
        // Neither a metric the chart does not gate nor a sample before the opening is read.
        samples.add(new Sample(account, "mail_foreign_ratio", first, 0.9));
        samples.add(new Sample(account, MAIL, from.minus(MINUTE), 5_000));
        QuarkusTransaction.requiringNew().run(() -> writer.insert(samples, "test", until));

        Map<String, List<Bucket>> fromDatabase = charts.bucketsOf(account, Set.of(MAIL, CPU), from, until, MINUTE);

        assertThat(fromDatabase).containsOnlyKeys(MAIL, CPU);
        series.forEach((metric, points) -> assertThat(fromDatabase.get(metric)).as(metric)
                .isEqualTo(MinMaxBuckets.buckets(points, from, width, MINUTE)));
        List<ChartPoint> mail = MinMaxBuckets.points(fromDatabase.get(MAIL));
        assertThat(mail).hasSizeLessThanOrEqualTo(IncidentCharts.POINTS).contains(new ChartPoint(spikeAt, 900.0));
        assertThat(mail.stream().filter(ChartPoint::isGap).map(ChartPoint::at).toList()).containsExactly(
                at(first, 3_999).plus(MINUTE), at(first, 7_000).plus(MINUTE));
        assertThat(fromDatabase.get(MAIL).stream().mapToLong(Bucket::samples).sum())
                .isEqualTo(series.get(MAIL).size());
    }

    /** The {@code minute}th sample: a little less than a minute apart and off the whole second, never late. */
    private static Instant at(Instant first, int minute) {
        return first.plus(59_999_000L * minute + (minute % 11) * 97L, ChronoUnit.MICROS);
    }
}
