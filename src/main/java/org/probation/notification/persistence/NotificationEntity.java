package org.probation.notification.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.probation.notification.model.NotificationKind;

/** One row of the outbox: a rendered mail or a webhook call, and its delivery state. */
@Entity
@Table(name = "notification")
public class NotificationEntity {

    public enum Channel {
        MAIL,
        WEBHOOK
    }

    public enum Status {
        PENDING,
        SENT,
        DEAD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dedupe_key", nullable = false)
    public String dedupeKey;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "event_id")
    public Long eventId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    public String recipient;

    public String subject;

    @Column(name = "body_text")
    public String bodyText;

    @Column(name = "body_html")
    public String bodyHtml;

    public String payload;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Stable across retries, so a mail re-sent after a crash is recognisable as the same message. */
    public String messageId() {
        return "<notification-" + id + "@probation>";
    }
}
