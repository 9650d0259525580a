package org.probation.evaluation.shadow.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;
import org.probation.claim.SqlDialect;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.ReportRound;
import org.probation.incident.persistence.LifecycleColumns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Shadow runs: every read and write of {@link ShadowRunEntity} goes through here. */
@ApplicationScoped
public class ShadowRunRepository implements PanacheRepositoryBase<ShadowRunEntity, ShadowRunEntity.Key> {

    /** A shadow run as the tick reads it: lifecycle, the engine's memory and its own arrival cursor. */
    public record EngineRow(UUID incidentId, String policy, IncidentStatus status, String tracks, long cursor) {
    }

    /**
     * PostgreSQL: per incident of the batch, its runs and their engine rows, each table by its primary key. As a plain
     * join the planner hashed the whole of {@code shadow_run_engine} for every batch whenever its statistics were older
     * than the runs the first tick had started (671 rows estimated, 111 000 present at 100 000 incidents). Both tables
     * are bound to the outer id and {@code OFFSET 0} keeps the subquery per incident, whatever the statistics say.
     */
    private static final String ENGINE_ROWS = """
            SELECT r.incident_id, r.policy, r.state, r.stage_level, r.relapses, r.opened_at, r.reported_at,
                   r.monitoring_since, r.monitoring_until, r.stage_since, r.clean_since, r.closed_at,
                   r.report_requested_at, r.report_reminded_at, r.round_reported_at, r.tracks, r.last_sample_id
            FROM unnest(?) AS b(id)
            CROSS JOIN LATERAL (
                SELECT w.*, e.tracks, e.last_sample_id FROM shadow_run w, shadow_run_engine e
                WHERE w.incident_id = b.id AND e.incident_id = b.id AND e.policy = w.policy
                OFFSET 0) r""";

    private final SqlDialect dialect;

    ShadowRunRepository(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** The runs of a batch of incidents as plain rows, in one query: no entity is managed. */
    public List<EngineRow> engineRows(Collection<UUID> incidentIds) {
        if (incidentIds.isEmpty()) {
            return List.of();
        }
        if (dialect.isPostgres()) {
            return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement query = connection.prepareStatement(ENGINE_ROWS)) {
                    query.setArray(1, connection.createArrayOf("uuid", incidentIds.toArray()));
                    List<EngineRow> rows = new ArrayList<>();
                    try (ResultSet row = query.executeQuery()) {
                        while (row.next()) {
                            IncidentStatus status = new IncidentStatus(IncidentState.valueOf(row.getString(3)),
                                    row.getInt(4), row.getInt(5), instant(row, 6), instant(row, 7), instant(row, 8),
                                    instant(row, 9), instant(row, 10), instant(row, 11), instant(row, 12),
                                    new ReportRound(instant(row, 13), instant(row, 14), instant(row, 15)));
                            rows.add(new EngineRow(row.getObject(1, UUID.class), row.getString(2), status,
                                    row.getString(16), row.getLong(17)));
                        }
                    }
                    return rows;
                }
            });
        }
        return getEntityManager().createQuery("""
                select r.incidentId, r.policy, r.lifecycle, r.tracks, r.lastSampleId
                from ShadowRunEntity r where r.incidentId in :ids""", Object[].class).setParameter("ids", incidentIds)
                .getResultStream().map(row -> new EngineRow((UUID) row[0], (String) row[1],
                        ((LifecycleColumns) row[2]).status(), (String) row[3], (Long) row[4]))
                .toList();
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** One incident's runs, by policy name. */
    public List<ShadowRunEntity> ofIncident(UUID incidentId) {
        return list("incidentId", Sort.by("policy"), incidentId);
    }
}
