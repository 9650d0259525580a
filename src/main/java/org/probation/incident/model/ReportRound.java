package org.probation.incident.model;

import java.time.Instant;

/**
 * The current report round: the service asked the customer to act (the restriction notice, or a re-restriction whose
 * mail asks again) at {@code requestedAt}, and the round's first report is the one the desk reads. A new round opens
 * on every such request; a round takes one report through the customer's page and reminds the customer once.
 *
 * @param requestedAt when the service last asked the customer to act: the start of the round
 * @param remindedAt when the round's reminder went out; {@code null} until then
 * @param reportedAt the round's first report; {@code null} while the round waits for one
 */
public record ReportRound(Instant requestedAt, Instant remindedAt, Instant reportedAt) {

    public ReportRound {
        if (requestedAt == null) {
            throw new IllegalArgumentException("a report round starts when the customer was asked to act");
        }
    }

    /** A round that starts now and waits for its report. */
    public static ReportRound requested(Instant now) {
        return new ReportRound(now, null, null);
    }

    /**
     * The round of an incident stored before rounds existed (what migration V10 fills in): one round since the
     * opening, answered by the first report if there was one.
     */
    public static ReportRound since(Instant openedAt, Instant firstReport) {
        return new ReportRound(openedAt, null, firstReport);
    }

    /** Whether the round has its report: the customer's page then shows the status, not the form. */
    public boolean answered() {
        return reportedAt != null;
    }

    public boolean reminded() {
        return remindedAt != null;
    }

    /** The round with its first report at {@code now}; a later report changes nothing. */
    ReportRound answered(Instant now) {
        return answered() ? this : new ReportRound(requestedAt, remindedAt, now);
    }

    ReportRound remindedAt(Instant now) {
        return new ReportRound(requestedAt, now, reportedAt);
    }

    /**
     * Whether a transition asks the customer to act again, and so opens a new round: every relapse, and an operator's
     * {@code RESTRICT} or an escalation that moves the incident to a stricter stage (the evaluator opens one for every
     * relapse that escalates, too). These are the transitions whose customer mail is the re-restriction notice, which
     * asks for a report again.
     */
    public static boolean asksAgain(EventType event, int fromStage, int toStage) {
        return switch (event) {
            case RELAPSED -> true;
            case RESTRICTED, ESCALATED -> toStage > fromStage;
            default -> false;
        };
    }
}
