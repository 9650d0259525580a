package org.probation.incident.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.probation.incident.model.IncidentState;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.ReportRound;

/**
 * The lifecycle columns an incident and a shadow run share, read and written as one {@link IncidentStatus}. They
 * change only on a transition or a moved clean window, never on a quiet tick: the engine's memory lives elsewhere.
 */
@Embeddable
public class LifecycleColumns {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentState state;

    @Column(name = "stage_level", nullable = false)
    public int stage;

    @Column(nullable = false)
    public int relapses;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "monitoring_since")
    public Instant monitoringSince;

    @Column(name = "monitoring_until")
    public Instant monitoringUntil;

    @Column(name = "stage_since", nullable = false)
    public Instant stageSince;

    @Column(name = "clean_since")
    public Instant cleanSince;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The start of the current report round: when the customer was last asked to act. */
    @Column(name = "report_requested_at", nullable = false)
    public Instant reportRequestedAt;

    /** When the round's reminder went out; {@code null} until then. */
    @Column(name = "report_reminded_at")
    public Instant reportRemindedAt;

    /** The round's first report; {@code null} while the round waits for one. */
    @Column(name = "round_reported_at")
    public Instant roundReportedAt;

    public IncidentStatus status() {
        return new IncidentStatus(state, stage, relapses, openedAt, reportedAt, monitoringSince, monitoringUntil,
                stageSince, cleanSince, closedAt, new ReportRound(reportRequestedAt, reportRemindedAt, roundReportedAt));
    }

    /** Whether these columns hold {@code status}; columns never written (a new row) hold none. */
    public boolean holds(IncidentStatus status) {
        return state != null && status.equals(status());
    }

    /**
     * The columns holding {@code status}. An owner replaces its whole embedded value rather than setting fields in
     * place, so that the change is seen by Hibernate's dirty tracking (and an unchanged status writes nothing).
     */
    public static LifecycleColumns of(IncidentStatus status) {
        LifecycleColumns columns = new LifecycleColumns();
        columns.set(status);
        return columns;
    }

    private void set(IncidentStatus status) {
        state = status.state();
        stage = status.stage();
        relapses = status.relapses();
        openedAt = status.openedAt();
        reportedAt = status.reportedAt();
        monitoringSince = status.monitoringSince();
        monitoringUntil = status.monitoringUntil();
        stageSince = status.stageSince();
        cleanSince = status.cleanSince();
        closedAt = status.closedAt();
        reportRequestedAt = status.round().requestedAt();
        reportRemindedAt = status.round().remindedAt();
        roundReportedAt = status.round().reportedAt();
    }
}
