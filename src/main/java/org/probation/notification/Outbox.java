package org.probation.notification;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.claim.DueRows;
import org.probation.claim.DueTable;
import org.probation.notification.persistence.NotificationEntity;
import org.probation.notification.persistence.NotificationEntity.Status;
import org.probation.notification.persistence.NotificationRepository;

/** The outbox's reads and state changes, each its own short transaction. */
@ApplicationScoped
public class Outbox {

    private static final DueTable<Long> DUE = new DueTable<>("notification", "id", "next_attempt_at", Long.class);

    private final NotificationRepository notifications;
    private final DueRows rows;

    Outbox(NotificationRepository notifications, DueRows rows) {
        this.notifications = notifications;
        this.rows = rows;
    }

    /** Claims due notifications and loads them; {@code next_attempt_at} moves to the end of the lease. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<NotificationEntity> claim(Instant now, int limit, Instant leaseUntil) {
        List<Long> ids = rows.claim(DUE, now, limit, leaseUntil);
        if (ids.isEmpty()) {
            return List.of();
        }
        return notifications.claimed(ids);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, Instant at) {
        NotificationEntity n = notifications.findById(id);
        n.status = Status.SENT;
        n.attempts++;
        n.sentAt = at;
        n.nextAttemptAt = null;
        n.lastError = null;
    }

    /** Records a failed attempt; returns true when that was the last one and the notification is now dead. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, String error, Instant retryAt, int maxAttempts) {
        NotificationEntity n = notifications.findById(id);
        n.attempts++;
        n.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        if (n.attempts >= maxAttempts) {
            n.status = Status.DEAD;
            n.nextAttemptAt = null;
            return true;
        }
        n.nextAttemptAt = retryAt;
        return false;
    }

    @Transactional
    public long pending() {
        return notifications.countIn(Status.PENDING);
    }
}
