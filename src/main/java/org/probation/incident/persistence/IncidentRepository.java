package org.probation.incident.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.claim.DueRows;
import org.probation.claim.DueTable;
import org.probation.incident.model.Cause;
import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.RepeatOffence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Incidents, the aggregate root: every read and write of {@link IncidentEntity} goes through here. The model's
 * {@link RepeatOffence.Offence} is registered for reflection here, where a query makes it by name ({@code select new}):
 * a native executable has only the constructors it was told about, and the model stays free of framework annotations.
 */
@ApplicationScoped
@RegisterForReflection(targets = RepeatOffence.Offence.class)
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
    @RegisterForReflection
    public record Watched(String account, String policy, int stage) {
    }

    /** Open incidents in one state at one stage level. */
    @RegisterForReflection
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

    // --- the console's list (issue 17) -----------------------------------------------------------------------------

    /**
     * What the console's list filters by; {@code null} (or empty) leaves a filter out. {@code state} {@code null} is
     * every open state. {@code domain} is a canonical name ({@code DomainName.Validator#canonical}); {@code text} is
     * matched, lower case, in the account's id, name and domains ({@code textDomain}, when the text is a domain name,
     * its canonical spelling too). {@code closedSince}: closed at or after it, as {@link #consoleCounts} counts the
     * recently lifted ({@code state} {@code null} is then every closed state). {@code deadlineCutoffs}: per policy
     * with a report deadline, the round start at or before which that deadline falls within the next 24 hours.
     */
    public record ConsoleFilter(IncidentState state, Cause cause, String policy, String account, String domain,
            String text, String textDomain, Instant closedSince, Map<String, Instant> deadlineCutoffs) {
    }

    /** Why a row of the console's list needs a person first; {@link #REST} is the rest. Ordered as the list. */
    public enum NeedsPerson {
        REPORT_TO_REVIEW,
        AWAITING_APPROVAL,
        NO_DATA,
        ESCALATED,
        DEADLINE_CLOSE,
        REST
    }

    /** One page of the console's list: the incidents (with their accounts) in the list's order, and the total. */
    public record ConsolePage(List<IncidentEntity> items, Map<UUID, NeedsPerson> needs, long total) {
    }

    /**
     * One page of the console's list, in two queries however large the page: the ids in order (what needs a person
     * first, then the oldest first), then those incidents with their accounts.
     * <p>
     * "Awaiting approval" is a request for approval (its timeline entry) since the current clean window began: the
     * engine keeps the flag in its tracks, which a set-based query cannot read. "No data" is a no-data notice since
     * the current stage began (data coming back does not end it before the stage changes). A restricted incident's
     * account is sampled too (evidence, a relapse while it waits for the report), so its silence is news as well: the
     * engine mails the desk about it, and the list shows it.
     */
    public ConsolePage consolePage(ConsoleFilter filter, int page, int size) {
        return consolePage(filter, page, size, null);
    }

    /**
     * As {@link #consolePage(ConsoleFilter, int, int)}, with the total already known ({@code null}: count it): the
     * unfiltered list's total is the open incidents the counts have just read, one statement less per refresh.
     */
    public ConsolePage consolePage(ConsoleFilter filter, int page, int size, Long knownTotal) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.state() == null && filter.closedSince() == null) {
            where.append(" and i.openAccountId is not null");
        } else if (filter.state() != null) {
            where.append(" and i.lifecycle.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.closedSince() != null) {
            where.append(" and i.lifecycle.closedAt >= :closedSince");
            parameters.put("closedSince", filter.closedSince());
        }
        if (filter.cause() != null) {
            where.append(" and i.cause = :cause");
            parameters.put("cause", filter.cause());
        }
        if (filter.policy() != null) {
            where.append(" and i.policy = :policy");
            parameters.put("policy", filter.policy());
        }
        if (filter.account() != null) {
            where.append(" and a.id = :account");
            parameters.put("account", filter.account());
        }
        if (filter.domain() != null) {
            where.append(" and cast(a.domains as String) like :domain escape '!'");
            parameters.put("domain", "%" + likeEscaped("\"" + filter.domain() + "\"") + "%");
        }
        if (filter.text() != null) {
            where.append(" and (lower(a.id) like :text escape '!' or lower(a.name) like :text escape '!'"
                    + " or lower(cast(a.domains as String)) like :text escape '!'");
            parameters.put("text", "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
            if (filter.textDomain() != null) {
                where.append(" or cast(a.domains as String) like :textDomain escape '!'");
                parameters.put("textDomain", "%" + likeEscaped(filter.textDomain()) + "%");
            }
            where.append(")");
        }
        // The account is joined only when a filter reads it: the unfiltered list counts and orders incidents alone.
        String from = filter.account() != null || filter.domain() != null || filter.text() != null
                ? " from IncidentEntity i join i.account a"
                : " from IncidentEntity i";
        long total;
        if (knownTotal != null) {
            total = knownTotal;
        } else {
            var count = getEntityManager().createQuery("select count(i)" + from + where, Long.class);
            parameters.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        StringBuilder deadline = new StringBuilder();
        int n = 0;
        for (var cutoff : new TreeMap<>(filter.deadlineCutoffs()).entrySet()) {
            deadline.append(deadline.isEmpty() ? "" : " or ").append("(i.policy = :dp").append(n)
                    .append(" and i.lifecycle.reportRequestedAt <= :dc").append(n).append(")");
            parameters.put("dp" + n, cutoff.getKey());
            parameters.put("dc" + n, cutoff.getValue());
            n++;
        }
        // Awaiting approval and no data are each one set, read once from the few timeline entries of that type
        // (index incident_event_by_type) and hashed, instead of two index probes per open incident (V17).
        String needs = "case when i.reportToReviewId is not null then 0"
                + " when i.lifecycle.state = :monitoring and i.id in (select e.incidentId from EventEntity e,"
                + " IncidentEntity w where e.type = :approval and w.id = e.incidentId and w.openAccountId is not null"
                + " and e.occurredAt >= w.lifecycle.cleanSince) then 1"
                + " when i.openAccountId is not null and i.id in (select e.incidentId from EventEntity e,"
                + " IncidentEntity d where e.type = :noData and d.id = e.incidentId and d.openAccountId is not null"
                + " and e.occurredAt >= d.lifecycle.stageSince) then 2"
                + " when i.lifecycle.state = :escalated then 3"
                + (deadline.isEmpty() ? ""
                        : " when i.openAccountId is not null and i.lifecycle.roundReportedAt is null and ("
                                + deadline + ") then 4")
                + " else 5 end";
        parameters.put("monitoring", IncidentState.MONITORING);
        parameters.put("escalated", IncidentState.ESCALATED);
        parameters.put("approval", EventType.APPROVAL_REQUESTED);
        parameters.put("noData", EventType.NO_DATA);
        var query = getEntityManager().createQuery("select i.id, " + needs + from + where
                + " order by 2, i.lifecycle.openedAt, i.id",
                Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> ids = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<UUID, NeedsPerson> why = new LinkedHashMap<>();
        ids.forEach(row -> why.put((UUID) row[0], NeedsPerson.values()[((Number) row[1]).intValue()]));
        Map<UUID, IncidentEntity> loaded = new HashMap<>();
        if (!why.isEmpty()) {
            batch(why.keySet()).forEach(incident -> loaded.put(incident.id, incident));
        }
        return new ConsolePage(why.keySet().stream().map(loaded::get).filter(Objects::nonNull).toList(), why, total);
    }

    /** Open incidents by state, and those lifted since {@code liftedSince} as {@code LIFTED}, in one grouped query. */
    public Map<IncidentState, Long> consoleCounts(Instant liftedSince) {
        Map<IncidentState, Long> counts = new EnumMap<>(IncidentState.class);
        for (IncidentState state : IncidentState.values()) {
            counts.put(state, 0L);
        }
        getEntityManager().createQuery("select i.lifecycle.state, count(i) from IncidentEntity i"
                + " where i.openAccountId is not null or i.lifecycle.closedAt >= :since group by i.lifecycle.state",
                Object[].class).setParameter("since", liftedSince).getResultList()
                .forEach(row -> counts.put((IncidentState) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** {@code text} for a {@code like} pattern escaped with {@code !}: its wildcards match themselves. */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
