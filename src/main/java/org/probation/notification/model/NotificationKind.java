package org.probation.notification.model;

/**
 * What an outbox row is: one of the customer's mails, a decision or report webhook call, or an operator alert. The names are
 * the
 * values of the {@code notification.kind} column and of the {@code X-Probation-Notification} mail header.
 */
public enum NotificationKind {
    RESTRICTION_NOTICE,
    REPORT_RECEIVED,
    STAGE_RELAXED,
    LIFTED,
    RE_RESTRICTED,
    DECISION,
    ALERT_ESCALATED(AlertKind.ESCALATED),
    ALERT_NO_DATA(AlertKind.NO_DATA),
    ALERT_RELAPSED(AlertKind.RELAPSED),
    ALERT_APPROVAL_REQUESTED(AlertKind.APPROVAL_REQUESTED),
    ALERT_SOURCE_FAILING(AlertKind.SOURCE_FAILING),
    ALERT_DEAD_NOTIFICATION(AlertKind.DEAD_NOTIFICATION),
    ALERT_REPORT_RECEIVED(AlertKind.REPORT_RECEIVED),
    /** A customer's report posted to the webhooks that ask for {@code REPORT_RECEIVED}. */
    REPORT_WEBHOOK,
    /** The current notice sent again on an operator's {@code RESEND_NOTICE}, with a fresh report link. */
    NOTICE_RESENT,
    REPORT_REMINDER;

    private final AlertKind alert;

    NotificationKind() {
        this(null);
    }

    NotificationKind(AlertKind alert) {
        this.alert = alert;
    }

    /** The alert this row mails to the operators, or {@code null} for a customer mail or a webhook call. */
    public AlertKind alert() {
        return alert;
    }

    public boolean isAlert() {
        return alert != null;
    }
}
