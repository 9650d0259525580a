package org.probation.notification.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.notification.model.NotificationKind;
import org.probation.notification.persistence.NotificationEntity.Status;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The outbox: every read and write of {@link NotificationEntity} goes through here (the claim through DueRows). */
@ApplicationScoped
public class NotificationRepository implements PanacheRepository<NotificationEntity> {

    /** Notifications in one outbox status. */
    @RegisterForReflection
    public record StatusCount(Status status, long count) {
    }

    /**
     * The claimed notifications, in id order, detached: they are delivered outside the claim's transaction, and the
     * state changes after delivery are written by id.
     */
    public List<NotificationEntity> claimed(List<Long> ids) {
        List<NotificationEntity> claimed = list("id in ?1", Sort.by("id"), ids);
        claimed.forEach(getEntityManager()::detach);
        return claimed;
    }

    /**
     * Whether an alert of {@code kind} about {@code incidentId} (or about no incident, when null) was written after
     * {@code since}.
     */
    public boolean alertedSince(NotificationKind kind, UUID incidentId, Instant since) {
        return count("kind = :kind and createdAt > :since"
                + " and ((:incident is null and incidentId is null) or incidentId = :incident)",
                Parameters.with("kind", kind).and("since", since).and("incident", incidentId)) > 0;
    }

    public long countIn(Status status) {
        return count("status", status);
    }

    /** The outbox's rows that are not sent (pending or dead), counted per status in one grouped query. */
    public List<StatusCount> unsentByStatus() {
        return find("select n.status, count(n) from NotificationEntity n where n.status <> ?1 group by n.status",
                Status.SENT).project(StatusCount.class).list();
    }

    /** When the oldest notification still waiting to go out was written; empty when none waits. */
    public Optional<Instant> oldestPendingSince() {
        return Optional.ofNullable(getEntityManager().createQuery(
                "select min(n.createdAt) from NotificationEntity n where n.status = :status", Instant.class)
                .setParameter("status", Status.PENDING).getSingleResult());
    }

    /** What the console lists of an outbox row: no body, no payload. */
    @RegisterForReflection
    public record SentRow(long id, NotificationEntity.Channel channel, NotificationKind kind, String recipient,
            Status status, int attempts, String lastError, Instant createdAt, Instant sentAt) {
    }

    /** Every notification written about the incident, oldest first, without their bodies. */
    public List<SentRow> ofIncident(UUID incidentId) {
        return find("incidentId", Sort.ascending("createdAt").and("id"), incidentId).project(SentRow.class).list();
    }
}
