package org.probation.incident.model;

import java.time.Instant;

/**
 * The lifecycle part of an incident as flat columns: the projection persistence and the views read and write. The
 * rules work on an {@link Incident}, whose {@link Phase} says which of these fields each state has; {@link Phase#of}
 * checks a status read back.
 *
 * @param stage the current stage level, {@code 0} once lifted
 * @param monitoringSince when the first accepted report started monitoring; {@code null} before
 * @param monitoringUntil when monitoring gives up (escalates) unless lifted; moved by {@code EXTEND}
 * @param cleanSince start of the current clean window; {@code null} while not monitoring
 * @param round the current report round: when the customer was last asked to act, its reminder and its report
 */
public record IncidentStatus(IncidentState state, int stage, int relapses, Instant openedAt, Instant reportedAt,
        Instant monitoringSince, Instant monitoringUntil, Instant stageSince, Instant cleanSince, Instant closedAt,
        ReportRound round) {

    public IncidentStatus {
        if (round == null) {
            throw new IllegalArgumentException("an incident has a report round");
        }
    }

    /** A status with the one round an incident stored before rounds existed has (see {@link ReportRound#since}). */
    public IncidentStatus(IncidentState state, int stage, int relapses, Instant openedAt, Instant reportedAt,
            Instant monitoringSince, Instant monitoringUntil, Instant stageSince, Instant cleanSince,
            Instant closedAt) {
        this(state, stage, relapses, openedAt, reportedAt, monitoringSince, monitoringUntil, stageSince, cleanSince,
                closedAt, ReportRound.since(openedAt, reportedAt));
    }

    /** A new incident: restricted at the top stage at once, the restriction notice asking for the first report. */
    public static IncidentStatus opened(int topLevel, Instant now) {
        return new IncidentStatus(IncidentState.RESTRICTED, topLevel, 0, now, null, null, null, now, null, null,
                ReportRound.requested(now));
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    public boolean isMonitoringStarted() {
        return monitoringSince != null;
    }

    IncidentStatus withState(IncidentState newState) {
        return new IncidentStatus(newState, stage, relapses, openedAt, reportedAt, monitoringSince, monitoringUntil,
                stageSince, cleanSince, closedAt, round);
    }

    /** At {@code level} from {@code now}, with a clean window that restarts now if monitoring has started. */
    IncidentStatus atStage(int level, Instant now) {
        return new IncidentStatus(state, level, relapses, openedAt, reportedAt, monitoringSince, monitoringUntil,
                level == stage ? stageSince : now, isMonitoringStarted() ? now : null, closedAt, round);
    }

    IncidentStatus closed(Instant now) {
        return new IncidentStatus(IncidentState.LIFTED, 0, relapses, openedAt, reportedAt, monitoringSince,
                monitoringUntil, now, null, now, round);
    }

    IncidentStatus withMonitoringUntil(Instant until) {
        return new IncidentStatus(state, stage, relapses, openedAt, reportedAt, monitoringSince, until, stageSince,
                cleanSince, closedAt, round);
    }

    /** A report: the round's first one answers the round; the incident's first one starts monitoring. */
    IncidentStatus reported(Instant now, Instant until) {
        Instant firstReport = reportedAt != null ? reportedAt : now;
        ReportRound answered = round.answered(now);
        if (isMonitoringStarted()) {
            return new IncidentStatus(state, stage, relapses, openedAt, firstReport, monitoringSince, monitoringUntil,
                    stageSince, cleanSince, closedAt, answered);
        }
        return new IncidentStatus(state == IncidentState.RESTRICTED ? IncidentState.MONITORING : state, stage,
                relapses, openedAt, firstReport, now, until, stageSince, now, closedAt, answered);
    }

    /**
     * Monitoring from {@code now} until {@code until} on the report received at {@code report}, with a clean window
     * from now: an incident reported while escalated, handed back to the rules.
     */
    IncidentStatus monitoringStarted(Instant report, Instant now, Instant until) {
        return new IncidentStatus(IncidentState.MONITORING, stage, relapses, openedAt, report, now, until, stageSince,
                now, closedAt, round);
    }

    /** The round answered by a report at {@code now}, nothing else changed. */
    IncidentStatus withRoundAnswered(Instant now) {
        return withRound(round.answered(now));
    }

    /** A relapse: one more relapse, at {@code level} from now, with the clean window restarting now. */
    IncidentStatus relapsed(int level, IncidentState newState, Instant now) {
        return new IncidentStatus(newState, level, relapses + 1, openedAt, reportedAt, monitoringSince,
                monitoringUntil, now, isMonitoringStarted() ? now : null, closedAt, round);
    }

    /** One stage down from now with a new clean window; below stage 1 the incident is lifted. */
    IncidentStatus steppedDown(Instant now) {
        return stage <= 1 ? closed(now) : atStage(stage - 1, now);
    }

    IncidentStatus escalated() {
        return withState(IncidentState.ESCALATED);
    }

    /** The clean window restarts at {@code instant} (a dirty sample was seen just before it). */
    IncidentStatus withCleanSince(Instant instant) {
        return new IncidentStatus(state, stage, relapses, openedAt, reportedAt, monitoringSince, monitoringUntil,
                stageSince, instant, closedAt, round);
    }

    /** A new report round from {@code now}: the customer was asked to act again. */
    IncidentStatus askedForReport(Instant now) {
        return withRound(ReportRound.requested(now));
    }

    /**
     * This status as {@code before} moved to it by {@code event}: with a new round from {@code now} when the event
     * asks the customer to act again ({@link ReportRound#asksAgain}).
     */
    IncidentStatus roundAfter(IncidentStatus before, EventType event, Instant now) {
        return before != null && ReportRound.asksAgain(event, before.stage(), stage) ? askedForReport(now) : this;
    }

    /** The round's reminder went out at {@code now}. */
    IncidentStatus reminded(Instant now) {
        return withRound(round.remindedAt(now));
    }

    private IncidentStatus withRound(ReportRound newRound) {
        return new IncidentStatus(state, stage, relapses, openedAt, reportedAt, monitoringSince, monitoringUntil,
                stageSince, cleanSince, closedAt, newRound);
    }
}
