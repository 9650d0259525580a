package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.probation.policy.model.Policy;
import org.probation.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The aggregate itself: which phases can exist, how a stored status is read back, and that every operation answers a
 * value (the next incident, or a rejection) instead of throwing for a business refusal.
 */
class IncidentTest {

    private static final Instant OPENED = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant REPORTED = OPENED.plus(Duration.ofHours(2));
    private static final Instant NOW = REPORTED.plus(Duration.ofDays(1));
    private static final MonitoringPeriod PERIOD = new MonitoringPeriod(REPORTED, REPORTED,
            REPORTED.plus(Duration.ofDays(7)));

    private final Policy policy = TestPolicies.policy().build();
    private final Tracks tracks = Tracks.empty(policy.sampleInterval());

    private Incident opened() {
        return Incident.open(policy, "opened", OPENED).incident();
    }

    private Incident monitoring() {
        return opened().report(policy, REPORTED).orElseThrow(IllegalStateException::new).incident();
    }

    private static OperatorAction action(ActionType type) {
        return new OperatorAction(type, OptionalInt.empty(), Optional.empty(), "operator says " + type);
    }

    @Nested
    class Invariants {

        @Test
        void aMonitoringPhaseWithoutACleanWindowCannotBeBuilt() {
            assertThatThrownBy(() -> new Phase.Monitoring(OPENED, 2, OPENED, 0, PERIOD, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clean window");
        }

        @Test
        void aMonitoringPhaseWithoutAPeriodCannotBeBuilt() {
            assertThatThrownBy(() -> new Phase.Monitoring(OPENED, 2, OPENED, 0, null, REPORTED))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monitoring period");
        }

        @Test
        void anEscalatedPhaseHasACleanWindowExactlyWhenItWasMonitored() {
            assertThatThrownBy(() -> new Phase.Escalated(OPENED, 2, OPENED, 3, Optional.of(PERIOD), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Phase.Escalated(OPENED, 2, OPENED, 3, Optional.empty(), Optional.of(NOW)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void anOpenPhaseIsAtAStageFromOneUp() {
            assertThatThrownBy(() -> new Phase.Restricted(OPENED, 0, OPENED, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stage");
        }

        @Test
        void aClosedPhaseHasAClosingTime() {
            assertThatThrownBy(() -> new Phase.Closed(OPENED, 0, Optional.empty(), null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closing time");
        }

        @Test
        void aMonitoringPeriodIsWholeOrAbsent() {
            assertThatThrownBy(() -> new MonitoringPeriod(REPORTED, REPORTED, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class FromStoredStatus {

        @Test
        void aMonitoredStatusWithoutACleanWindowIsRefused() {
            IncidentStatus broken = new IncidentStatus(IncidentState.MONITORING, 2, 0, OPENED, REPORTED, REPORTED,
                    PERIOD.until(), OPENED, null, null);

            assertThatThrownBy(() -> Incident.from(broken, tracks)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aRestrictedStatusWithACleanWindowIsRefused() {
            IncidentStatus broken = new IncidentStatus(IncidentState.RESTRICTED, 2, 0, OPENED, null, null, null,
                    OPENED, NOW, null);

            assertThatThrownBy(() -> Incident.from(broken, tracks)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a possible RESTRICTED incident");
        }

        @Test
        void anOpenStatusWithAClosingTimeIsRefused() {
            IncidentStatus broken = new IncidentStatus(IncidentState.ESCALATED, 2, 3, OPENED, null, null, null, OPENED,
                    null, NOW);

            assertThatThrownBy(() -> Incident.from(broken, tracks)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void everyPhaseGivesBackTheStatusItWasReadFrom() {
            Incident restricted = opened();
            Incident monitoring = monitoring();
            Incident closed = monitoring.act(action(ActionType.LIFT), policy, NOW).orElseThrow(IllegalStateException::new)
                    .incident();

            assertThat(restricted.phase()).isInstanceOf(Phase.Restricted.class);
            assertThat(monitoring.phase()).isInstanceOf(Phase.Monitoring.class);
            assertThat(closed.phase()).isInstanceOf(Phase.Closed.class);
            for (Incident incident : List.of(restricted, monitoring, closed)) {
                assertThat(Incident.from(incident.status(), tracks)).isEqualTo(incident);
            }
        }

        @Test
        void anEscalatedIncidentKeepsItsMonitoringPeriodAsAValue() {
            IncidentStatus escalated = new IncidentStatus(IncidentState.ESCALATED, 2, 3, OPENED, REPORTED, REPORTED,
                    PERIOD.until(), OPENED, NOW, null);

            Phase phase = Incident.from(escalated, tracks).phase();

            assertThat(phase).isEqualTo(
                    new Phase.Escalated(OPENED, 2, OPENED, 3, Optional.of(PERIOD), Optional.of(NOW)));
            assertThat(phase.status()).isEqualTo(escalated);
        }

        @Test
        void aClosedIncidentKeepsItsMonitoringPeriodAndHasNoStage() {
            Incident closed = monitoring().act(action(ActionType.CANCEL), policy, NOW)
                    .orElseThrow(IllegalStateException::new).incident();

            assertThat(closed.phase()).isEqualTo(new Phase.Closed(OPENED, 0,
                    Optional.of(new MonitoringPeriod(REPORTED, REPORTED, REPORTED.plus(policy.maxMonitoring()))),
                    NOW));
            assertThat(closed.phase().stage()).isZero();
            assertThat(closed.isMonitoringStarted()).isTrue();
        }
    }

    @Nested
    class Operations {

        @Test
        void anAcceptedActionCarriesTheNextIncidentWithItsTracksUnchanged() {
            Incident before = monitoring();

            Decision decision = before.act(action(ActionType.STEP_DOWN), policy, NOW);

            assertThat(decision).isInstanceOf(Decision.Accepted.class);
            Decision.Accepted accepted = (Decision.Accepted) decision;
            assertThat(accepted.incident().status()).isEqualTo(accepted.transition().after());
            assertThat(accepted.incident().tracks()).isSameAs(before.tracks());
            assertThat(accepted.incident().phase().stage()).isEqualTo(1);
        }

        @Test
        void refusalsAreValuesNotExceptions() {
            Incident closed = monitoring().act(action(ActionType.LIFT), policy, NOW)
                    .orElseThrow(IllegalStateException::new).incident();

            assertThat(closed.report(policy, NOW)).isInstanceOf(Decision.Rejected.class);
            assertThat(closed.act(action(ActionType.STEP_DOWN), policy, NOW).rejection())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("needs an open incident"));
            assertThat(monitoring().act(action(ActionType.RESUME), policy, NOW).rejection())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("RESUME applies to ESCALATED"));
            assertThat(opened().act(new OperatorAction(ActionType.EXTEND, OptionalInt.empty(),
                    Optional.of(Duration.ofDays(1)), "more"), policy, NOW).accepted()).isEmpty();
        }

        @Test
        void aRefusalThrowsOnlyWhenTheCallerAsksForIt() {
            Incident closed = monitoring().act(action(ActionType.LIFT), policy, NOW)
                    .orElseThrow(IllegalStateException::new).incident();

            assertThatThrownBy(() -> closed.report(policy, NOW).orElseThrow(TransitionRefused::new))
                    .isInstanceOf(TransitionRefused.class).hasMessageContaining("a report needs an open incident");
        }

        @Test
        void observingHandsBackTheNextIncident() {
            Incident before = monitoring();
            Observation dirty = new Observation("mail_sent_per_hour", NOW.minusSeconds(60), 250);

            Evaluation evaluation = before.observe(policy, List.of(dirty), NOW);

            assertThat(evaluation.incident()).isEqualTo(Incident.from(evaluation.status(), evaluation.tracks()));
            assertThat(((Phase.Monitoring) evaluation.incident().phase()).cleanSince())
                    .isEqualTo(dirty.at().plusNanos(1_000));
            assertThat(before.status().cleanSince()).as("the incident observed is left as it was").isEqualTo(REPORTED);
        }
    }

    @Nested
    class Advance {

        private record Entry(EventType type, Instant at, IncidentState state) {
        }

        private final List<Entry> timeline = new ArrayList<>();
        private final Incident.Timeline sink = (type, reason, at, after, figures) -> timeline
                .add(new Entry(type, at, after.state()));

        @Test
        void aDueReportIsRecordedAtItsTimeThenTheTickAtNow() {
            Instant now = REPORTED.plus(Duration.ofHours(2));

            Incident after = opened().advance(policy, Optional.of(REPORTED), List.of(), now, sink);

            assertThat(after.phase()).isInstanceOf(Phase.Monitoring.class);
            assertThat(timeline).containsExactly(
                    new Entry(EventType.MONITORING_STARTED, REPORTED, IncidentState.MONITORING),
                    new Entry(EventType.NO_DATA, now, IncidentState.MONITORING));
        }

        @Test
        void aReportIsNotRepeatedOnceMonitoringHasStarted() {
            Incident after = monitoring().advance(policy, Optional.of(REPORTED), List.of(), REPORTED.plusSeconds(60),
                    sink);

            assertThat(after.monitoringPeriod()).isEqualTo(monitoring().monitoringPeriod());
            assertThat(timeline).extracting(Entry::type).doesNotContain(EventType.MONITORING_STARTED,
                    EventType.REPORT_RECEIVED);
        }
    }
}
