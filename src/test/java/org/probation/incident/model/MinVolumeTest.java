package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.policy.model.Stage;
import org.probation.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ratio gate with a minimum volume ({@code min-volume}): one foreign mail out of one is no relapse. 10-minute slots,
 * 2 h clean windows, {@code no-data-after} 1 h; the foreign ratio counts from 20 mails an hour. Opened at 10:00,
 * reported at 12:00.
 */
class MinVolumeTest {

    private static final Duration INTERVAL = Duration.ofMinutes(10);
    private static final String MAIL = "mail_sent_per_hour";
    private static final String RATIO = "mail_foreign_ratio";
    private static final Gate RATIO_GATE = new Gate(RATIO, 0.2, 0.6).countingWhile(MAIL, 20);
    private static final Instant DAY = Instant.parse("2026-11-28T00:00:00Z");
    private static final Instant OPENED = time(10, 0);
    private static final Instant REPORTED = time(12, 0);

    private final Policy policy = TestPolicies.policy().sampleInterval(INTERVAL).minCoverage(0.75)
            .minMonitoring(Duration.ofHours(5)).maxMonitoring(Duration.ofHours(12)).noDataAfter(Duration.ofHours(1))
            .noGates().gate(new Gate(MAIL, 100, 500)).gate(RATIO_GATE)
            .stages(stage(2, "foreign-blocked"), stage(1, "admin-paths-blocked")).build();
    private Tracks tracks = Tracks.empty(INTERVAL);
    private IncidentStatus status = Incident.from(IncidentStatus.opened(2, OPENED), tracks).report(policy, REPORTED)
            .accepted().orElseThrow().after();

    private static Stage stage(int level, String name) {
        return new Stage(level, name, Duration.ofHours(2), false, TestPolicies.noControls(), Map.of());
    }

    private static Instant time(int hours, int minutes) {
        return DAY.plus(Duration.ofHours(hours)).plus(Duration.ofMinutes(minutes));
    }

    private static Observation mail(Instant at, double value) {
        return new Observation(MAIL, at, value);
    }

    private static Observation ratio(Instant at, double value) {
        return new Observation(RATIO, at, value);
    }

    private Evaluation tick(Instant now, Observation... arrived) {
        return tick(now, List.of(arrived));
    }

    private Evaluation tick(Instant now, List<Observation> arrived) {
        Evaluation evaluation = Incident.from(status, tracks).observe(policy, arrived, now);
        status = evaluation.status();
        tracks = evaluation.tracks();
        return evaluation;
    }

    private static EventType event(Evaluation evaluation) {
        return evaluation.transition().map(Transition::event).orElse(null);
    }

    @Test
    void oneForeignMailOutOfOneIsNoRelapse() {
        Evaluation evaluation = tick(time(12, 10), mail(time(12, 1), 1), ratio(time(12, 1), 1.0));

        assertThat(event(evaluation)).isNull();
        assertThat(status.relapses()).isZero();
        assertThat(status.cleanSince()).isEqualTo(REPORTED);
        assertThat(evaluation.lowVolume()).singleElement().satisfies(low -> {
            assertThat(low.sample()).isEqualTo(ratio(time(12, 1), 1.0));
            assertThat(low.volume()).isEqualTo(1);
            assertThat(low.reason()).isEqualTo("low volume: mail_foreign_ratio 1 at " + time(12, 1)
                    + " not judged; mail_sent_per_hour 1 < min-volume 20");
        });
    }

    @Test
    void theSameRatioAtTheMinimumVolumeIsARelapse() {
        Evaluation evaluation = tick(time(12, 10), mail(time(12, 1), 20), ratio(time(12, 1), 1.0));

        assertThat(event(evaluation)).isEqualTo(EventType.RELAPSED);
        assertThat(evaluation.transition().orElseThrow().reason()).startsWith("relapse: mail_foreign_ratio 1 > 0.6");
        assertThat(evaluation.lowVolume()).isEmpty();
    }

    @Test
    void aRatioWithoutAnyVolumeSampleIsJudgedAsUsual() {
        Evaluation evaluation = tick(time(12, 10), ratio(time(12, 1), 1.0));

        assertThat(event(evaluation)).isEqualTo(EventType.RELAPSED);
    }

    @Test
    void aVolumeOlderThanNoDataAfterIsMissingAndTheRatioIsJudgedAsUsual() {
        tick(time(12, 10), mail(time(12, 1), 1));

        Evaluation evaluation = tick(time(13, 20), ratio(time(13, 11), 1.0));

        assertThat(event(evaluation)).isEqualTo(EventType.RELAPSED);
    }

    @Test
    void aVolumeOfTheSameSlotArrivingAfterTheRatioInTheSameTickIsPaired() {
        Evaluation evaluation = tick(time(12, 10), ratio(time(12, 1), 1.0), mail(time(12, 2), 1));

        assertThat(event(evaluation)).isNull();
        assertThat(evaluation.lowVolume()).hasSize(1);
    }

    @Test
    void theVolumeOfTheSameSlotWinsOverAnEarlierOne() {
        tick(time(12, 10), mail(time(12, 1), 50));

        Evaluation evaluation = tick(time(12, 20), ratio(time(12, 11), 1.0), mail(time(12, 12), 1));

        assertThat(event(evaluation)).isNull();
    }

    @Test
    void theLatestVolumeOfAnEarlierTickIsPairedOnlyInTheSameSlot() {
        tick(time(12, 10), mail(time(12, 1), 1));

        Evaluation evaluation = tick(time(12, 12), ratio(time(12, 5), 1.0));

        assertThat(event(evaluation)).isNull();
        assertThat(evaluation.lowVolume()).singleElement().extracting(Evaluation.LowVolume::volume).isEqualTo(1.0);
    }

    @Test
    void aLowVolumeOfAnEarlierSlotNeverSkipsASpikeWhoseOwnVolumeHasNotArrived() {
        tick(time(12, 10), mail(time(12, 1), 5));

        Evaluation evaluation = tick(time(12, 20), ratio(time(12, 11), 0.95));

        assertThat(event(evaluation)).isEqualTo(EventType.RELAPSED);
        assertThat(evaluation.lowVolume()).isEmpty();
    }

    @Test
    void aLowVolumeOfAnEarlierSlotInTheSameTickNeverSkipsASpike() {
        Evaluation evaluation = tick(time(12, 20), mail(time(12, 1), 5), ratio(time(12, 11), 0.95));

        assertThat(event(evaluation)).isEqualTo(EventType.RELAPSED);
    }

    @Test
    void aDirtyRatioAtLowVolumeDoesNotRestartTheCleanWindow() {
        Evaluation evaluation = tick(time(12, 10), mail(time(12, 1), 5), ratio(time(12, 1), 0.4));

        assertThat(status.cleanSince()).isEqualTo(REPORTED);
        assertThat(evaluation.lowVolume()).hasSize(1);
    }

    @Test
    void aCleanRatioAtLowVolumeIsNotMarked() {
        Evaluation evaluation = tick(time(12, 10), mail(time(12, 1), 1), ratio(time(12, 1), 0.0));

        assertThat(evaluation.lowVolume()).isEmpty();
    }

    @Test
    void aDirtyRatioAtEnoughVolumeRestartsTheCleanWindow() {
        tick(time(12, 10), mail(time(12, 1), 30), ratio(time(12, 1), 0.4));

        assertThat(status.cleanSince()).isAfter(time(12, 1));
    }

    @Test
    void lowVolumeRatioSamplesCoverTheCleanWindowAsCleanOnes() {
        List<Observation> samples = new ArrayList<>();
        for (Instant at = REPORTED.plus(Duration.ofMinutes(1)); at.isBefore(time(14, 0)); at = at.plus(INTERVAL)) {
            samples.add(mail(at, 1));
            samples.add(ratio(at, 1.0));
        }

        Evaluation evaluation = tick(time(14, 0), samples);

        assertThat(event(evaluation)).isEqualTo(EventType.STEPPED_DOWN);
        assertThat(evaluation.lowVolume()).hasSize(12);
    }

    @Test
    void aLowVolumeSampleArmsTheGateSoAFollowingSpikeIsARelapse() {
        IncidentStatus restricted = IncidentStatus.opened(2, OPENED);
        status = restricted;
        tick(time(10, 10), mail(time(10, 1), 1), ratio(time(10, 1), 1.0));

        Evaluation evaluation = tick(time(10, 20), mail(time(10, 11), 40), ratio(time(10, 11), 1.0));

        assertThat(event(evaluation)).isEqualTo(EventType.RELAPSED);
    }
}
