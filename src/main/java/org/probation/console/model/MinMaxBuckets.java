package org.probation.console.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reduces a series of samples to at most {@code limit} chart points by keeping each time bucket's minimum and maximum,
 * each at its own time: an average would smooth a single relapse spike away, the maximum keeps it. Missing data stays
 * a gap: a bucket without samples yields nothing, and where two samples are further apart than the sample interval a
 * {@link ChartPoint#gapAt gap point} is placed (one per bucket at most), so a chart never draws a line across it.
 */
public final class MinMaxBuckets {

    private MinMaxBuckets() {
    }

    /**
     * @param samples oldest first, none of them a gap
     * @param interval the policy's sample interval: samples further apart than this have missing data between them
     * @param limit at most this many points come out (at least 3)
     */
    public static List<ChartPoint> downsample(List<ChartPoint> samples, Duration interval, int limit) {
        if (limit < 3) {
            throw new IllegalArgumentException("limit must be at least 3, was " + limit);
        }
        List<ChartPoint> withGaps = withGaps(samples, interval, limit);
        if (withGaps != null) {
            return withGaps;
        }
        boolean anyGap = hasGap(samples, interval);
        // Min, max and at most one gap point per bucket.
        int buckets = limit / (anyGap ? 3 : 2);
        Instant first = samples.get(0).at();
        long span = Duration.between(first, samples.get(samples.size() - 1).at()).toNanos() + 1;
        long width = Math.max(1, (span + buckets - 1) / buckets);

        List<ChartPoint> out = new ArrayList<>(limit);
        int from = 0;
        while (from < samples.size()) {
            long bucket = Duration.between(first, samples.get(from).at()).toNanos() / width;
            int to = from;
            ChartPoint min = samples.get(from);
            ChartPoint max = min;
            ChartPoint gap = from > 0 ? gapBetween(samples.get(from - 1), min, interval) : null;
            while (to + 1 < samples.size()
                    && Duration.between(first, samples.get(to + 1).at()).toNanos() / width == bucket) {
                to++;
                ChartPoint sample = samples.get(to);
                if (sample.value() < min.value()) {
                    min = sample;
                }
                if (sample.value() > max.value()) {
                    max = sample;
                }
                if (gap == null) {
                    gap = gapBetween(samples.get(to - 1), sample, interval);
                }
            }
            List<ChartPoint> kept = new ArrayList<>(3);
            kept.add(min);
            if (max != min) {
                kept.add(max);
            }
            if (gap != null) {
                kept.add(gap);
            }
            kept.sort(Comparator.comparing(ChartPoint::at));
            out.addAll(kept);
            from = to + 1;
        }
        return out;
    }

    /** The samples as they are, with a gap point at each gap; {@code null} when that would exceed the limit. */
    private static List<ChartPoint> withGaps(List<ChartPoint> samples, Duration interval, int limit) {
        if (samples.size() > limit) {
            return null;
        }
        List<ChartPoint> out = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            if (i > 0) {
                ChartPoint gap = gapBetween(samples.get(i - 1), samples.get(i), interval);
                if (gap != null) {
                    out.add(gap);
                }
            }
            out.add(samples.get(i));
            if (out.size() > limit) {
                return null;
            }
        }
        return out;
    }

    private static boolean hasGap(List<ChartPoint> samples, Duration interval) {
        for (int i = 1; i < samples.size(); i++) {
            if (gapBetween(samples.get(i - 1), samples.get(i), interval) != null) {
                return true;
            }
        }
        return false;
    }

    /** A gap point where the next sample was due, if {@code next} came later than one interval after {@code prev}. */
    private static ChartPoint gapBetween(ChartPoint prev, ChartPoint next, Duration interval) {
        Instant due = prev.at().plus(interval);
        return next.at().isAfter(due) ? ChartPoint.gapAt(due) : null;
    }
}
