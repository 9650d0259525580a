package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TracksTest {

    private static final Duration INTERVAL = Duration.ofMinutes(5);
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final String MAIL = "mail_sent_per_hour";
    private static final String CPU = "cpu_load";

    private Tracks tracks = Tracks.empty(INTERVAL);

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static Tracks roundTrip(Tracks tracks) {
        return Tracks.decode(tracks.encode(), INTERVAL);
    }

    @Test
    void anUnknownMetricStartsWithAnEmptyTrack() {
        GateTrack track = tracks.gate(MAIL);

        assertThat(track.lastValue()).isNull();
        assertThat(track.lastAt()).isNull();
        assertThat(track.armed()).isFalse();
        assertThat(track.silenceReported()).isFalse();
        assertThat(track.coverage().coverage(at(0), at(60))).isZero();
        assertThat(tracks.gates()).isEmpty();
        assertThat(tracks.keeping(List.of(MAIL)).gates()).containsOnlyKeys(MAIL);
    }

    @Test
    void aSampleBecomesTheLastValueAndMarksItsSlot() {
        GateTrack track = tracks.gate(MAIL).observed(new Observation(MAIL, at(3), 250), false);

        assertThat(track.lastValue()).isEqualTo(250.0);
        assertThat(track.lastAt()).isEqualTo(at(3));
        assertThat(track.coverage().coverage(at(0), at(5))).isEqualTo(1.0);
    }

    @Test
    void aLateSampleMarksItsSlotButDoesNotReplaceTheLastValue() {
        GateTrack track = tracks.gate(MAIL).observed(new Observation(MAIL, at(20), 250), false)
                .observed(new Observation(MAIL, at(3), 10), true);

        assertThat(track.lastValue()).isEqualTo(250.0);
        assertThat(track.lastAt()).isEqualTo(at(20));
        assertThat(track.coverage().coverage(at(0), at(25))).isEqualTo(2.0 / 5);
    }

    @Test
    void aCleanSampleArmsTheGateAndADirtyOneLeavesItAsItWas() {
        GateTrack dirty = tracks.gate(MAIL).observed(new Observation(MAIL, at(1), 250), false);
        GateTrack clean = dirty.observed(new Observation(MAIL, at(2), 10), true);
        GateTrack dirtyAgain = clean.observed(new Observation(MAIL, at(3), 250), false);

        assertThat(dirty.armed()).isFalse();
        assertThat(clean.armed()).isTrue();
        assertThat(dirtyAgain.armed()).isTrue();
    }

    @Test
    void anySampleEndsAReportedSilence() {
        GateTrack silent = tracks.gate(MAIL).withSilenceReported();

        assertThat(silent.silenceReported()).isTrue();
        assertThat(silent.observed(new Observation(MAIL, at(1), 250), false).silenceReported()).isFalse();
    }

    @Test
    void theStartOfMonitoringArmsTheGivenGatesAndARelapseDisarmsThemAll() {
        tracks = tracks.keeping(List.of(CPU));

        Tracks armed = tracks.armedForMonitoring(List.of(MAIL, CPU));
        assertThat(armed.monitoringArmed()).isTrue();
        assertThat(armed.gates()).containsOnlyKeys(MAIL, CPU);
        assertThat(armed.gates().values()).allMatch(GateTrack::armed);

        Tracks disarmed = armed.disarmedAll();
        assertThat(disarmed.monitoringArmed()).isTrue();
        assertThat(disarmed.gates().values()).noneMatch(GateTrack::armed);
        assertThat(armed.gates().values()).as("the armed tracks stay as they were").allMatch(GateTrack::armed);
        assertThat(tracks.monitoringArmed()).isFalse();
    }

    @Test
    void anApprovalIsRequestedOncePerCleanWindow() {
        assertThat(tracks.approvalRequestedFor(at(0))).isFalse();

        Tracks requested = tracks.withApprovalRequested(at(0));

        assertThat(requested.approvalRequestedFor(at(0))).isTrue();
        assertThat(requested.approvalRequestedFor(at(1))).isFalse();
        assertThat(requested.approvalRequestedFor(null)).isFalse();
        assertThat(tracks.approvalRequestedFor(at(0))).isFalse();
    }

    @Test
    void encodeAndDecodeKeepEveryField() {
        Instant micros = at(7).plusNanos(123_000);
        tracks = tracks.with(MAIL, tracks.gate(MAIL).observed(new Observation(MAIL, at(1), 10), true)
                .observed(new Observation(MAIL, at(16), 12.5), true)
                .observed(new Observation(MAIL, micros, 250), false));
        tracks = tracks.with(CPU,
                tracks.gate(CPU).observed(new Observation(CPU, at(2), 1.0E12), false).withSilenceReported());
        tracks = tracks.armedForMonitoring(List.of(MAIL)).withApprovalRequested(at(30).plusNanos(1_000));

        Tracks decoded = roundTrip(tracks);

        assertThat(decoded.monitoringArmed()).isTrue();
        assertThat(decoded.approvalRequestedFor(at(30).plusNanos(1_000))).isTrue();
        assertThat(decoded.gates()).containsOnlyKeys(MAIL, CPU);
        GateTrack mail = decoded.gate(MAIL);
        assertThat(mail.lastValue()).isEqualTo(12.5);
        assertThat(mail.lastAt()).isEqualTo(at(16));
        assertThat(mail.armed()).isTrue();
        assertThat(mail.silenceReported()).isFalse();
        assertThat(mail.coverage().coverage(at(0), at(20))).isEqualTo(3.0 / 4);
        assertThat(mail.coverage().coverage(at(15), at(20))).isEqualTo(1.0);
        GateTrack cpu = decoded.gate(CPU);
        assertThat(cpu.lastValue()).isEqualTo(1.0E12);
        assertThat(cpu.lastAt()).isEqualTo(at(2));
        assertThat(cpu.armed()).isFalse();
        assertThat(cpu.silenceReported()).isTrue();
        assertThat(cpu.coverage().coverage(at(0), at(5))).isEqualTo(1.0);
        assertThat(decoded.encode()).isEqualTo(tracks.encode());
        assertThat(decoded).isEqualTo(tracks);
    }

    @Test
    void aSampleAtMicrosecondsKeepsItsInstant() {
        Instant micros = at(7).plusNanos(123_000);
        tracks = tracks.with(MAIL, tracks.gate(MAIL).observed(new Observation(MAIL, micros, 0.05), true));

        GateTrack decoded = roundTrip(tracks).gate(MAIL);

        assertThat(decoded.lastAt()).isEqualTo(micros);
        assertThat(decoded.lastValue()).isEqualTo(0.05);
    }

    @Test
    void aTrackThatNeverSawASampleSurvivesTheRoundTrip() {
        tracks = tracks.keeping(List.of(MAIL));

        GateTrack decoded = roundTrip(tracks).gate(MAIL);

        assertThat(decoded.lastValue()).isNull();
        assertThat(decoded.lastAt()).isNull();
        assertThat(decoded.armed()).isFalse();
        assertThat(decoded.silenceReported()).isFalse();
        assertThat(decoded.coverage().coverage(at(0), at(60))).isZero();
    }

    @Test
    void emptyTracksSurviveTheRoundTrip() {
        Tracks decoded = roundTrip(tracks);

        assertThat(decoded.gates()).isEmpty();
        assertThat(decoded.monitoringArmed()).isFalse();
        assertThat(decoded.approvalRequestedFor(at(0))).isFalse();
        assertThat(decoded.encode()).isEqualTo(tracks.encode());
    }

    @Test
    void nothingStoredDecodesAsEmptyTracks() {
        assertThat(Tracks.decode(null, INTERVAL).encode()).isEqualTo(tracks.encode());
        assertThat(Tracks.decode("", INTERVAL).encode()).isEqualTo(tracks.encode());
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThatThrownBy(() -> Tracks.decode("v9|1|", INTERVAL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v9");
    }

    @Test
    void aRowWrittenBeforeTracksBecameImmutableStillDecodes() {
        // Stored by the mutable Tracks of release 1: the text form is unchanged, existing rows read as they were.
        String stored = "v1|1|2026-11-28T10:30:00.000001Z|cpu_load,1.0E12,2026-11-28T10:02:00Z,0,1,5986200:AQ"
                + "|mail_sent_per_hour,12.5,2026-11-28T10:16:00Z,1,0,5986200:Cw";

        Tracks decoded = Tracks.decode(stored, INTERVAL);

        assertThat(decoded.monitoringArmed()).isTrue();
        assertThat(decoded.approvalRequestedFor(at(30).plusNanos(1_000))).isTrue();
        assertThat(decoded.gate(MAIL).lastValue()).isEqualTo(12.5);
        assertThat(decoded.gate(MAIL).armed()).isTrue();
        assertThat(decoded.gate(MAIL).coverage().coverage(at(0), at(20))).isEqualTo(3.0 / 4);
        assertThat(decoded.gate(CPU).silenceReported()).isTrue();
        assertThat(decoded.encode()).isEqualTo(stored);
    }
}
