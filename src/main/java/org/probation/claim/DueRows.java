package org.probation.claim;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Claims due rows of a work table for one replica: the rows are locked with {@code SKIP LOCKED} on PostgreSQL
 * (another replica claiming at the same moment takes other rows) and their due time is pushed to the end of a lease. A
 * replica that dies while working simply lets the lease run out. Used for the notification outbox and for incidents
 * (their narrow {@code incident_schedule} table).
 */
@ApplicationScoped
public class DueRows {

    private final EntityManager em;
    private final SqlDialect dialect;

    DueRows(EntityManager em, SqlDialect dialect) {
        this.em = em;
        this.dialect = dialect;
    }

    /**
     * Up to {@code limit} due ids, oldest due first, then by id: rows written in one instant (a customer's mails for
     * several events) are claimed in the order they were written. Runs in the caller's transaction, which should be
     * short and commit at once: the lease is what protects the claim afterwards.
     */
    public <I> List<I> claim(DueTable<I> rows, Instant now, int limit, Instant leaseUntil) {
        @SuppressWarnings("unchecked")
        List<I> ids = em.createNativeQuery(rows.select(dialect), rows.idType()).setParameter(1, utc(now))
                .setParameter(2, limit).getResultList();
        if (!ids.isEmpty()) {
            em.createNativeQuery(rows.lease()).setParameter(1, utc(leaseUntil)).setParameter(2, ids).executeUpdate();
        }
        return ids;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
