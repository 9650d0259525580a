package org.probation.console.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MinMaxBucketsTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void aSingleSpikeInTenThousandSamplesIsStillInTheChart() {
        List<ChartPoint> samples = series(10_000, 1.0);
        samples.set(6_789, new ChartPoint(samples.get(6_789).at(), 900.0));

        List<ChartPoint> chart = MinMaxBuckets.downsample(samples, MINUTE, 1_000);

        assertThat(chart).hasSizeLessThanOrEqualTo(1_000).contains(samples.get(6_789));
        assertThat(chart).noneMatch(ChartPoint::isGap);
        assertThat(chart).isSortedAccordingTo(java.util.Comparator.comparing(ChartPoint::at));
    }

    @Test
    void eachBucketKeepsItsMinimumAndMaximumAtTheirOwnTimes() {
        List<ChartPoint> samples = new ArrayList<>();
        for (int i = 0; i < 10_080; i++) {
            samples.add(new ChartPoint(START.plus(MINUTE.multipliedBy(i)), (double) (i % 7)));
        }

        List<ChartPoint> chart = MinMaxBuckets.downsample(samples, MINUTE, 1_000);

        assertThat(chart).hasSizeLessThanOrEqualTo(1_000).hasSizeGreaterThan(900);
        assertThat(chart).allMatch(samples::contains);
        assertThat(chart.stream().mapToDouble(ChartPoint::value).min().orElseThrow()).isZero();
        assertThat(chart.stream().mapToDouble(ChartPoint::value).max().orElseThrow()).isEqualTo(6.0);
    }

    @Test
    void missingDataStaysAGapInALongSeries() {
        List<ChartPoint> samples = series(10_000, 1.0);
        // Three hours without a sample in the middle of the week.
        samples.removeIf(p -> !p.at().isBefore(START.plus(Duration.ofHours(80)))
                && p.at().isBefore(START.plus(Duration.ofHours(83))));

        List<ChartPoint> chart = MinMaxBuckets.downsample(samples, MINUTE, 1_000);

        assertThat(chart).hasSizeLessThanOrEqualTo(1_000);
        List<ChartPoint> gaps = chart.stream().filter(ChartPoint::isGap).toList();
        assertThat(gaps).containsExactly(ChartPoint.gapAt(START.plus(Duration.ofHours(80))));
        int gap = chart.indexOf(gaps.get(0));
        // The bucket before the gap is drawn by its minimum and maximum, both before the gap (about 20 minutes wide).
        assertThat(chart.get(gap - 1).at()).isBefore(START.plus(Duration.ofHours(80)))
                .isAfter(START.plus(Duration.ofHours(79)));
        assertThat(chart.get(gap + 1).at()).isEqualTo(START.plus(Duration.ofHours(83)));
        // No point lies inside the missing three hours.
        assertThat(chart).filteredOn(p -> !p.isGap()).noneMatch(p -> p.at().isAfter(START.plus(Duration.ofHours(80)))
                && p.at().isBefore(START.plus(Duration.ofHours(83))));
    }

    @Test
    void aShortSeriesPassesThroughUnchanged() {
        List<ChartPoint> samples = series(999, 2.5);
        samples.set(10, new ChartPoint(samples.get(10).at(), 0.1));

        assertThat(MinMaxBuckets.downsample(samples, MINUTE, 1_000)).isEqualTo(samples);
    }

    @Test
    void aShortSeriesWithAGapGetsAGapPoint() {
        List<ChartPoint> samples = new ArrayList<>(series(10, 2.0));
        samples.subList(4, 7).clear();

        List<ChartPoint> chart = MinMaxBuckets.downsample(samples, MINUTE, 1_000);

        assertThat(chart).hasSize(8);
        assertThat(chart.get(4)).isEqualTo(ChartPoint.gapAt(START.plus(MINUTE.multipliedBy(4))));
        assertThat(chart.get(5).at()).isEqualTo(START.plus(MINUTE.multipliedBy(7)));
    }

    @Test
    void noSamplesGiveNoPoints() {
        assertThat(MinMaxBuckets.downsample(List.of(), MINUTE, 1_000)).isEmpty();
    }

    @Test
    void aLimitTooSmallForMinMaxAndGapIsRefused() {
        assertThatThrownBy(() -> MinMaxBuckets.downsample(List.of(), MINUTE, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<ChartPoint> series(int count, double value) {
        List<ChartPoint> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            samples.add(new ChartPoint(START.plus(MINUTE.multipliedBy(i)), value));
        }
        return samples;
    }
}
