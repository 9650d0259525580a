package org.probation.evaluation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims due incidents for one replica: the rows are locked with {@code SKIP LOCKED} (another replica claiming at the
 * same moment takes other rows) and their next evaluation is pushed one tick ahead, which is the lease. A replica
 * that dies mid-tick simply lets the lease run out.
 */
@ApplicationScoped
public class IncidentClaims {

    private final EntityManager em;
    private final boolean postgres;

    IncidentClaims(EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.em = em;
        this.postgres = dbKind.toLowerCase().startsWith("postgres");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> claim(Instant now, int limit, Instant leaseUntil) {
        // H2 (dev, single replica) has no SKIP LOCKED; a plain row lock is enough there.
        String sql = "SELECT id FROM incident WHERE next_evaluation_at <= ?1 ORDER BY next_evaluation_at"
                + " FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE" + (postgres ? " SKIP LOCKED" : "");
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, utc(now)).getResultList();
        List<UUID> ids = rows.stream().map(IncidentClaims::uuid).toList();
        if (!ids.isEmpty()) {
            em.createQuery("update IncidentEntity i set i.nextEvaluationAt = :lease where i.id in :ids")
                    .setParameter("lease", leaseUntil).setParameter("ids", ids).executeUpdate();
        }
        return ids;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static UUID uuid(Object value) {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        if (value instanceof byte[] bytes) {
            // H2 hands native UUID columns back as 16 bytes from a native query.
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }
}
