package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report rounds: the service asks the customer to act when it opens the incident and on every re-restriction; each
 * round takes one report and reminds the customer once after {@code report-reminder-after}; an incident without any
 * report is escalated {@code report-deadline} after it was asked.
 */
class ReportRoundTest {

    private static final Instant OPENED = Instant.parse("2026-11-28T10:00:00Z");
    private static final Duration REMINDER = Duration.ofDays(3);
    private static final Duration DEADLINE = Duration.ofDays(7);
    private static final String MAIL = "mail_sent_per_hour";

    private final Policy policy = TestPolicies.policy().reportReminderAfter(REMINDER).reportDeadline(DEADLINE).build();
    private final Policy withoutRounds = TestPolicies.policy().build();

    private Incident opened() {
        return Incident.open(policy, "opened", OPENED).incident();
    }

    private Incident reported(Incident incident, Instant at) {
        return incident.report(policy, at).orElseThrow(IllegalStateException::new).incident();
    }

    private Incident act(Incident incident, ActionType type, Instant at) {
        return incident.act(new OperatorAction(type, OptionalInt.empty(), Optional.empty(), "operator"), policy, at)
                .orElseThrow(IllegalStateException::new).incident();
    }

    private Incident restrictTo(Incident incident, int stage, Instant at) {
        return incident.act(new OperatorAction(ActionType.RESTRICT, OptionalInt.of(stage), Optional.empty(), "again"),
                policy, at).orElseThrow(IllegalStateException::new).incident();
    }

    private static List<EventType> entries(Evaluation evaluation) {
        return evaluation.entries().stream().map(Evaluation.Notice::type).toList();
    }

    /** Monitored since {@code at}, then a relapse sample 900 > 500 an hour later. */
    private Evaluation relapseAfterReport(Incident incident, Instant at) {
        Incident armed = incident.observe(policy, List.of(), at).incident();
        Instant relapse = at.plus(Duration.ofHours(1));
        return armed.observe(policy, List.of(new Observation(MAIL, relapse, 900)), relapse);
    }

    @Nested
    class Rounds {

        @Test
        void theOpeningAsksForTheFirstReport() {
            ReportRound round = opened().status().round();

            assertThat(round.requestedAt()).isEqualTo(OPENED);
            assertThat(round.answered()).isFalse();
            assertThat(round.reminded()).isFalse();
        }

        @Test
        void theFirstReportOfARoundAnswersItAndALaterOneChangesNothing() {
            Instant first = OPENED.plus(Duration.ofHours(2));
            Incident once = reported(opened(), first);
            Incident twice = reported(once, first.plus(Duration.ofHours(1)));

            assertThat(once.status().round().reportedAt()).isEqualTo(first);
            assertThat(twice.status()).isEqualTo(once.status());
        }

        @Test
        void aRelapseOpensANewRoundAndItsReportDoesNotRestartMonitoring() {
            Instant reportedAt = OPENED.plus(Duration.ofHours(2));
            Evaluation relapse = relapseAfterReport(reported(opened(), reportedAt), reportedAt);
            assertThat(relapse.transition().orElseThrow().event()).isEqualTo(EventType.RELAPSED);
            Instant relapsedAt = relapse.transition().get().at();
            assertThat(relapse.status().round()).isEqualTo(ReportRound.requested(relapsedAt));

            Instant second = relapsedAt.plus(Duration.ofHours(5));
            Decision.Accepted report = relapse.incident().report(policy, second)
                    .orElseThrow(IllegalStateException::new);

            assertThat(report.transition().event()).isEqualTo(EventType.REPORT_RECEIVED);
            assertThat(report.incident().status().round().reportedAt()).isEqualTo(second);
            assertThat(report.incident().status().monitoringSince()).isEqualTo(reportedAt);
            assertThat(report.incident().status().reportedAt()).isEqualTo(reportedAt);
        }

        @Test
        void aRelapseThatEscalatesAtTheTopStageAsksAgainToo() {
            Policy strict = TestPolicies.policy().maxRelapses(0).reportReminderAfter(REMINDER).build();
            Instant reportedAt = OPENED.plus(Duration.ofHours(2));
            Incident monitored = Incident.open(strict, "opened", OPENED).incident().report(strict, reportedAt)
                    .orElseThrow(IllegalStateException::new).incident().observe(strict, List.of(), reportedAt)
                    .incident();
            Instant relapse = reportedAt.plus(Duration.ofHours(1));

            Evaluation escalated = monitored.observe(strict, List.of(new Observation(MAIL, relapse, 900)), relapse);

            assertThat(escalated.transition().orElseThrow().event()).isEqualTo(EventType.ESCALATED);
            assertThat(escalated.status().stage()).isEqualTo(monitored.status().stage());
            assertThat(escalated.status().round()).isEqualTo(ReportRound.requested(relapse));
        }

        @Test
        void aRestrictToAStricterStageAsksAgainAndAMilderOneDoesNot() {
            Instant reportedAt = OPENED.plus(Duration.ofHours(2));
            Incident stageOne = restrictTo(reported(opened(), reportedAt), 1, reportedAt.plus(Duration.ofDays(1)));
            assertThat(stageOne.status().round().requestedAt()).isEqualTo(OPENED);

            Instant again = reportedAt.plus(Duration.ofDays(2));
            Incident top = restrictTo(stageOne, 2, again);

            assertThat(top.status().round()).isEqualTo(ReportRound.requested(again));
        }

        @Test
        void aStatusStoredBeforeRoundsHasOneRoundSinceTheOpeningAnsweredByTheFirstReport() {
            Instant reportedAt = OPENED.plus(Duration.ofHours(2));
            IncidentStatus stored = new IncidentStatus(IncidentState.MONITORING, 2, 0, OPENED, reportedAt, reportedAt,
                    reportedAt.plus(DEADLINE), reportedAt, reportedAt, null);

            assertThat(stored.round()).isEqualTo(new ReportRound(OPENED, null, reportedAt));
            assertThat(Incident.from(stored, Tracks.empty(policy.sampleInterval())).status()).isEqualTo(stored);
        }
    }

    @Nested
    class Reminder {

        @Test
        void aRoundWithoutAReportIsRemindedOnceAfterReportReminderAfter() {
            Incident incident = opened();
            Evaluation early = incident.observe(policy, List.of(), OPENED.plus(REMINDER).minusSeconds(1));
            assertThat(entries(early)).doesNotContain(EventType.REPORT_REMINDED);

            Instant due = OPENED.plus(REMINDER);
            Evaluation reminder = incident.observe(policy, List.of(), due);
            assertThat(entries(reminder)).contains(EventType.REPORT_REMINDED);
            assertThat(reminder.notices().stream().filter(n -> n.type() == EventType.REPORT_REMINDED).findFirst()
                    .orElseThrow().reason()).contains("no report 3d after the request at " + OPENED);
            assertThat(reminder.status().round().remindedAt()).isEqualTo(due);
            assertThat(reminder.status().state()).isEqualTo(IncidentState.RESTRICTED);

            Evaluation later = reminder.incident().observe(policy, List.of(), due.plus(Duration.ofDays(1)));
            assertThat(entries(later)).doesNotContain(EventType.REPORT_REMINDED);
        }

        @Test
        void aReportedRoundIsNotReminded() {
            Incident incident = reported(opened(), OPENED.plus(Duration.ofDays(1)));

            Evaluation tick = incident.observe(policy, List.of(), OPENED.plus(REMINDER).plus(Duration.ofHours(1)));

            assertThat(entries(tick)).doesNotContain(EventType.REPORT_REMINDED);
        }

        @Test
        void theRoundARelapseOpensGetsItsOwnReminder() {
            Instant reportedAt = OPENED.plus(Duration.ofHours(2));
            Incident relapsed = relapseAfterReport(reported(opened(), reportedAt), reportedAt).incident();
            Instant relapsedAt = relapsed.status().round().requestedAt();

            Evaluation before = relapsed.observe(policy, List.of(), relapsedAt.plus(REMINDER).minusSeconds(1));
            Evaluation due = relapsed.observe(policy, List.of(), relapsedAt.plus(REMINDER));

            assertThat(entries(before)).doesNotContain(EventType.REPORT_REMINDED);
            assertThat(entries(due)).contains(EventType.REPORT_REMINDED);
            assertThat(due.status().state()).isEqualTo(IncidentState.MONITORING);
        }

        @Test
        void aReminderDueAtTheStepDownGoesOutWithIt() {
            Policy sameTick = TestPolicies.policy().noGates().gate(new Gate(MAIL, 100, 500))
                    .reportReminderAfter(Duration.ofHours(48)).build();
            Instant reportedAt = OPENED.plus(Duration.ofHours(2));
            Incident armed = Incident.open(sameTick, "opened", OPENED).incident().report(sameTick, reportedAt)
                    .orElseThrow(IllegalStateException::new).incident().observe(sameTick, List.of(), reportedAt)
                    .incident();
            Instant relapse = reportedAt.plus(Duration.ofHours(1));
            Incident relapsed = armed
                    .observe(sameTick, List.of(new Observation(MAIL, relapse.minusSeconds(60), 900)), relapse)
                    .incident();
            Instant due = relapse.plus(Duration.ofHours(48));
            List<Observation> clean = new ArrayList<>();
            for (Instant at = relapse.plusSeconds(60); at.isBefore(due); at = at.plus(Duration.ofMinutes(5))) {
                clean.add(new Observation(MAIL, at, 10));
            }

            Evaluation both = relapsed.observe(sameTick, clean, due);

            assertThat(entries(both)).containsExactly(EventType.REPORT_REMINDED, EventType.STEPPED_DOWN);
            assertThat(both.status().round().remindedAt()).isEqualTo(due);
        }

        @Test
        void aReminderDueWhenMonitoringGivesUpGoesOutWithTheEscalation() {
            Policy sameTick = TestPolicies.policy().noGates().gate(new Gate(MAIL, 100, 500))
                    .reportReminderAfter(Duration.ofDays(7)).build();
            Instant reportedAt = OPENED.plus(Duration.ofHours(2));
            Incident armed = Incident.open(sameTick, "opened", OPENED).incident().report(sameTick, reportedAt)
                    .orElseThrow(IllegalStateException::new).incident().observe(sameTick, List.of(), reportedAt)
                    .incident();
            Incident relapsed = armed.observe(sameTick, List.of(new Observation(MAIL, reportedAt, 900)), reportedAt)
                    .incident();
            Instant late = reportedAt.plus(Duration.ofDays(7)).plusSeconds(1);

            Evaluation both = relapsed.observe(sameTick, List.of(), late);

            assertThat(entries(both)).containsExactly(EventType.REPORT_REMINDED, EventType.ESCALATED);
            assertThat(both.status().round().remindedAt()).isEqualTo(late);
        }

        @Test
        void aPolicyWithoutTheKeysNeverReminds() {
            Incident incident = Incident.open(withoutRounds, "opened", OPENED).incident();

            Evaluation tick = incident.observe(withoutRounds, List.of(), OPENED.plus(Duration.ofDays(30)));

            assertThat(entries(tick)).doesNotContain(EventType.REPORT_REMINDED, EventType.ESCALATED);
        }
    }

    @Nested
    class Deadline {

        @Test
        void anIncidentWithoutAnyReportIsEscalatedAtTheDeadline() {
            Incident incident = opened();
            Evaluation early = incident.observe(policy, List.of(), OPENED.plus(DEADLINE).minusSeconds(1));
            assertThat(early.transition()).isEmpty();

            Evaluation late = incident.observe(policy, List.of(), OPENED.plus(DEADLINE));

            Transition escalated = late.transition().orElseThrow();
            assertThat(escalated.event()).isEqualTo(EventType.ESCALATED);
            assertThat(escalated.reason()).startsWith("escalated: no report by " + OPENED.plus(DEADLINE));
            assertThat(late.status().state()).isEqualTo(IncidentState.ESCALATED);
            assertThat(late.status().stage()).isEqualTo(policy.topLevel());
            assertThat(late.figures()).containsEntry("reportDeadline", OPENED.plus(DEADLINE).toString());
        }

        @Test
        void aReportedIncidentHasNoReportDeadline() {
            Incident incident = reported(opened(), OPENED.plus(Duration.ofDays(6)));

            Evaluation tick = incident.observe(policy, List.of(), OPENED.plus(DEADLINE).plus(Duration.ofHours(1)));

            assertThat(tick.transition()).isEmpty();
        }

        @Test
        void aLateReportOnTheEscalatedIncidentWaitsForTheOperatorWhoseResumeStartsMonitoring() {
            Instant late = OPENED.plus(DEADLINE);
            Incident escalated = opened().observe(policy, List.of(), late).incident();
            Instant reportedAt = late.plus(Duration.ofHours(1));

            Decision.Accepted report = escalated.report(policy, reportedAt).orElseThrow(IllegalStateException::new);

            assertThat(report.transition().event()).isEqualTo(EventType.REPORT_RECEIVED);
            assertThat(report.incident().status().state()).isEqualTo(IncidentState.ESCALATED);
            assertThat(report.incident().isMonitoringStarted()).isFalse();
            assertThat(report.incident().observe(policy, List.of(), reportedAt.plus(Duration.ofDays(3))).entries())
                    .isEmpty();

            Instant resumedAt = reportedAt.plus(Duration.ofHours(2));
            Incident resumed = act(report.incident(), ActionType.RESUME, resumedAt);

            assertThat(resumed.status().state()).isEqualTo(IncidentState.MONITORING);
            assertThat(resumed.status().monitoringSince()).isEqualTo(resumedAt);
            assertThat(resumed.status().monitoringUntil()).isEqualTo(resumedAt.plus(policy.maxMonitoring()));
            assertThat(resumed.status().round().reportedAt()).isEqualTo(reportedAt);
            assertThat(resumed.observe(policy, List.of(), resumedAt.plus(Duration.ofDays(4))).transition()).isEmpty();
        }

        @Test
        void anOperatorWhoHandsItBackGivesTheCustomerANewRound() {
            Instant late = OPENED.plus(DEADLINE);
            Incident escalated = opened().observe(policy, List.of(), late).incident();
            Instant resumedAt = late.plus(Duration.ofHours(1));

            Incident resumed = act(escalated, ActionType.RESUME, resumedAt);

            assertThat(resumed.status().state()).isEqualTo(IncidentState.RESTRICTED);
            assertThat(resumed.status().round()).isEqualTo(ReportRound.requested(resumedAt));
            assertThat(resumed.observe(policy, List.of(), resumedAt.plus(Duration.ofMinutes(5))).transition())
                    .isEmpty();
        }
    }
}
