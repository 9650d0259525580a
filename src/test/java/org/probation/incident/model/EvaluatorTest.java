package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.policy.model.RelapseTarget;
import org.probation.policy.model.Stage;
import org.probation.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring rules with explicit instants. The policy is small enough to count by hand: 10-minute slots, 2 h clean
 * windows (12 slots), {@code min-coverage} 0.75 (9 of 12 slots), {@code min-monitoring} 5 h, {@code max-monitoring}
 * 12 h, {@code no-data-after} 1 h. Opened at 10:00, reported at 12:00, so monitoring gives up after midnight.
 */
class EvaluatorTest {

    private static final Duration INTERVAL = Duration.ofMinutes(10);
    private static final Duration CLEAN_WINDOW = Duration.ofHours(2);
    private static final String MAIL = "mail_sent_per_hour";
    private static final String CPU = "cpu_load";
    private static final Gate MAIL_GATE = new Gate(MAIL, 100, 500);
    private static final Gate CPU_GATE = new Gate(CPU, 0.8, 2.0);
    private static final double CLEAN = 10;
    private static final double DIRTY = 250;
    private static final double HIGH = 600;

    private static final Instant DAY = Instant.parse("2026-11-28T00:00:00Z");
    private static final Instant OPENED = time(10, 0);
    private static final Instant REPORTED = time(12, 0);
    private static final Instant UNTIL = time(24, 0);
    private static final Duration MICRO = Duration.ofNanos(1_000);

    private Policy policy = rules().build();
    private Tracks tracks = Tracks.empty(INTERVAL);
    private IncidentStatus status;

    // --- policies and statuses ------------------------------------------------------------------------------------

    private static TestPolicies.Builder rules() {
        return TestPolicies.policy().sampleInterval(INTERVAL).minCoverage(0.75).minMonitoring(Duration.ofHours(5))
                .maxMonitoring(Duration.ofHours(12)).maxRelapses(2).noDataAfter(Duration.ofHours(1)).noGates()
                .gate(MAIL_GATE).stages(stage(2, "foreign-blocked", false), stage(1, "admin-paths-blocked", false));
    }

    private static Stage stage(int level, String name, boolean approval) {
        return new Stage(level, name, CLEAN_WINDOW, approval, TestPolicies.noControls(), Map.of());
    }

    private static Instant time(int hours, int minutes) {
        return DAY.plus(Duration.ofHours(hours)).plus(Duration.ofMinutes(minutes));
    }

    /** Reported at 12:00: monitoring at the top stage, clean since 12:00, until midnight. */
    private void reported() {
        status = Incident.from(IncidentStatus.opened(policy.topLevel(), OPENED), Tracks.empty(INTERVAL))
                .report(policy, REPORTED).accepted()
                .orElseThrow().after();
    }

    /** Monitoring at {@code stage}, in that stage and clean since {@code since}. */
    private void monitoringAt(int stage, Instant since) {
        status = new IncidentStatus(IncidentState.MONITORING, stage, 0, OPENED, REPORTED, REPORTED, UNTIL, since,
                since, null);
    }

    private void restricted() {
        status = IncidentStatus.opened(policy.topLevel(), OPENED);
    }

    // --- samples and ticks ----------------------------------------------------------------------------------------

    private static Observation mail(Instant at, double value) {
        return new Observation(MAIL, at, value);
    }

    /** One clean sample of {@code metric} a minute into every slot of {@code [from, to)}. */
    private static List<Observation> everySlot(String metric, Instant from, Instant to) {
        List<Observation> samples = new ArrayList<>();
        for (Instant at = from.plus(Duration.ofMinutes(1)); at.isBefore(to); at = at.plus(INTERVAL)) {
            samples.add(new Observation(metric, at, metric.equals(CPU) ? 0.2 : CLEAN));
        }
        return samples;
    }

    private static List<Observation> clean(Instant from, Instant to) {
        return everySlot(MAIL, from, to);
    }

    @SafeVarargs
    private static List<Observation> concat(List<Observation>... parts) {
        List<Observation> all = new ArrayList<>();
        for (List<Observation> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private Evaluation tick(Instant now, List<Observation> arrived) {
        Evaluation evaluation = Incident.from(status, tracks).observe(policy, arrived, now);
        status = evaluation.status();
        tracks = evaluation.tracks();
        return evaluation;
    }

    private Evaluation tick(Instant now, Observation... arrived) {
        return tick(now, List.of(arrived));
    }

    private static EventType event(Evaluation evaluation) {
        return evaluation.transition().map(Transition::event).orElse(null);
    }

    private static List<EventType> notices(Evaluation evaluation) {
        return evaluation.notices().stream().map(Evaluation.Notice::type).toList();
    }

    @Nested
    class StepDown {

        @Test
        void stepsDownExactlyWhenTheCleanWindowHasPassed() {
            reported();

            Evaluation evaluation = tick(time(14, 0), clean(REPORTED, time(14, 0)));

            assertThat(event(evaluation)).isEqualTo(EventType.STEPPED_DOWN);
            assertThat(status.state()).isEqualTo(IncidentState.MONITORING);
            assertThat(status.stage()).isEqualTo(1);
            assertThat(status.stageSince()).isEqualTo(time(14, 0));
            assertThat(status.cleanSince()).isEqualTo(time(14, 0));
            assertThat(evaluation.figures()).containsEntry("cleanForSeconds", 7200L).containsEntry(MAIL + ".coverage",
                    1.0);
            assertThat(evaluation.transition().orElseThrow().reason())
                    .isEqualTo("stepped down to stage 1 (admin-paths-blocked): clean for 2h: mail_sent_per_hour ≤ 100"
                            + " (coverage 100%)");
        }

        @ParameterizedTest(name = "{0} ns early")
        @ValueSource(longs = { 1_000, 1_000_000_000 })
        void doesNotStepDownBeforeTheCleanWindowHasPassed(long early) {
            reported();

            Evaluation evaluation = tick(time(14, 0).minusNanos(early), clean(REPORTED, time(14, 0)));

            assertThat(evaluation.transition()).isEmpty();
            assertThat(status.stage()).isEqualTo(2);
            assertThat(status.cleanSince()).isEqualTo(REPORTED);
        }

        @Test
        void stepsDownWithCoverageExactlyAtMinCoverage() {
            reported();

            // 9 of the 12 slots of [12:00, 14:00]: 0.75
            Evaluation evaluation = tick(time(14, 0), clean(REPORTED, time(13, 30)));

            assertThat(event(evaluation)).isEqualTo(EventType.STEPPED_DOWN);
            assertThat(evaluation.figures()).containsEntry(MAIL + ".coverage", 0.75);
        }

        @Test
        void holdsWithCoverageJustUnderMinCoverage() {
            reported();

            // 8 of the 12 slots: 0.667
            Evaluation evaluation = tick(time(14, 0), clean(REPORTED, time(13, 20)));

            assertThat(evaluation.transition()).isEmpty();
            assertThat(status.stage()).isEqualTo(2);
        }

        @Test
        void missingSamplesNeverCountAsClean() {
            reported();

            assertThat(tick(time(14, 0)).transition()).isEmpty();
            assertThat(tick(time(20, 0)).transition()).isEmpty();
            assertThat(status.stage()).isEqualTo(2);
        }

        @Test
        void everyGateNeedsItsCoverage() {
            policy = rules().gate(CPU_GATE).build();
            reported();

            Evaluation onlyMail = tick(time(14, 0), clean(REPORTED, time(14, 0)));
            assertThat(onlyMail.transition()).isEmpty();

            Evaluation both = tick(time(14, 5), everySlot(CPU, REPORTED, time(13, 30)));
            assertThat(event(both)).isEqualTo(EventType.STEPPED_DOWN);
            assertThat(both.figures()).containsEntry(MAIL + ".coverage", 1.0).containsEntry(CPU + ".coverage", 0.75);
        }

        @Test
        void aLateSampleFillsItsSlot() {
            reported();
            List<Observation> withHoles = new ArrayList<>(clean(REPORTED, time(14, 0)));
            withHoles.removeIf(sample -> sample.at().isAfter(time(12, 15)) && sample.at().isBefore(time(12, 55)));

            assertThat(tick(time(14, 0), withHoles).transition()).isEmpty();

            Evaluation late = tick(time(14, 5), mail(time(12, 21), CLEAN));
            assertThat(event(late)).isEqualTo(EventType.STEPPED_DOWN);
            assertThat(late.figures()).containsEntry(MAIL + ".coverage", 0.75);
        }

        @Test
        void theSlotOfADirtySampleOnASlotBoundaryIsNotInsideTheWindowItRestarts() {
            reported();
            tick(time(12, 25), mail(time(12, 20), DIRTY));
            assertThat(status.cleanSince()).isEqualTo(time(12, 20).plus(MICRO));

            // [12:20:00.000001, 14:25] holds 11 complete slots, 12:30 to 14:10; 8 of them covered: 0.727
            Evaluation evaluation = tick(time(14, 25), clean(time(12, 30), time(13, 50)));

            assertThat(evaluation.transition()).isEmpty();
            assertThat(tracks.gate(MAIL).coverage().completeSlots(status.cleanSince(), time(14, 25))).isEqualTo(11);
        }

        @Test
        void liftWaitsForMinMonitoring() {
            reported();
            tick(time(14, 0), clean(REPORTED, time(14, 0)));
            assertThat(status.stage()).isEqualTo(1);

            // stage 1's clean window has passed at 16:00, but monitoring started only 4 h ago
            assertThat(tick(time(16, 0), clean(time(14, 0), time(16, 0))).transition()).isEmpty();
            assertThat(tick(time(17, 0).minus(MICRO), clean(time(16, 0), time(17, 0))).transition()).isEmpty();

            Evaluation lift = tick(time(17, 0));
            assertThat(event(lift)).isEqualTo(EventType.LIFTED);
            assertThat(status.state()).isEqualTo(IncidentState.LIFTED);
            assertThat(status.stage()).isZero();
            assertThat(status.closedAt()).isEqualTo(time(17, 0));
            assertThat(lift.transition().orElseThrow().reason()).startsWith("lifted: clean for 3h: ");
        }

        @Test
        void liftsAsSoonAsTheLastCleanWindowHasPassedOnceMinMonitoringHas() {
            monitoringAt(1, time(17, 30));

            assertThat(tick(time(19, 30).minus(MICRO), clean(time(17, 30), time(19, 30))).transition()).isEmpty();
            assertThat(event(tick(time(19, 30)))).isEqualTo(EventType.LIFTED);
        }

        @Test
        void aStageThatNeedsApprovalAsksOnceAndWaits() {
            policy = rules().stages(stage(2, "foreign-blocked", true), stage(1, "admin-paths-blocked", false)).build();
            reported();

            Evaluation asked = tick(time(14, 0), clean(REPORTED, time(14, 0)));
            assertThat(asked.transition()).isEmpty();
            assertThat(notices(asked)).containsExactly(EventType.APPROVAL_REQUESTED);
            assertThat(asked.notices().get(0).reason())
                    .isEqualTo("clean for 2h: mail_sent_per_hour ≤ 100 (coverage 100%); stage foreign-blocked needs"
                            + " an operator's approval");
            assertThat(status.stage()).isEqualTo(2);

            Evaluation waiting = tick(time(14, 10), clean(time(14, 0), time(14, 10)));
            assertThat(waiting.isEventful()).isFalse();
            assertThat(tick(time(18, 0), clean(time(14, 10), time(18, 0))).isEventful()).isFalse();
            assertThat(status.stage()).isEqualTo(2);
        }

        @Test
        void aStageThatNeedsApprovalAsksAgainForANewCleanWindow() {
            policy = rules().stages(stage(2, "foreign-blocked", true), stage(1, "admin-paths-blocked", false)).build();
            reported();
            assertThat(notices(tick(time(14, 0), clean(REPORTED, time(14, 0)))))
                    .containsExactly(EventType.APPROVAL_REQUESTED);

            tick(time(14, 30), mail(time(14, 25), DIRTY));
            assertThat(tick(time(16, 25), clean(time(14, 30), time(16, 25))).isEventful()).isFalse();

            Evaluation again = tick(time(16, 30), clean(time(16, 20), time(16, 30)));
            assertThat(notices(again)).containsExactly(EventType.APPROVAL_REQUESTED);
            assertThat(status.stage()).isEqualTo(2);
        }

        @Test
        void anIncidentAwaitingApprovalStillReportsMissingData() {
            policy = rules().minCoverage(0.5)
                    .stages(stage(2, "foreign-blocked", true), stage(1, "admin-paths-blocked", false)).build();
            reported();
            assertThat(notices(tick(time(14, 0), clean(REPORTED, time(14, 0)))))
                    .containsExactly(EventType.APPROVAL_REQUESTED);

            // silent since 13:51; [12:00, 14:51] is still covered at 12 of 17 slots
            Evaluation silent = tick(time(14, 51));

            assertThat(notices(silent)).containsExactly(EventType.NO_DATA);
        }

        @Test
        void anIncidentAwaitingApprovalStillGivesUpAtTheEndOfMonitoring() {
            policy = rules().stages(stage(2, "foreign-blocked", true), stage(1, "admin-paths-blocked", false)).build();
            reported();
            assertThat(notices(tick(time(14, 0), clean(REPORTED, time(14, 0)))))
                    .containsExactly(EventType.APPROVAL_REQUESTED);
            assertThat(tick(UNTIL, clean(time(14, 0), UNTIL)).isEventful()).isFalse();

            Evaluation late = tick(UNTIL.plus(MICRO));

            assertThat(event(late)).isEqualTo(EventType.ESCALATED);
            assertThat(status.state()).isEqualTo(IncidentState.ESCALATED);
        }
    }

    @Nested
    class Dirty {

        @Test
        void aValueExactlyAtTheCleanBoundIsClean() {
            reported();

            Evaluation evaluation = tick(time(14, 0),
                    concat(clean(REPORTED, time(14, 0)), List.of(mail(time(13, 0), 100))));

            assertThat(event(evaluation)).isEqualTo(EventType.STEPPED_DOWN);
        }

        @Test
        void aValueJustOverTheCleanBoundRestartsTheWindowJustAfterIt() {
            reported();
            IncidentStatus before = status;

            Evaluation evaluation = tick(time(14, 0),
                    concat(clean(REPORTED, time(14, 0)), List.of(mail(time(13, 0), Math.nextUp(100.0)))));

            assertThat(evaluation.transition()).isEmpty();
            assertThat(evaluation.notices()).isEmpty();
            assertThat(evaluation.changesStatus(before)).isTrue();
            assertThat(status.cleanSince()).isEqualTo(time(13, 0).plus(MICRO));
            assertThat(status.relapses()).isZero();
        }

        @Test
        void aValueExactlyAtTheRelapseBoundIsDirtyButNoRelapse() {
            reported();

            Evaluation evaluation = tick(time(12, 30), mail(time(12, 21), 500));

            assertThat(evaluation.transition()).isEmpty();
            assertThat(status.relapses()).isZero();
            assertThat(status.cleanSince()).isEqualTo(time(12, 21).plus(MICRO));
        }

        @Test
        void theLatestDirtySampleOfATickSetsTheWindow() {
            reported();

            tick(time(12, 30), mail(time(12, 21), DIRTY), mail(time(12, 5), DIRTY), mail(time(12, 26), CLEAN));

            assertThat(status.cleanSince()).isEqualTo(time(12, 21).plus(MICRO));
        }

        @Test
        void aLateDirtySampleFromBeforeTheWindowDoesNotRestartIt() {
            reported();
            tick(time(13, 10), mail(time(13, 5), DIRTY));

            tick(time(13, 20), mail(time(12, 30), DIRTY));

            assertThat(status.cleanSince()).isEqualTo(time(13, 5).plus(MICRO));
        }

        @Test
        void aLateDirtySampleInsideTheWindowRestartsItAfterItsOwnTime() {
            reported();
            tick(time(13, 10), mail(time(13, 5), DIRTY));

            tick(time(13, 20), mail(time(13, 6), DIRTY));

            assertThat(status.cleanSince()).isEqualTo(time(13, 6).plus(MICRO));
        }

        @Test
        void aDirtySampleInTheTickOfADueStepDownPreventsIt() {
            reported();

            Evaluation evaluation = tick(time(14, 0),
                    concat(clean(REPORTED, time(14, 0)), List.of(mail(time(13, 55), DIRTY))));

            assertThat(evaluation.transition()).isEmpty();
            assertThat(status.stage()).isEqualTo(2);
            assertThat(status.cleanSince()).isEqualTo(time(13, 55).plus(MICRO));
        }
    }

    @Nested
    class Relapse {

        @Test
        void theReportArmsTheRelapseRule() {
            reported();

            Evaluation evaluation = tick(time(12, 10), mail(time(12, 5), HIGH));

            assertThat(event(evaluation)).isEqualTo(EventType.RELAPSED);
            assertThat(status.relapses()).isEqualTo(1);
        }

        @Test
        void aRelapseReturnsToTheTopStageWithANewCleanWindow() {
            monitoringAt(1, time(14, 0));

            Evaluation evaluation = tick(time(15, 0),
                    concat(clean(time(14, 0), time(14, 30)), List.of(mail(time(14, 41), HIGH))));

            assertThat(event(evaluation)).isEqualTo(EventType.RELAPSED);
            assertThat(status.state()).isEqualTo(IncidentState.MONITORING);
            assertThat(status.stage()).isEqualTo(2);
            assertThat(status.relapses()).isEqualTo(1);
            assertThat(status.stageSince()).isEqualTo(time(15, 0));
            assertThat(status.cleanSince()).isEqualTo(time(15, 0));
            assertThat(evaluation.transition().orElseThrow().reason()).isEqualTo(
                    "relapse: mail_sent_per_hour 600 > 500 at 2026-11-28T14:41:00Z; back to stage 2 (foreign-blocked);"
                            + " relapse 1 of 2");
            assertThat(evaluation.figures()).containsEntry("metric", MAIL).containsEntry("value", HIGH)
                    .containsEntry("relapses", 1);
        }

        @Test
        void aRelapseStampedAtTheTickStaysOutOfTheNewWindow() {
            reported();

            tick(time(12, 30), mail(time(12, 30), HIGH));

            assertThat(status.cleanSince()).isEqualTo(time(12, 30).plus(MICRO));
        }

        @Test
        void aDirtySampleStampedAheadOfTheRelapseTickStaysOutOfTheNewWindow() {
            reported();

            // agents' clocks may run a little ahead of the server's
            tick(time(12, 30), mail(time(12, 21), HIGH), mail(time(12, 33), DIRTY));

            assertThat(status.relapses()).isEqualTo(1);
            assertThat(status.cleanSince()).isEqualTo(time(12, 33).plus(MICRO));
        }

        @Test
        void aValueJustOverTheRelapseBoundIsARelapse() {
            reported();

            Evaluation evaluation = tick(time(12, 30), mail(time(12, 21), Math.nextUp(500.0)));

            assertThat(event(evaluation)).isEqualTo(EventType.RELAPSED);
        }

        @Test
        void relapseToOneUpGoesOneStageStricter() {
            policy = rules().relapseTo(RelapseTarget.ONE_UP).maxRelapses(5).stages(stage(3, "locked", false),
                    stage(2, "foreign-blocked", false), stage(1, "admin-paths-blocked", false)).build();
            monitoringAt(1, time(14, 0));

            tick(time(14, 30), mail(time(14, 21), HIGH));
            assertThat(status.stage()).isEqualTo(2);

            tick(time(14, 40), mail(time(14, 31), CLEAN));
            tick(time(14, 50), mail(time(14, 41), HIGH));
            assertThat(status.stage()).isEqualTo(3);

            tick(time(15, 0), mail(time(14, 51), CLEAN));
            tick(time(15, 10), mail(time(15, 1), HIGH));
            assertThat(status.stage()).isEqualTo(3);
            assertThat(status.relapses()).isEqualTo(3);
        }

        @Test
        void aRelapseWinsOverADueStepDown() {
            reported();

            Evaluation evaluation = tick(time(14, 0),
                    concat(clean(REPORTED, time(14, 0)), List.of(mail(time(13, 55), HIGH))));

            assertThat(event(evaluation)).isEqualTo(EventType.RELAPSED);
            assertThat(status.stage()).isEqualTo(2);
            assertThat(status.cleanSince()).isEqualTo(time(14, 0));
        }

        @Test
        void aRateThatStaysHighIsOneRelapse() {
            reported();

            assertThat(event(tick(time(12, 10), mail(time(12, 1), HIGH)))).isEqualTo(EventType.RELAPSED);
            assertThat(tick(time(12, 20), mail(time(12, 11), HIGH)).transition()).isEmpty();
            assertThat(tick(time(12, 30), mail(time(12, 21), HIGH)).transition()).isEmpty();
            assertThat(status.relapses()).isEqualTo(1);
            assertThat(status.cleanSince()).isEqualTo(time(12, 21).plus(MICRO));

            tick(time(12, 40), mail(time(12, 31), CLEAN));
            assertThat(event(tick(time(12, 50), mail(time(12, 41), HIGH)))).isEqualTo(EventType.RELAPSED);
            assertThat(status.relapses()).isEqualTo(2);
        }

        @Test
        void aCleanSampleAfterTheRelapseInTheSameTickArmsTheGateAgain() {
            reported();

            tick(time(12, 10), mail(time(12, 1), HIGH), mail(time(12, 6), CLEAN));
            Evaluation second = tick(time(12, 20), mail(time(12, 11), HIGH));

            assertThat(event(second)).isEqualTo(EventType.RELAPSED);
            assertThat(status.relapses()).isEqualTo(2);
        }

        @Test
        void aTickCountsOneRelapseHoweverManyHighSamplesItHolds() {
            policy = rules().gate(CPU_GATE).build();
            reported();

            tick(time(12, 10), mail(time(12, 1), HIGH), new Observation(CPU, time(12, 2), 3.0),
                    mail(time(12, 3), HIGH));

            assertThat(status.relapses()).isEqualTo(1);
        }

        @Test
        void moreRelapsesThanMaxRelapsesEscalate() {
            reported();
            tick(time(12, 10), mail(time(12, 1), HIGH));
            tick(time(12, 20), mail(time(12, 11), CLEAN));
            Evaluation second = tick(time(12, 30), mail(time(12, 21), HIGH));
            assertThat(event(second)).isEqualTo(EventType.RELAPSED);
            assertThat(status.state()).isEqualTo(IncidentState.MONITORING);
            tick(time(12, 40), mail(time(12, 31), CLEAN));

            Evaluation third = tick(time(12, 50), mail(time(12, 41), HIGH));

            assertThat(event(third)).isEqualTo(EventType.ESCALATED);
            assertThat(status.state()).isEqualTo(IncidentState.ESCALATED);
            assertThat(status.relapses()).isEqualTo(3);
            assertThat(third.transition().orElseThrow().reason()).endsWith(
                    "relapse 3 of 2; escalated: more relapses than max-relapses");
        }

        @Test
        void samplesFromBeforeTheIncidentWasOpenedNeverRelapse() {
            reported();

            Evaluation before = tick(time(12, 10), mail(OPENED.minus(MICRO), HIGH));
            assertThat(before.transition()).isEmpty();
            assertThat(status.cleanSince()).isEqualTo(REPORTED);

            Evaluation atOpening = tick(time(12, 30), mail(OPENED, HIGH));
            assertThat(event(atOpening)).isEqualTo(EventType.RELAPSED);
        }

        @Test
        void aRelapseAfterTheEndOfMonitoringAlsoEscalates() {
            reported();

            Evaluation evaluation = tick(UNTIL.plus(Duration.ofMinutes(5)),
                    mail(UNTIL.plus(Duration.ofMinutes(1)), HIGH));

            assertThat(event(evaluation)).isEqualTo(EventType.ESCALATED);
            assertThat(status.state()).isEqualTo(IncidentState.ESCALATED);
            assertThat(status.relapses()).isEqualTo(1);
            assertThat(status.stage()).isEqualTo(2);
            assertThat(evaluation.transition().orElseThrow().reason()).startsWith("relapse: ")
                    .endsWith("escalated: not clean enough to lift by 2026-11-29T00:00:00Z");
        }
    }

    @Nested
    class Restricted {

        @Test
        void aRestrictedIncidentNeedsACleanSampleBeforeAbuseCountsAsARelapse() {
            restricted();

            assertThat(tick(time(10, 30), mail(time(10, 21), HIGH)).transition()).isEmpty();
            assertThat(tick(time(10, 40), mail(time(10, 31), CLEAN)).transition()).isEmpty();
            Evaluation relapse = tick(time(10, 50), mail(time(10, 41), HIGH));

            assertThat(event(relapse)).isEqualTo(EventType.RELAPSED);
            assertThat(status.state()).isEqualTo(IncidentState.RESTRICTED);
            assertThat(status.stage()).isEqualTo(2);
            assertThat(status.relapses()).isEqualTo(1);
            assertThat(status.stageSince()).isEqualTo(time(10, 50));
            assertThat(status.cleanSince()).isNull();
        }

        @Test
        void aRestrictedIncidentNeverStepsDown() {
            restricted();

            Evaluation evaluation = tick(time(23, 0), clean(OPENED, time(23, 0)));

            assertThat(evaluation.transition()).isEmpty();
            assertThat(evaluation.changesStatus(IncidentStatus.opened(2, OPENED))).isFalse();
        }

        @Test
        void aRestrictedIncidentReportsMissingDataFromItsOpening() {
            restricted();

            assertThat(tick(time(11, 0).minus(MICRO)).notices()).isEmpty();
            assertThat(notices(tick(time(11, 0)))).containsExactly(EventType.NO_DATA);
        }
    }

    @Nested
    class GiveUp {

        @Test
        void escalatesOnlyAfterTheEndOfMonitoring() {
            reported();
            assertThat(tick(UNTIL).transition()).isEmpty();

            Evaluation evaluation = tick(UNTIL.plus(MICRO));

            assertThat(event(evaluation)).isEqualTo(EventType.ESCALATED);
            assertThat(status.state()).isEqualTo(IncidentState.ESCALATED);
            assertThat(status.stage()).isEqualTo(2);
            assertThat(evaluation.figures()).containsEntry("monitoringUntil", "2026-11-29T00:00:00Z");
        }

        @Test
        void aStepDownDueAfterTheEndOfMonitoringIsEscalatedInTheSameTick() {
            reported();
            tick(time(22, 10), concat(clean(REPORTED, time(22, 0)), List.of(mail(time(22, 0), DIRTY))));
            assertThat(status.cleanSince()).isEqualTo(time(22, 0).plus(MICRO));

            Evaluation evaluation = tick(UNTIL.plus(Duration.ofMinutes(5)), clean(time(22, 0), UNTIL));

            assertThat(event(evaluation)).isEqualTo(EventType.ESCALATED);
            assertThat(status.state()).isEqualTo(IncidentState.ESCALATED);
            assertThat(status.stage()).isEqualTo(1);
            assertThat(evaluation.transition().orElseThrow().reason()).startsWith("stepped down to stage 1")
                    .endsWith("escalated: not clean enough to lift by 2026-11-29T00:00:00Z");
        }

        @Test
        void aLiftDueAfterTheEndOfMonitoringStillLifts() {
            monitoringAt(1, time(22, 0));

            Evaluation evaluation = tick(UNTIL.plus(Duration.ofMinutes(5)), clean(time(22, 0), UNTIL));

            assertThat(event(evaluation)).isEqualTo(EventType.LIFTED);
            assertThat(status.state()).isEqualTo(IncidentState.LIFTED);
        }

        @Test
        void anEscalatedIncidentOnlyKeepsTrackOfItsSamples() {
            status = new IncidentStatus(IncidentState.ESCALATED, 2, 3, OPENED, REPORTED, REPORTED, UNTIL, REPORTED,
                    REPORTED, null);
            IncidentStatus before = status;
            tracks = tracks.armedForMonitoring(List.of(MAIL));

            Evaluation evaluation = tick(time(23, 0), mail(time(12, 30), DIRTY), mail(time(22, 51), HIGH));

            assertThat(evaluation)
                    .isEqualTo(new Evaluation(before, Optional.empty(), Map.of(), List.of(), evaluation.tracks()));
            assertThat(tracks.gate(MAIL).lastValue()).isEqualTo(HIGH);
            assertThat(tracks.gate(MAIL).lastAt()).isEqualTo(time(22, 51));
            assertThat(tracks.gate(MAIL).coverage().coverage(time(12, 30), time(12, 40))).isEqualTo(1.0);
        }

        @Test
        void aLiftedIncidentIsLeftAlone() {
            reported();
            IncidentStatus lifted = status.steppedDown(time(13, 0)).steppedDown(time(14, 0));
            status = lifted;
            Tracks untouched = tracks;

            Evaluation evaluation = tick(time(20, 0), mail(time(19, 0), HIGH));

            assertThat(evaluation).isEqualTo(new Evaluation(lifted, Optional.empty(), Map.of(), List.of(), untouched));
        }
    }

    @Nested
    class NoData {

        @Test
        void aSilentGateIsReportedOnceUntilDataReturns() {
            reported();
            assertThat(tick(time(12, 10), mail(time(12, 1), CLEAN)).notices()).isEmpty();
            assertThat(tick(time(13, 1).minus(MICRO)).notices()).isEmpty();

            Evaluation silent = tick(time(13, 1));
            assertThat(notices(silent)).containsExactly(EventType.NO_DATA);
            assertThat(silent.notices().get(0).figures()).containsEntry(MAIL + ".lastAt", "2026-11-28T12:01:00Z");
            assertThat(silent.notices().get(0).reason()).startsWith("no sample of mail_sent_per_hour for 1h");
            assertThat(tick(time(13, 10)).notices()).isEmpty();
            assertThat(tick(time(14, 0)).notices()).isEmpty();

            assertThat(tick(time(14, 10), mail(time(14, 5), CLEAN)).notices()).isEmpty();
            assertThat(tick(time(15, 5).minus(MICRO)).notices()).isEmpty();
            assertThat(notices(tick(time(15, 5)))).containsExactly(EventType.NO_DATA);
        }

        @Test
        void aGateThatNeverSentASampleIsSilentSinceTheOpening() {
            reported();

            Evaluation evaluation = tick(REPORTED);

            assertThat(notices(evaluation)).containsExactly(EventType.NO_DATA);
            assertThat(evaluation.notices().get(0).figures()).containsEntry(MAIL + ".lastAt", null);
            assertThat(tick(time(12, 10)).notices()).isEmpty();
        }

        @Test
        void onlyTheSilentGatesAreNamed() {
            policy = rules().gate(CPU_GATE).build();
            reported();
            tick(time(12, 10), mail(time(12, 1), CLEAN), new Observation(CPU, time(12, 1), 0.2));

            Evaluation evaluation = tick(time(13, 30), mail(time(13, 21), CLEAN));

            assertThat(evaluation.notices()).singleElement().satisfies(notice -> {
                assertThat(notice.type()).isEqualTo(EventType.NO_DATA);
                assertThat(notice.reason()).startsWith("no sample of cpu_load for 1h");
                assertThat(notice.figures()).containsOnlyKeys(CPU + ".lastAt");
            });
        }
    }

    @Nested
    class Purity {

        @Test
        void evaluationLeavesTheTracksItReadAsTheyWere() {
            reported();
            tick(time(12, 30), clean(time(12, 0), time(12, 25)));
            Tracks read = tracks;
            String stored = read.encode();
            Instant lastRead = read.gate(MAIL).lastAt();

            Evaluation evaluation = tick(time(15, 0), concat(clean(time(12, 30), time(14, 0)),
                    List.of(mail(time(14, 30), DIRTY))));

            assertThat(read.encode()).isEqualTo(stored);
            assertThat(evaluation.tracks()).isNotEqualTo(read);
            assertThat(evaluation.tracks().gate(MAIL).lastAt()).isEqualTo(time(14, 30));
            assertThat(read.gate(MAIL).lastAt()).isEqualTo(lastRead).isBefore(time(12, 30));
        }

        @Test
        void theSameInputGivesTheSameEvaluation() {
            reported();
            IncidentStatus before = status;
            Tracks read = tracks;
            List<Observation> arrived = concat(clean(time(12, 0), time(17, 0)), List.of(mail(time(17, 5), HIGH)));

            Evaluation first = Incident.from(before, read).observe(policy, arrived, time(17, 10));
            Evaluation second = Incident.from(before, read).observe(policy, arrived, time(17, 10));

            assertThat(second).isEqualTo(first);
        }
    }
}
