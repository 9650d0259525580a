package org.probation.incident.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.SecondaryRow;
import org.hibernate.type.SqlTypes;
import org.probation.incident.model.Cause;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.Tracks;
import org.probation.policy.model.Policy;

/**
 * One abuse case of one account, over three tables shaped for the tick's write pattern: {@code incident} (what the
 * case is and its {@link LifecycleColumns}, written on transitions and operator actions), {@code incident_engine}
 * (the cursor and tracks, rewritten on a tick that read something) and {@code incident_schedule} (the next
 * evaluation, moved by every claim). Hibernate writes only the tables whose columns changed,
 * and the engine's columns do not bump {@link #version}.
 */
@Entity
@Table(name = "incident")
@SecondaryTable(name = "incident_engine", pkJoinColumns = @PrimaryKeyJoinColumn(name = "incident_id"))
@SecondaryTable(name = "incident_schedule", pkJoinColumns = @PrimaryKeyJoinColumn(name = "incident_id"))
@SecondaryRow(table = "incident_engine", optional = false)
@SecondaryRow(table = "incident_schedule", optional = false)
public class IncidentEntity {

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

    @Column(name = "evidence_summary")
    public String evidenceSummary;

    /** A JSON array; {@code null} on incidents opened before evidence domains were recorded. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evidence_domains")
    public List<String> evidenceDomains;

    /** A JSON object of metric name to figure. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evidence_figures")
    public Map<String, Double> evidenceFigures;

    @Embedded
    public LifecycleColumns lifecycle = new LifecycleColumns();

    /**
     * When the engine should look at this incident next; {@code null} once closed. Also the claim's lease. In
     * {@code incident_schedule}: it moves on every tick, and only its narrow row is rewritten.
     */
    @OptimisticLock(excluded = true)
    @Column(table = "incident_schedule", name = "next_evaluation_at")
    public Instant nextEvaluationAt;

    /**
     * The arrival cursor: samples with a larger id have not been evaluated yet. In {@code incident_engine}, with
     * {@link #tracks}: the per-tick state, rewritten in a narrow row (HOT) while the lifecycle row stays untouched.
     */
    @OptimisticLock(excluded = true)
    @Column(table = "incident_engine", name = "last_sample_id", nullable = false)
    public long lastSampleId;

    /** The engine's memory of each gate, in {@code Tracks}' text form. */
    @OptimisticLock(excluded = true)
    @Column(table = "incident_engine")
    public String tracks;

    /**
     * Bumped by every write of {@link #tracks} and {@link #lastSampleId} (V16), always in SQL ({@code version + 1}):
     * the tick's quiet write checks it on the engine row itself, so a write that committed meanwhile is never
     * overwritten. Read-only here; a new row starts at the column's default.
     */
    @OptimisticLock(excluded = true)
    @Column(table = "incident_engine", name = "version", insertable = false, updatable = false)
    public long engineVersion;

    /**
     * The customer report (a {@code FORM}) that waits for an operator: the first of the round, kept until an operator
     * acts on the incident. {@code null} when none waits.
     */
    @Column(name = "report_to_review_id")
    public Long reportToReviewId;

    /** When {@link #reportToReviewId} arrived. */
    @Column(name = "report_to_review_at")
    public Instant reportToReviewAt;

    @Version
    public long version;

    public IncidentStatus status() {
        return lifecycle.status();
    }

    /** {@link #tracks} read back, on the policy's sample grid. */
    public Tracks decodedTracks(Policy policy) {
        return Tracks.decode(tracks, policy.sampleInterval());
    }

    public void apply(IncidentStatus status) {
        if (!lifecycle.holds(status)) {
            lifecycle = LifecycleColumns.of(status);
        }
        openAccountId = status.isOpen() ? account.id : null;
        if (!status.isOpen()) {
            nextEvaluationAt = null;
        }
    }
}
