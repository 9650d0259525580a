package org.probation.evaluation.shadow;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.probation.incident.model.IncidentState;
import org.probation.incident.model.IncidentStatus;

/** Where a shadow policy would have an incident now, with its own arrival cursor and engine memory. */
@Entity
@Table(name = "shadow_run")
@IdClass(ShadowRunEntity.Key.class)
public class ShadowRunEntity {

    @Id
    @Column(name = "incident_id")
    public UUID incidentId;

    @Id
    public String policy;

    @Enumerated(EnumType.STRING)
    public IncidentState state;

    @Column(name = "stage_level")
    public int stage;

    public int relapses;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "monitoring_since")
    public Instant monitoringSince;

    @Column(name = "monitoring_until")
    public Instant monitoringUntil;

    @Column(name = "stage_since")
    public Instant stageSince;

    @Column(name = "clean_since")
    public Instant cleanSince;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "last_sample_id")
    public long lastSampleId;

    public String tracks;

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
    }

    public static class Key implements Serializable {
        public UUID incidentId;
        public String policy;

        public Key() {
        }

        public Key(UUID incidentId, String policy) {
            this.incidentId = incidentId;
            this.policy = policy;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(incidentId, key.incidentId)
                    && Objects.equals(policy, key.policy);
        }

        @Override
        public int hashCode() {
            return Objects.hash(incidentId, policy);
        }
    }
}
