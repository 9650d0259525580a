package org.probation.evaluation.shadow.persistence;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

import org.hibernate.annotations.SecondaryRow;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.persistence.LifecycleColumns;

/**
 * Where a shadow policy would have an incident now ({@code shadow_run}, written on its transitions), with its own
 * arrival cursor and engine memory ({@code shadow_run_engine}, rewritten on every tick): Hibernate updates only the
 * table whose columns changed.
 */
@Entity
@Table(name = "shadow_run")
@SecondaryTable(name = "shadow_run_engine", pkJoinColumns = {
        @PrimaryKeyJoinColumn(name = "incident_id", referencedColumnName = "incident_id"),
        @PrimaryKeyJoinColumn(name = "policy", referencedColumnName = "policy") })
@SecondaryRow(table = "shadow_run_engine", optional = false)
@IdClass(ShadowRunEntity.Key.class)
public class ShadowRunEntity {

    @Id
    @Column(name = "incident_id")
    public UUID incidentId;

    @Id
    public String policy;

    @Embedded
    public LifecycleColumns lifecycle = new LifecycleColumns();

    /** The run's own arrival cursor; in {@code shadow_run_engine} with {@link #tracks}, rewritten on every tick. */
    @Column(table = "shadow_run_engine", name = "last_sample_id", nullable = false)
    public long lastSampleId;

    @Column(table = "shadow_run_engine")
    public String tracks;

    public IncidentStatus status() {
        return lifecycle.status();
    }

    public void apply(IncidentStatus status) {
        if (!lifecycle.holds(status)) {
            lifecycle = LifecycleColumns.of(status);
        }
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
