package org.probation.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.probation.notification.model.AlertKind;
import org.probation.notification.model.Backoff;
import org.probation.notification.persistence.NotificationEntity;
import org.probation.notification.persistence.NotificationEntity.Channel;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Delivers due outbox rows: claimed (so replicas never send one twice), sent one by one, marked sent or retried
 * with exponential back-off; after the last attempt a notification is dead and operators are alerted.
 * Delivery is at least once: a crash between sending and marking re-sends with the same Message-ID.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);

    private final Outbox outbox;
    private final MailSender mail;
    private final WebhookSender webhooks;
    private final Notifier notifier;
    private final NotificationConfig config;
    private final Clock clock;
    private final Event<DispatchEnded> dispatchEnded;

    NotificationDispatcher(Outbox outbox, MailSender mail, WebhookSender webhooks, Notifier notifier,
            NotificationConfig config, Clock clock, Event<DispatchEnded> dispatchEnded) {
        this.outbox = outbox;
        this.mail = mail;
        this.webhooks = webhooks;
        this.notifier = notifier;
        this.config = config;
        this.clock = clock;
        this.dispatchEnded = dispatchEnded;
    }

    public record DispatchResult(int sent, int failed, int dead) {
    }

    public DispatchResult dispatch() {
        long started = System.nanoTime();
        try {
            return dispatchDue();
        } finally {
            dispatchEnded.fire(new DispatchEnded(Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    private DispatchResult dispatchDue() {
        Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        int sent = 0;
        int failed = 0;
        int dead = 0;
        while (true) {
            Instant now = clock.instant();
            List<NotificationEntity> due = outbox.claim(now, config.batchSize(), now.plus(config.lease()));
            for (NotificationEntity notification : due) {
                if (notification.incidentId != null) {
                    MDC.put("incidentId", notification.incidentId.toString());
                }
                try {
                    deliver(notification);
                    outbox.sent(notification.id, clock.instant());
                    sent++;
                } catch (Exception e) {
                    failed++;
                    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    boolean isDead = outbox.failed(notification.id, error,
                            clock.instant().plus(backoff.after(notification.attempts + 1)), config.maxAttempts());
                    LOG.warnf("Notification %d (%s to %s) failed, attempt %d: %s", notification.id,
                            notification.kind, notification.recipient, notification.attempts + 1, error);
                    if (isDead) {
                        dead++;
                        deadLetter(notification, error);
                    }
                } finally {
                    MDC.remove("incidentId");
                }
            }
            if (due.size() < config.batchSize()) {
                return new DispatchResult(sent, failed, dead);
            }
        }
    }

    private void deliver(NotificationEntity notification) throws Exception {
        if (notification.channel == Channel.MAIL) {
            mail.send(notification);
        } else {
            webhooks.send(notification);
        }
    }

    private void deadLetter(NotificationEntity notification, String error) {
        if (notification.kind.isAlert()) {
            // An alert that cannot be delivered cannot announce itself by mail either.
            LOG.errorf("Operator alert %d could not be delivered: %s", notification.id, error);
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> notifier.operatorAlert(AlertKind.DEAD_NOTIFICATION,
                notification.incidentId, null,
                notification.kind + " to " + notification.recipient + " could not be delivered",
                "Notification " + notification.id + " failed " + (notification.attempts + 1)
                        + " times; last error: " + error));
    }
}
