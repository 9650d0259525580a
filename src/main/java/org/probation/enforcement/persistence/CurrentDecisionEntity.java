package org.probation.enforcement.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.probation.policy.ControlsView;

/** The latest decision of one account: one row per account, rewritten on each change. */
@Entity
@Table(name = "current_decision")
public class CurrentDecisionEntity {

    @Id
    @Column(name = "account_id")
    public String accountId;

    @Column(nullable = false)
    public long revision;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "stage_level")
    public Integer stageLevel;

    @Column(name = "stage_name")
    public String stageName;

    /** Only while active; {@code jsonb} on PostgreSQL, {@code JSON} on H2. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ControlsView controls;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
