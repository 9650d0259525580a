package org.probation.incident.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.probation.incident.model.Cause;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.IncidentStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One abuse case of one account. The lifecycle columns are read and written as one {@link IncidentStatus}. */
@Entity
@Table(name = "incident")
public class IncidentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    public AccountEntity account;

    /**
     * The account id while the incident is open, {@code null} once closed. A unique constraint on it keeps at most one
     * open incident per account, even when two requests race (and works on H2, which has no partial indexes).
     */
    @Column(name = "open_account_id")
    public String openAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cause cause;

    @Column(nullable = false)
    public String policy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentState state;

    @Column(name = "stage_level", nullable = false)
    public int stage;

    @Column(nullable = false)
    public int relapses;

    @Column(name = "evidence_summary")
    public String evidenceSummary;

    /** JSON array. */
    @Column(name = "evidence_domains")
    public String evidenceDomains;

    /** JSON object of metric name to figure. */
    @Column(name = "evidence_figures")
    public String evidenceFigures;

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

    /** When the engine should look at this incident next; {@code null} once closed. Also the claim's lease. */
    @Column(name = "next_evaluation_at")
    public Instant nextEvaluationAt;

    /** The arrival cursor: samples with a larger id have not been evaluated yet. */
    @Column(name = "last_sample_id", nullable = false)
    public long lastSampleId;

    /** The engine's memory of each gate, in {@code Tracks}' text form. */
    public String tracks;

    @Version
    public long version;

    public IncidentStatus status() {
        return new IncidentStatus(state, stage, relapses, openedAt, reportedAt, monitoringSince, monitoringUntil,
                stageSince, cleanSince, closedAt);
    }

    public void apply(IncidentStatus status) {
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
        openAccountId = status.isOpen() ? account.id : null;
        if (!status.isOpen()) {
            nextEvaluationAt = null;
        }
    }
}
