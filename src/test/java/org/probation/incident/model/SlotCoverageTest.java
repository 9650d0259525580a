package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotCoverageTest {

    private static final Duration INTERVAL = Duration.ofMinutes(5);
    /** On a slot boundary: slot {@code k} starts at {@code T0 + k·5 min}. */
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private SlotCoverage coverage = SlotCoverage.empty(INTERVAL);

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static Instant at(int minutes, int seconds) {
        return at(minutes).plusSeconds(seconds);
    }

    @Test
    void withoutSamplesNothingIsCovered() {
        assertThat(coverage.coverage(at(0), at(60))).isZero();
        assertThat(coverage.completeSlots(at(0), at(60))).isEqualTo(12);
    }

    @Test
    void countsOnlyTheSlotsThatLieWhollyInsideTheRange() {
        coverage = coverage.mark(at(1));
        coverage = coverage.mark(at(6));
        coverage = coverage.mark(at(17));
        coverage = coverage.mark(at(31));

        // [10:02, 10:33]: complete slots 10:05, 10:10, 10:15, 10:20, 10:25; 10:00 and 10:30 stick out.
        assertThat(coverage.completeSlots(at(2), at(33))).isEqualTo(5);
        assertThat(coverage.coverage(at(2), at(33))).isEqualTo(2.0 / 5);
    }

    @Test
    void aRangeOnSlotBoundariesIncludesItsFirstAndLastSlot() {
        coverage = coverage.mark(at(0));
        coverage = coverage.mark(at(9, 59));

        assertThat(coverage.completeSlots(at(0), at(10))).isEqualTo(2);
        assertThat(coverage.coverage(at(0), at(10))).isEqualTo(1.0);
    }

    @Test
    void aRangeStartingOneMicrosecondAfterABoundaryLeavesThatSlotOut() {
        // The dirty rule restarts a clean window 1 µs after the dirty sample: the sample's own slot is not inside it.
        coverage = coverage.mark(at(0));

        assertThat(coverage.completeSlots(at(0).plusNanos(1_000), at(10))).isEqualTo(1);
        assertThat(coverage.coverage(at(0).plusNanos(1_000), at(10))).isZero();
    }

    @Test
    void aRangeWithoutACompleteSlotHasNoCoverage() {
        coverage = coverage.mark(at(2));

        assertThat(coverage.completeSlots(at(1), at(4))).isZero();
        assertThat(coverage.coverage(at(1), at(4))).isZero();
        assertThat(coverage.coverage(at(4), at(1))).isZero();
    }

    @Test
    void aSlotCountsOnceHoweverManySamplesItHolds() {
        coverage = coverage.mark(at(5));
        coverage = coverage.mark(at(6));
        coverage = coverage.mark(at(9, 59));

        assertThat(coverage.coverage(at(0), at(15))).isEqualTo(1.0 / 3);
    }

    @Test
    void slotsMayBeMarkedInAnyOrder() {
        coverage = coverage.mark(at(20));
        coverage = coverage.mark(at(5));
        coverage = coverage.mark(at(12));
        coverage = coverage.mark(at(0));

        assertThat(coverage.coverage(at(0), at(25))).isEqualTo(4.0 / 5);
        assertThat(coverage.coverage(at(5), at(15))).isEqualTo(1.0);
        assertThat(coverage.coverage(at(15), at(20))).isZero();
    }

    @Test
    void aSampleFromBeforeTheRememberedSlotsIsForgottenAtOnce() {
        coverage = coverage.mark(at(0));
        Instant farPast = at(0).minus(INTERVAL.multipliedBy(SlotCoverage.MAX_SLOTS));

        coverage = coverage.mark(farPast);

        assertThat(coverage.coverage(farPast, farPast.plus(INTERVAL))).isZero();
        assertThat(coverage.coverage(at(0), at(5))).isEqualTo(1.0);
    }

    @Test
    void aSampleJustInsideTheRememberedSpanIsKept() {
        coverage = coverage.mark(at(0));
        Instant oldest = at(0).minus(INTERVAL.multipliedBy(SlotCoverage.MAX_SLOTS - 1));

        coverage = coverage.mark(oldest);

        assertThat(coverage.coverage(oldest, oldest.plus(INTERVAL))).isEqualTo(1.0);
        assertThat(coverage.coverage(at(0), at(5))).isEqualTo(1.0);
    }

    @Test
    void aSampleFarAheadForgetsTheOldestSlots() {
        coverage = coverage.mark(at(0));
        coverage = coverage.mark(at(5));
        Instant farAhead = at(5).plus(INTERVAL.multipliedBy(SlotCoverage.MAX_SLOTS - 1));

        coverage = coverage.mark(farAhead);

        assertThat(coverage.coverage(at(0), at(5))).isZero();
        assertThat(coverage.coverage(at(5), at(10))).isEqualTo(1.0);
        assertThat(coverage.coverage(farAhead, farAhead.plus(INTERVAL))).isEqualTo(1.0);
    }

    @Test
    void dropBeforeForgetsTheSlotsEndingBeforeTheInstantAndKeepsTheRest() {
        coverage = coverage.mark(at(1));
        coverage = coverage.mark(at(6));
        coverage = coverage.mark(at(11));

        coverage = coverage.dropBefore(at(7));

        assertThat(coverage.coverage(at(0), at(5))).isZero();
        assertThat(coverage.coverage(at(5), at(15))).isEqualTo(1.0);
    }

    @Test
    void aLateSampleBeforeTheDroppedSlotsStillMarksItsSlot() {
        coverage = coverage.mark(at(6));
        coverage = coverage.mark(at(11));
        coverage = coverage.dropBefore(at(10));

        coverage = coverage.mark(at(1));

        assertThat(coverage.coverage(at(0), at(15))).isEqualTo(2.0 / 3);
    }

    @Test
    void droppingEverythingLeavesAnEmptyCoverageThatMarksAgain() {
        coverage = coverage.mark(at(1));
        coverage = coverage.mark(at(6));

        coverage = coverage.dropBefore(at(60));
        assertThat(coverage.coverage(at(0), at(60))).isZero();

        coverage = coverage.mark(at(61));
        assertThat(coverage.coverage(at(60), at(65))).isEqualTo(1.0);
        assertThat(coverage.coverage(at(0), at(10))).isZero();
    }

    @Test
    void dropBeforeAnEarlierInstantChangesNothing() {
        coverage = coverage.mark(at(11));

        coverage = coverage.dropBefore(at(0));

        assertThat(coverage.coverage(at(10), at(15))).isEqualTo(1.0);
    }

    @Test
    void survivesAnEncodeDecodeRoundTrip() {
        coverage = coverage.mark(at(30));
        coverage = coverage.mark(at(1));
        coverage = coverage.mark(at(17));
        coverage = coverage.dropBefore(at(2));

        SlotCoverage decoded = SlotCoverage.decode(coverage.encode(), INTERVAL);

        assertThat(decoded.encode()).isEqualTo(coverage.encode());
        for (int minutes = 0; minutes <= 30; minutes += 5) {
            assertThat(decoded.coverage(at(minutes), at(minutes + 5)))
                    .as("slot at +%d min", minutes)
                    .isEqualTo(coverage.coverage(at(minutes), at(minutes + 5)));
        }
        assertThat(decoded.coverage(at(0), at(35))).isEqualTo(3.0 / 7);
    }

    @Test
    void anEmptyCoverageSurvivesAnEncodeDecodeRoundTrip() {
        SlotCoverage decoded = SlotCoverage.decode(coverage.encode(), INTERVAL);

        decoded = decoded.mark(at(3));

        assertThat(decoded.coverage(at(0), at(5))).isEqualTo(1.0);
    }

    @Test
    void markingAndDroppingLeaveTheOriginalAsItWas() {
        coverage = coverage.mark(at(1));
        SlotCoverage before = coverage;
        String encoded = before.encode();

        SlotCoverage marked = before.mark(at(6));
        SlotCoverage dropped = marked.dropBefore(at(5));

        assertThat(before.encode()).isEqualTo(encoded);
        assertThat(before.coverage(at(5), at(10))).isZero();
        assertThat(marked.coverage(at(0), at(10))).isEqualTo(1.0);
        assertThat(dropped.coverage(at(0), at(5))).isZero();
        assertThat(marked.coverage(at(0), at(5))).isEqualTo(1.0);
    }

    @Test
    void coveragesMarkingTheSameSlotsAreEqualWhateverTheirHistory() {
        SlotCoverage direct = coverage.mark(at(6)).mark(at(11));
        SlotCoverage viaDrop = coverage.mark(at(1)).mark(at(6)).mark(at(11)).dropBefore(at(5));

        assertThat(viaDrop).isEqualTo(direct).hasSameHashCodeAs(direct);
        assertThat(direct).isNotEqualTo(direct.mark(at(16)));
    }
}
