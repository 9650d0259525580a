package org.probation.evaluation.shadow.persistence;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;

/** One entry of a shadow policy's would-be timeline. */
@Entity
@Immutable
@Table(name = "shadow_event")
public class ShadowEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_id")
    public UUID incidentId;

    public String policy;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    public EventType type;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String reason;

    @Enumerated(EnumType.STRING)
    public IncidentState state;

    @Column(name = "stage_level")
    public int stage;

    public int relapses;

    /** As {@code EventEntity.figures}: a JSON object, {@code null} when there were none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> figures;
}
