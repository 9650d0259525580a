package org.probation.evaluation.shadow.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Shadow runs: every read and write of {@link ShadowRunEntity} goes through here. */
@ApplicationScoped
public class ShadowRunRepository implements PanacheRepositoryBase<ShadowRunEntity, ShadowRunEntity.Key> {

    /** The runs of a batch of incidents, in one query. */
    public List<ShadowRunEntity> ofIncidents(Collection<UUID> incidentIds) {
        return list("incidentId in ?1", incidentIds);
    }

    /** One incident's runs, by policy name. */
    public List<ShadowRunEntity> ofIncident(UUID incidentId) {
        return list("incidentId", Sort.by("policy"), incidentId);
    }
}
