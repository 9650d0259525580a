package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.probation.policy.model.Policy;
import org.probation.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleTest {

    private static final Instant OPENED = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant REPORTED = OPENED.plus(Duration.ofHours(2));
    private static final Instant NOW = REPORTED.plus(Duration.ofDays(1));
    private static final Duration MAX_MONITORING = Duration.ofDays(7);

    private final Policy policy = TestPolicies.policy().build();

    // --- statuses -----------------------------------------------------------------------------------------------

    private static IncidentStatus restricted() {
        return IncidentStatus.opened(2, OPENED);
    }

    /** Reported at {@link #REPORTED}, monitoring at the top stage. */
    private IncidentStatus monitoring() {
        return accepted(incident(restricted()).report(policy, REPORTED)).after();
    }

    private IncidentStatus monitoringAtStage(int stage) {
        IncidentStatus m = monitoring();
        return new IncidentStatus(IncidentState.MONITORING, stage, 1, OPENED, REPORTED, REPORTED, m.monitoringUntil(),
                REPORTED.plus(Duration.ofHours(5)), REPORTED.plus(Duration.ofHours(6)), null);
    }

    private static IncidentStatus escalated(Instant monitoringUntil) {
        return new IncidentStatus(IncidentState.ESCALATED, 2, 3, OPENED, REPORTED, REPORTED, monitoringUntil,
                REPORTED.plus(Duration.ofHours(3)), REPORTED.plus(Duration.ofHours(4)), null);
    }

    /** Escalated without ever being reported (e.g. by an operator's decision while waiting for a report). */
    private static IncidentStatus escalatedUnreported() {
        return new IncidentStatus(IncidentState.ESCALATED, 2, 3, OPENED, null, null, null, OPENED, null, null);
    }

    private IncidentStatus lifted() {
        return accepted(incident(monitoring()).act(action(ActionType.LIFT), policy, NOW)).after();
    }

    /** The incident in {@code status}, through the aggregate as every caller reaches the rules. */
    private Incident incident(IncidentStatus status) {
        return Incident.from(status, Tracks.empty(policy.sampleInterval()));
    }

    // --- actions ------------------------------------------------------------------------------------------------

    private static OperatorAction action(ActionType type) {
        return new OperatorAction(type, OptionalInt.empty(), Optional.empty(), "operator says " + type);
    }

    private static OperatorAction restrictTo(int stage) {
        return new OperatorAction(ActionType.RESTRICT, OptionalInt.of(stage), Optional.empty(), "restrict to " + stage);
    }

    private static OperatorAction extendBy(Duration extension) {
        return new OperatorAction(ActionType.EXTEND, OptionalInt.empty(), Optional.of(extension), "more time");
    }

    private Transition apply(IncidentStatus status, OperatorAction action, Instant at) {
        return accepted(incident(status).act(action, policy, at));
    }

    private static Transition accepted(Decision decision) {
        assertThat(decision).isInstanceOf(Decision.Accepted.class);
        return decision.accepted().orElseThrow();
    }

    /** The reason of a rejection, which must be one: a refusal is a value, never an exception. */
    private static String rejected(Decision decision) {
        assertThat(decision).isInstanceOf(Decision.Rejected.class);
        assertThat(decision.accepted()).isEmpty();
        return decision.rejection().orElseThrow();
    }

    private String refusal(IncidentStatus status, OperatorAction action, Instant at) {
        return rejected(incident(status).act(action, policy, at));
    }

    @Nested
    class Report {

        @Test
        void firstReportStartsMonitoring() {
            IncidentStatus before = restricted();

            Transition t = accepted(incident(before).report(policy, NOW));

            assertThat(t.before()).isEqualTo(before);
            assertThat(t.event()).isEqualTo(EventType.MONITORING_STARTED);
            assertThat(t.at()).isEqualTo(NOW);
            assertThat(t.reason()).contains("3d");
            IncidentStatus after = t.after();
            assertThat(after.state()).isEqualTo(IncidentState.MONITORING);
            assertThat(after.stage()).isEqualTo(2);
            assertThat(after.reportedAt()).isEqualTo(NOW);
            assertThat(after.monitoringSince()).isEqualTo(NOW);
            assertThat(after.cleanSince()).isEqualTo(NOW);
            assertThat(after.monitoringUntil()).isEqualTo(NOW.plus(MAX_MONITORING));
            assertThat(after.stageSince()).isEqualTo(OPENED);
            assertThat(after.openedAt()).isEqualTo(OPENED);
            assertThat(after.closedAt()).isNull();
            assertThat(t.changesControls()).isFalse();
        }

        @Test
        void laterReportKeepsTheFirstReportAndTheMonitoringStart() {
            IncidentStatus before = monitoring();

            Transition t = accepted(incident(before).report(policy, NOW));

            assertThat(t.event()).isEqualTo(EventType.REPORT_RECEIVED);
            assertThat(t.after()).isEqualTo(before);
            assertThat(t.after().reportedAt()).isEqualTo(REPORTED);
            assertThat(t.after().monitoringSince()).isEqualTo(REPORTED);
            assertThat(t.after().monitoringUntil()).isEqualTo(REPORTED.plus(MAX_MONITORING));
        }

        @Test
        void aReportOnAnIncidentEscalatedBeforeAnyReportAnswersTheRoundWithoutStartingMonitoring() {
            IncidentStatus before = escalatedUnreported();

            Transition t = accepted(incident(before).report(policy, NOW));

            assertThat(t.event()).isEqualTo(EventType.REPORT_RECEIVED);
            assertThat(t.after().state()).isEqualTo(IncidentState.ESCALATED);
            assertThat(t.after().round().reportedAt()).isEqualTo(NOW);
            assertThat(t.after().monitoringSince()).isNull();
            assertThat(t.after().monitoringUntil()).isNull();
            assertThat(t.after().cleanSince()).isNull();
        }

        @Test
        void reportOnAnEscalatedIncidentChangesNothing() {
            IncidentStatus before = escalated(REPORTED.plus(MAX_MONITORING));

            Transition t = accepted(incident(before).report(policy, NOW));

            assertThat(t.event()).isEqualTo(EventType.REPORT_RECEIVED);
            assertThat(t.after()).isEqualTo(before);
        }

        @Test
        void reportOnALiftedIncidentIsRefused() {
            IncidentStatus closed = lifted();

            assertThat(rejected(incident(closed).report(policy, NOW.plusSeconds(60))))
                    .contains("a report needs an open incident");
        }
    }

    @Nested
    class Lift {

        @Test
        void liftClosesTheIncident() {
            IncidentStatus before = monitoring();

            Transition t = apply(before, action(ActionType.LIFT), NOW);

            assertThat(t.event()).isEqualTo(EventType.LIFTED);
            assertThat(t.reason()).isEqualTo("operator says LIFT");
            assertThat(t.at()).isEqualTo(NOW);
            IncidentStatus after = t.after();
            assertThat(after.state()).isEqualTo(IncidentState.LIFTED);
            assertThat(after.isOpen()).isFalse();
            assertThat(after.stage()).isZero();
            assertThat(after.closedAt()).isEqualTo(NOW);
            assertThat(after.stageSince()).isEqualTo(NOW);
            assertThat(after.cleanSince()).isNull();
            assertThat(after.monitoringSince()).isEqualTo(REPORTED);
            assertThat(after.reportedAt()).isEqualTo(REPORTED);
        }

        @Test
        void liftBeforeAnyReportClosesToo() {
            Transition t = apply(restricted(), action(ActionType.LIFT), NOW);

            assertThat(t.after().state()).isEqualTo(IncidentState.LIFTED);
            assertThat(t.after().stage()).isZero();
            assertThat(t.after().closedAt()).isEqualTo(NOW);
        }

        @Test
        void liftKeepsTheRelapseCount() {
            Transition t = apply(escalated(NOW.plus(Duration.ofDays(1))), action(ActionType.LIFT), NOW);

            assertThat(t.after().relapses()).isEqualTo(3);
            assertThat(t.after().state()).isEqualTo(IncidentState.LIFTED);
        }
    }

    @Nested
    class Cancel {

        @Test
        void cancelClosesLikeALiftButIsRecordedAsACancellation() {
            IncidentStatus before = monitoring();

            Transition cancelled = apply(before, action(ActionType.CANCEL), NOW);
            Transition lifted = apply(before, action(ActionType.LIFT), NOW);

            assertThat(cancelled.event()).isEqualTo(EventType.CANCELLED).isNotEqualTo(lifted.event());
            assertThat(cancelled.after()).isEqualTo(lifted.after());
            assertThat(cancelled.after().state()).isEqualTo(IncidentState.LIFTED);
            assertThat(cancelled.after().stage()).isZero();
            assertThat(cancelled.after().closedAt()).isEqualTo(NOW);
            assertThat(cancelled.reason()).isEqualTo("operator says CANCEL");
        }

        @Test
        void cancelWorksBeforeAnyReport() {
            Transition t = apply(restricted(), action(ActionType.CANCEL), NOW);

            assertThat(t.event()).isEqualTo(EventType.CANCELLED);
            assertThat(t.after().closedAt()).isEqualTo(NOW);
        }
    }

    @Nested
    class StepDown {

        @Test
        void stepDownGoesOneStageDownAndRestartsTheCleanWindow() {
            IncidentStatus before = monitoring();

            Transition t = apply(before, action(ActionType.STEP_DOWN), NOW);

            assertThat(t.event()).isEqualTo(EventType.STEPPED_DOWN);
            IncidentStatus after = t.after();
            assertThat(after.state()).isEqualTo(IncidentState.MONITORING);
            assertThat(after.stage()).isEqualTo(1);
            assertThat(after.stageSince()).isEqualTo(NOW);
            assertThat(after.cleanSince()).isEqualTo(NOW);
            assertThat(after.monitoringSince()).isEqualTo(REPORTED);
            assertThat(after.monitoringUntil()).isEqualTo(before.monitoringUntil());
            assertThat(after.closedAt()).isNull();
        }

        @Test
        void stepDownBeforeAnyReportStartsNoCleanWindow() {
            Transition t = apply(restricted(), action(ActionType.STEP_DOWN), NOW);

            assertThat(t.event()).isEqualTo(EventType.STEPPED_DOWN);
            assertThat(t.after().state()).isEqualTo(IncidentState.RESTRICTED);
            assertThat(t.after().stage()).isEqualTo(1);
            assertThat(t.after().stageSince()).isEqualTo(NOW);
            assertThat(t.after().cleanSince()).isNull();
        }

        @Test
        void stepDownFromStageOneLifts() {
            Transition t = apply(monitoringAtStage(1), action(ActionType.STEP_DOWN), NOW);

            assertThat(t.event()).isEqualTo(EventType.LIFTED);
            assertThat(t.after().state()).isEqualTo(IncidentState.LIFTED);
            assertThat(t.after().stage()).isZero();
            assertThat(t.after().closedAt()).isEqualTo(NOW);
            assertThat(t.after().cleanSince()).isNull();
        }
    }

    @Nested
    class Restrict {

        @Test
        void restrictWithoutAStageGoesToTheTopStage() {
            IncidentStatus before = monitoringAtStage(1);

            Transition t = apply(before, action(ActionType.RESTRICT), NOW);

            assertThat(t.event()).isEqualTo(EventType.RESTRICTED);
            assertThat(t.after().stage()).isEqualTo(policy.topLevel()).isEqualTo(2);
            assertThat(t.after().state()).isEqualTo(IncidentState.MONITORING);
            assertThat(t.after().stageSince()).isEqualTo(NOW);
            assertThat(t.after().cleanSince()).isEqualTo(NOW);
            assertThat(t.after().relapses()).isEqualTo(before.relapses());
        }

        @Test
        void restrictToAGivenStage() {
            Transition t = apply(monitoring(), restrictTo(1), NOW);

            assertThat(t.after().stage()).isEqualTo(1);
            assertThat(t.after().stageSince()).isEqualTo(NOW);
            assertThat(t.after().cleanSince()).isEqualTo(NOW);
        }

        @Test
        void restrictToTheCurrentStageRestartsOnlyTheCleanWindow() {
            IncidentStatus before = monitoringAtStage(2);

            Transition t = apply(before, restrictTo(2), NOW);

            assertThat(t.after().stage()).isEqualTo(2);
            assertThat(t.after().stageSince()).isEqualTo(before.stageSince());
            assertThat(t.after().cleanSince()).isEqualTo(NOW);
        }

        @ParameterizedTest
        @ValueSource(ints = { 0, 3, -1 })
        void restrictToAStageThePolicyDoesNotHaveIsRefused(int stage) {
            assertThat(refusal(monitoring(), restrictTo(stage), NOW))
                    .contains("has stages 1 to 2, not " + stage);
        }

        @Test
        void restrictFromEscalatedGoesBackToMonitoringWhenReported() {
            Transition t = apply(escalated(NOW.plus(Duration.ofDays(1))), restrictTo(1), NOW);

            assertThat(t.event()).isEqualTo(EventType.RESTRICTED);
            assertThat(t.after().state()).isEqualTo(IncidentState.MONITORING);
            assertThat(t.after().stage()).isEqualTo(1);
            assertThat(t.after().cleanSince()).isEqualTo(NOW);
        }

        @Test
        void restrictFromEscalatedRenewsAnExpiredDeadline() {
            Instant deadline = REPORTED.plus(MAX_MONITORING);
            Instant later = deadline.plus(Duration.ofHours(1));

            Transition t = apply(escalated(deadline), restrictTo(1), later);

            assertThat(t.after().state()).isEqualTo(IncidentState.MONITORING);
            assertThat(t.after().monitoringUntil()).isEqualTo(later.plus(MAX_MONITORING));
        }

        @Test
        void restrictFromEscalatedKeepsADeadlineStillAhead() {
            Instant deadline = NOW.plus(Duration.ofDays(1));

            Transition t = apply(escalated(deadline), restrictTo(1), NOW);

            assertThat(t.after().monitoringUntil()).isEqualTo(deadline);
        }

        @Test
        void restrictFromEscalatedStartsMonitoringOnAReportReceivedWhileEscalated() {
            Instant reportedAt = NOW.minus(Duration.ofHours(3));
            IncidentStatus reported = accepted(incident(escalatedUnreported()).report(policy, reportedAt)).after();

            Transition t = apply(reported, restrictTo(1), NOW);

            assertThat(t.after().state()).isEqualTo(IncidentState.MONITORING);
            assertThat(t.after().stage()).isEqualTo(1);
            assertThat(t.after().reportedAt()).isEqualTo(reportedAt);
            assertThat(t.after().monitoringSince()).isEqualTo(NOW);
            assertThat(t.after().cleanSince()).isEqualTo(NOW);
            assertThat(t.after().monitoringUntil()).isEqualTo(NOW.plus(MAX_MONITORING));
        }

        @Test
        void restrictFromEscalatedWaitsForAReportWhenNoneWasReceived() {
            Transition t = apply(escalatedUnreported(), action(ActionType.RESTRICT), NOW);

            assertThat(t.after().state()).isEqualTo(IncidentState.RESTRICTED);
            assertThat(t.after().stage()).isEqualTo(2);
            assertThat(t.after().cleanSince()).isNull();
        }
    }

    @Nested
    class Extend {

        @Test
        void extendAddsToTheMonitoringDeadline() {
            IncidentStatus before = monitoring();

            Transition t = apply(before, extendBy(Duration.ofDays(2)), NOW);

            assertThat(t.event()).isEqualTo(EventType.EXTENDED);
            assertThat(t.after().monitoringUntil()).isEqualTo(REPORTED.plus(MAX_MONITORING).plus(Duration.ofDays(2)));
            assertThat(t.after()).isEqualTo(before.withMonitoringUntil(t.after().monitoringUntil()));
        }

        @Test
        void extendCountsFromNowWhenTheDeadlineHasPassed() {
            Instant deadline = REPORTED.plus(MAX_MONITORING);
            Instant later = deadline.plus(Duration.ofHours(10));

            Transition t = apply(escalated(deadline), extendBy(Duration.ofDays(2)), later);

            assertThat(t.after().monitoringUntil()).isEqualTo(later.plus(Duration.ofDays(2)));
            assertThat(t.after().state()).isEqualTo(IncidentState.ESCALATED);
        }

        @Test
        void extendBeforeAnyReportIsRefused() {
            assertThat(refusal(restricted(), extendBy(Duration.ofDays(2)), NOW))
                    .contains("monitoring");
        }

        @Test
        void extendWithoutADurationIsRefused() {
            assertThat(refusal(monitoring(), action(ActionType.EXTEND), NOW))
                    .contains("duration");
        }
    }

    @Nested
    class Resume {

        @Test
        void resumeHandsAnEscalatedIncidentBackToMonitoring() {
            Instant deadline = NOW.plus(Duration.ofDays(1));
            IncidentStatus before = escalated(deadline);

            Transition t = apply(before, action(ActionType.RESUME), NOW);

            assertThat(t.event()).isEqualTo(EventType.RESUMED);
            assertThat(t.after().state()).isEqualTo(IncidentState.MONITORING);
            assertThat(t.after().stage()).isEqualTo(before.stage());
            assertThat(t.after().stageSince()).isEqualTo(before.stageSince());
            assertThat(t.after().cleanSince()).isEqualTo(NOW);
            assertThat(t.after().monitoringUntil()).isEqualTo(deadline);
            assertThat(t.after().relapses()).isEqualTo(3);
        }

        @Test
        void resumeRenewsAnExpiredDeadline() {
            Instant deadline = REPORTED.plus(MAX_MONITORING);
            Instant later = deadline.plus(Duration.ofHours(1));

            Transition t = apply(escalated(deadline), action(ActionType.RESUME), later);

            assertThat(t.after().monitoringUntil()).isEqualTo(later.plus(MAX_MONITORING));
        }

        @Test
        void resumeRenewsADeadlineThatIsDueNow() {
            Instant deadline = NOW;

            Transition t = apply(escalated(deadline), action(ActionType.RESUME), NOW);

            assertThat(t.after().monitoringUntil()).isEqualTo(NOW.plus(MAX_MONITORING));
        }

        @Test
        void resumeOfAnIncidentReportedWhileEscalatedStartsMonitoringFromNow() {
            Instant reportedAt = NOW.minus(Duration.ofHours(3));
            IncidentStatus reported = accepted(incident(escalatedUnreported()).report(policy, reportedAt)).after();

            Transition t = apply(reported, action(ActionType.RESUME), NOW);

            assertThat(t.event()).isEqualTo(EventType.RESUMED);
            assertThat(t.after().state()).isEqualTo(IncidentState.MONITORING);
            assertThat(t.after().reportedAt()).isEqualTo(reportedAt);
            assertThat(t.after().monitoringSince()).isEqualTo(NOW);
            assertThat(t.after().cleanSince()).isEqualTo(NOW);
            assertThat(t.after().monitoringUntil()).isEqualTo(NOW.plus(MAX_MONITORING));
            assertThat(t.after().round().reportedAt()).isEqualTo(reportedAt);
        }

        @Test
        void resumeWithoutAReportWaitsForOne() {
            Transition t = apply(escalatedUnreported(), action(ActionType.RESUME), NOW);

            assertThat(t.after().state()).isEqualTo(IncidentState.RESTRICTED);
            assertThat(t.after().cleanSince()).isNull();
            assertThat(t.after().monitoringUntil()).isNull();
        }

        @Test
        void resumeOfARestrictedIncidentIsRefused() {
            assertThat(refusal(restricted(), action(ActionType.RESUME), NOW))
                    .contains("ESCALATED")
                    .contains("RESTRICTED");
        }

        @Test
        void resumeOfAMonitoredIncidentIsRefused() {
            assertThat(refusal(monitoring(), action(ActionType.RESUME), NOW))
                    .contains("MONITORING");
        }
    }

    @Nested
    class Note {

        @Test
        void noteChangesNothing() {
            IncidentStatus before = monitoring();

            Transition t = apply(before, action(ActionType.NOTE), NOW);

            assertThat(t.event()).isEqualTo(EventType.NOTE);
            assertThat(t.after()).isEqualTo(before);
            assertThat(t.reason()).isEqualTo("operator says NOTE");
            assertThat(t.changesControls()).isFalse();
        }

        @Test
        void noteIsAllowedOnAClosedIncident() {
            IncidentStatus closed = lifted();

            Transition t = apply(closed, action(ActionType.NOTE), NOW.plusSeconds(60));

            assertThat(t.event()).isEqualTo(EventType.NOTE);
            assertThat(t.after()).isEqualTo(closed);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ActionType.class, mode = EnumSource.Mode.EXCLUDE, names = "NOTE")
    void everyActionButNoteIsRefusedOnAClosedIncident(ActionType type) {
        IncidentStatus closed = lifted();
        OperatorAction action = new OperatorAction(type, OptionalInt.of(1), Optional.of(Duration.ofDays(1)), "late");

        assertThat(refusal(closed, action, NOW.plusSeconds(60))).isNotBlank();
    }

    @Nested
    class ChangesControls {

        @Test
        void openingChangesControls() {
            Transition t = Transition.open(2, "mass mail", OPENED);

            assertThat(t.before()).isNull();
            assertThat(t.after()).isEqualTo(IncidentStatus.opened(2, OPENED));
            assertThat(t.event()).isEqualTo(EventType.OPENED);
            assertThat(t.changesControls()).isTrue();
        }

        @Test
        void aStageChangeChangesControls() {
            assertThat(apply(monitoring(), action(ActionType.STEP_DOWN), NOW).changesControls()).isTrue();
            assertThat(apply(monitoringAtStage(1), action(ActionType.RESTRICT), NOW).changesControls()).isTrue();
        }

        @Test
        void closingChangesControls() {
            assertThat(apply(monitoring(), action(ActionType.LIFT), NOW).changesControls()).isTrue();
            assertThat(apply(monitoring(), action(ActionType.CANCEL), NOW).changesControls()).isTrue();
        }

        @Test
        void transitionsAtTheSameStageDoNotChangeControls() {
            assertThat(accepted(incident(restricted()).report(policy, NOW)).changesControls()).isFalse();
            assertThat(apply(monitoring(), extendBy(Duration.ofDays(1)), NOW).changesControls()).isFalse();
            assertThat(apply(monitoring(), restrictTo(2), NOW).changesControls()).isFalse();
            assertThat(apply(escalated(NOW.plusSeconds(1)), action(ActionType.RESUME), NOW).changesControls())
                    .isFalse();
        }
    }
}
