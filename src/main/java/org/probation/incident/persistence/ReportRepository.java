package org.probation.incident.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.incident.model.ReportChannel;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Customers' remediation reports, append-only. */
@ApplicationScoped
public class ReportRepository implements PanacheRepository<ReportEntity> {

    /** A report's columns, projected without managing the entity: reports are read, never changed. */
    @RegisterForReflection
    public record ReportRow(long id, ReportChannel channel, Map<String, Boolean> checklist, String message,
            String actor, Instant receivedAt) {
    }

    /** Every report of the incident, oldest first. */
    public List<ReportRow> ofIncident(UUID incidentId) {
        return find("incidentId", Sort.ascending("receivedAt").and("id"), incidentId).project(ReportRow.class).list();
    }
}
