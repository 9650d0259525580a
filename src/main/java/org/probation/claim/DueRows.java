package org.probation.claim;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims due rows of a work table for one replica: the rows are locked with {@code SKIP LOCKED} (another replica
 * claiming at the same moment takes other rows) and their due time is pushed to the end of a lease. A replica that
 * dies while working simply lets the lease run out. Used for the notification outbox; incidents are claimed the same way
 * on their narrow schedule table ({@code IncidentRepository.claimDue}), which reuses {@link #uuid}.
 */
@ApplicationScoped
public class DueRows {

    private final EntityManager em;
    private final boolean postgres;

    DueRows(EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.em = em;
        this.postgres = dbKind.toLowerCase().startsWith("postgres");
    }

    /**
     * Oldest due first, then by id: rows written in one instant (a customer's mails for several events) go out in
     * the order they were written. Runs in the caller's transaction, which should be short and commit at once: the lease is
     * what protects the
     * claim afterwards. {@code table} and {@code dueColumn} are code constants, never input.
     */
    public List<Object> claim(String table, String dueColumn, Instant now, int limit, Instant leaseUntil) {
        // H2 (dev, one replica) has no SKIP LOCKED; a plain row lock is enough there.
        String select = "SELECT id FROM " + table + " WHERE " + dueColumn + " <= ?1 ORDER BY " + dueColumn + ", id"
                + " FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE" + (postgres ? " SKIP LOCKED" : "");
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(select).setParameter(1, utc(now)).getResultList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE " + table + " SET " + dueColumn + " = ?1 WHERE id IN (?2)")
                    .setParameter(1, utc(leaseUntil)).setParameter(2, ids).executeUpdate();
        }
        return ids;
    }

    public static UUID uuid(Object value) {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        if (value instanceof byte[] bytes) {
            // H2 hands native UUID columns back as 16 bytes from a native query.
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
