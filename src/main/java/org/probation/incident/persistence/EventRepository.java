package org.probation.incident.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Incidents' timelines, append-only. */
@ApplicationScoped
public class EventRepository implements PanacheRepository<EventEntity> {

    /** An incident's timeline, oldest first. */
    public List<EventEntity> timeline(UUID incidentId) {
        return list("incidentId", Sort.by("id"), incidentId);
    }

    /** An incident's newest timeline entry, without reading the rest of the timeline; empty when it has none. */
    public Optional<EventEntity> newest(UUID incidentId) {
        return find("incidentId", Sort.descending("id"), incidentId).firstResultOptional();
    }
}
