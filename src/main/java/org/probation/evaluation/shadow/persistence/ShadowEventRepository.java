package org.probation.evaluation.shadow.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** The shadow policies' would-be timelines: every read and write of {@link ShadowEventEntity} goes through here. */
@ApplicationScoped
public class ShadowEventRepository implements PanacheRepository<ShadowEventEntity> {

    /** One incident's shadow events of every policy, in the order they were written. */
    public List<ShadowEventEntity> ofIncident(UUID incidentId) {
        return list("incidentId", Sort.by("id"), incidentId);
    }
}
