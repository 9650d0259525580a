package org.probation.incident.persistence;

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

/** One append-only entry of an incident's timeline. Never updated: {@link Immutable}. */
@Entity
@Immutable
@Table(name = "incident_event")
public class EventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    public EventType type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** {@code system} or the operator's name. */
    @Column(nullable = false)
    public String actor;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public IncidentState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public IncidentState toState;

    @Column(name = "from_stage")
    public Integer fromStage;

    @Column(name = "to_stage")
    public Integer toStage;

    /** The figures that caused the event, as a JSON object; {@code null} when there were none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> figures;
}
