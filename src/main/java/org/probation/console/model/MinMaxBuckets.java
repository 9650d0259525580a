package org.probation.console.model;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reduces a series of samples to at most {@code limit} chart points by keeping each time bucket's minimum and maximum,
 * each at its own time: an average would smooth a single relapse spike away, the maximum keeps it. The buckets are a
 * fixed grid over the chart's period ({@link #widthMicros}), so the database can fill them ({@code GROUP BY} bucket)
 * and send a few hundred rows instead of every sample; {@link #buckets} fills the same grid in Java from the samples.
 * <p>
 * Missing data stays a gap: a bucket without samples yields nothing, and where two samples are further apart than the
 * sample interval a {@link ChartPoint#gapAt gap point} is placed where the next sample was due (the first such gap of a
 * bucket), so a chart never draws a line across it.
 */
public final class MinMaxBuckets {

    private MinMaxBuckets() {
    }

    /**
     * One bucket of the grid as the database or {@link #buckets} fills it.
     *
     * @param index the bucket's place on the grid: {@code (at - from) / width}
     * @param samples how many samples fell into it
     * @param low its first sample with the smallest value
     * @param high its first sample with the largest value
     * @param gapAt where the first missing sample of the bucket was due (one interval after the sample before it, which
     *        may lie in an earlier bucket); {@code null} when no data is missing
     */
    public record Bucket(long index, long samples, ChartPoint low, ChartPoint high, Instant gapAt) {
    }

    /** Buckets of the grid over a period: a minimum, a maximum and at most one gap point each. */
    public static int bucketsFor(int limit) {
        if (limit < 3) {
            throw new IllegalArgumentException("limit must be at least 3, was " + limit);
        }
        return limit / 3;
    }

    /**
     * The width of a bucket in microseconds (the databases' precision), so that {@code [from, until]} fits in
     * {@link #bucketsFor(int) bucketsFor(limit)} buckets, {@code until} itself in the last one.
     */
    public static long widthMicros(Instant from, Instant until, int limit) {
        long buckets = bucketsFor(limit);
        long span = Math.max(0, micros(until) - micros(from));
        return (span + buckets) / buckets;
    }

    /** Microseconds since the epoch: the grid's unit, the same in Java and in SQL. */
    public static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    public static long micros(Duration duration) {
        return duration.toNanos() / 1_000;
    }

    /** The instant {@code micros} microseconds after the epoch. */
    public static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /**
     * The chart of {@code samples} over {@code [from, until]}: {@link #points} of {@link #buckets}.
     *
     * @param samples oldest first, none of them a gap, none before {@code from}
     * @param interval the policy's sample interval: samples further apart than this have missing data between them
     * @param limit at most this many points come out (at least 3)
     */
    public static List<ChartPoint> downsample(List<ChartPoint> samples, Instant from, Instant until,
            Duration interval, int limit) {
        return points(buckets(samples, from, widthMicros(from, until, limit), interval));
    }

    /**
     * The grid's buckets filled from the samples themselves, as the database fills them from the table.
     *
     * @param samples oldest first, none of them a gap, none before {@code from}
     */
    public static List<Bucket> buckets(List<ChartPoint> samples, Instant from, long widthMicros, Duration interval) {
        long origin = micros(from);
        List<Bucket> out = new ArrayList<>();
        int first = 0;
        while (first < samples.size()) {
            long index = (micros(samples.get(first).at()) - origin) / widthMicros;
            ChartPoint low = samples.get(first);
            ChartPoint high = low;
            Instant gapAt = first > 0 ? gapBetween(samples.get(first - 1), low, interval) : null;
            int last = first;
            while (last + 1 < samples.size()
                    && (micros(samples.get(last + 1).at()) - origin) / widthMicros == index) {
                last++;
                ChartPoint sample = samples.get(last);
                if (sample.value() < low.value()) {
                    low = sample;
                }
                if (sample.value() > high.value()) {
                    high = sample;
                }
                if (gapAt == null) {
                    gapAt = gapBetween(samples.get(last - 1), sample, interval);
                }
            }
            out.add(new Bucket(index, last - first + 1, low, high, gapAt));
            first = last + 1;
        }
        return out;
    }

    /** Each bucket's minimum, maximum and gap point, in time order: at most three points a bucket. */
    public static List<ChartPoint> points(List<Bucket> buckets) {
        List<ChartPoint> out = new ArrayList<>(buckets.size() * 2);
        for (Bucket bucket : buckets) {
            List<ChartPoint> kept = new ArrayList<>(3);
            kept.add(bucket.low());
            if (!bucket.high().equals(bucket.low())) {
                kept.add(bucket.high());
            }
            if (bucket.gapAt() != null) {
                kept.add(ChartPoint.gapAt(bucket.gapAt()));
            }
            kept.sort(Comparator.comparing(ChartPoint::at));
            out.addAll(kept);
        }
        return out;
    }

    /** Where the next sample was due, if {@code next} came later than one interval after {@code prev}. */
    private static Instant gapBetween(ChartPoint prev, ChartPoint next, Duration interval) {
        Instant due = prev.at().plus(interval);
        return next.at().isAfter(due) ? due : null;
    }
}
