package org.probation.incident.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.claim.DueRows;
import org.probation.claim.DueTable;
import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.RepeatOffence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Incidents, the aggregate root: every read and write of {@link IncidentEntity} goes through here. */
@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<IncidentEntity, UUID> {

    private static final String FILTER = " where (:state is null or i.lifecycle.state = :state)"
            + " and (:account is null or i.account.id = :account)";

    /** The narrow schedule table: a claim writes only these rows, never {@code incident} itself. */
    private static final DueTable<UUID> SCHEDULE = new DueTable<>("incident_schedule", "incident_id",
            "next_evaluation_at", UUID.class);

    private final DueRows dueRows;

    IncidentRepository(DueRows dueRows) {
        this.dueRows = dueRows;
    }

    /** An open incident's account with the policy and stage that decide which metrics it is watched on. */
    public record Watched(String account, String policy, int stage) {
    }

    /** Open incidents in one state at one stage level. */
    public record StateCount(IncidentState state, int stage, long count) {
    }

    /** One page of incidents, newest first, with their total. */
    public record IncidentPage(List<IncidentEntity> items, long total) {
    }

    public Optional<IncidentEntity> openOf(String accountId) {
        return find("openAccountId", accountId).firstResultOptional();
    }

    /** Newest first; {@code state}, {@code accountId} and {@code toReview} filter when given. */
    public IncidentPage page(IncidentState state, String accountId, Boolean toReview, int page, int size) {
        Parameters parameters = Parameters.with("state", state).and("account", accountId);
        // A condition rather than a nullable boolean parameter, which PostgreSQL could not type.
        String filter = FILTER + (toReview == null ? ""
                : toReview ? " and i.reportToReviewId is not null" : " and i.reportToReviewId is null");
        long total = count("from IncidentEntity i" + filter, parameters);
        List<IncidentEntity> items = find("from IncidentEntity i join fetch i.account" + filter,
                Sort.descending("i.lifecycle.openedAt").and("i.id"), parameters).page(Page.of(page, size)).list();
        return new IncidentPage(items, total);
    }

    /** The account's last real offence, the latest lifted; cancelled incidents (false positives) do not count. */
    public Optional<RepeatOffence.Offence> lastOffence(String accountId) {
        return getEntityManager().createQuery("""
                select new org.probation.incident.model.RepeatOffence$Offence(i.policy, i.lifecycle.closedAt)
                from IncidentEntity i
                where i.account.id = :account and i.lifecycle.closedAt is not null
                  and not exists (select e.id from EventEntity e where e.incidentId = i.id and e.type = :cancelled)
                order by i.lifecycle.closedAt desc""", RepeatOffence.Offence.class)
                .setParameter("account", accountId).setParameter("cancelled", EventType.CANCELLED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Every account under an open incident, in one query. */
    public List<Watched> watched() {
        return getEntityManager().createQuery("""
                select new org.probation.incident.persistence.IncidentRepository$Watched(
                    i.openAccountId, i.policy, i.lifecycle.stage)
                from IncidentEntity i where i.openAccountId is not null""", Watched.class).getResultList();
    }

    /** The open incidents counted per state and stage level, in one grouped query. */
    public List<StateCount> openByStateAndStage() {
        return find("select i.lifecycle.state, i.lifecycle.stage, count(i) from IncidentEntity i"
                + " where i.lifecycle.state <> ?1 group by i.lifecycle.state, i.lifecycle.stage", IncidentState.LIFTED)
                .project(StateCount.class).list();
    }

    /** The incidents of a tick's batch with their accounts, in one query. */
    public List<IncidentEntity> batch(Collection<UUID> ids) {
        return list("from IncidentEntity i join fetch i.account where i.id in ?1", ids);
    }

    /**
     * An incident as the tick reads it: its lifecycle, the engine's memory ({@code tracks}) and arrival cursor, and the
     * versions its writes are checked against ({@code version} for the lifecycle, {@code engineVersion} for the engine
     * row).
     */
    public record EngineRow(UUID id, long version, String account, String policy, IncidentStatus status, String tracks,
            long cursor, long engineVersion) {
    }

    /**
     * The tick's batch as plain rows, in one query: no entity is managed, so nothing is dirty-checked or flushed
     * afterwards, and the account row is not joined.
     */
    public List<EngineRow> engineRows(Collection<UUID> ids) {
        return getEntityManager().createQuery("""
                select i.id, i.version, i.account.id, i.policy, i.lifecycle, i.tracks, i.lastSampleId, i.engineVersion
                from IncidentEntity i where i.id in :ids""", Object[].class).setParameter("ids", ids)
                .getResultStream().map(row -> new EngineRow((UUID) row[0], (Long) row[1], (String) row[2],
                        (String) row[3], ((LifecycleColumns) row[4]).status(), (String) row[5], (Long) row[6],
                        (Long) row[7]))
                .toList();
    }

    /**
     * Claims up to {@code limit} due incidents for this replica: locked with {@code SKIP LOCKED} on PostgreSQL (another
     * replica claiming at the same moment takes other rows) and their next evaluation pushed to the end of the lease.
     * Only the narrow {@code incident_schedule} rows are written. Runs in the caller's transaction, which should
     * commit at once.
     */
    public List<UUID> claimDue(Instant now, int limit, Instant leaseUntil) {
        return dueRows.claim(SCHEDULE, now, limit, leaseUntil);
    }
}
