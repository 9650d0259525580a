package org.probation.evaluation.shadow.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.incident.model.IncidentStatus;
import org.probation.incident.persistence.LifecycleColumns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Shadow runs: every read and write of {@link ShadowRunEntity} goes through here. */
@ApplicationScoped
public class ShadowRunRepository implements PanacheRepositoryBase<ShadowRunEntity, ShadowRunEntity.Key> {

    /** A shadow run as the tick reads it: lifecycle, the engine's memory and its own arrival cursor. */
    public record EngineRow(UUID incidentId, String policy, IncidentStatus status, String tracks, long cursor) {
    }

    /** The runs of a batch of incidents as plain rows, in one query: no entity is managed. */
    public List<EngineRow> engineRows(Collection<UUID> incidentIds) {
        return getEntityManager().createQuery("""
                select r.incidentId, r.policy, r.lifecycle, r.tracks, r.lastSampleId
                from ShadowRunEntity r where r.incidentId in :ids""", Object[].class).setParameter("ids", incidentIds)
                .getResultStream().map(row -> new EngineRow((UUID) row[0], (String) row[1],
                        ((LifecycleColumns) row[2]).status(), (String) row[3], (Long) row[4]))
                .toList();
    }

    /** One incident's runs, by policy name. */
    public List<ShadowRunEntity> ofIncident(UUID incidentId) {
        return list("incidentId", Sort.by("policy"), incidentId);
    }
}
