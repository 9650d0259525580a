package org.probation.enforcement.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One decision in the append-only history. */
@Entity
@Immutable
@Table(name = "decision")
public class DecisionEntity {

    @Id
    public long revision;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "stage_level")
    public Integer stageLevel;

    @Column(name = "stage_name")
    public String stageName;

    /** JSON object, see {@link ControlsView}. */
    public String controls;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
