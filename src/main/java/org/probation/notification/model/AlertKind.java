package org.probation.notification.model;

/** What an operator alert is about; its name is in the alert's subject. */
public enum AlertKind {
    ESCALATED,
    NO_DATA,
    RELAPSED,
    APPROVAL_REQUESTED,
    SOURCE_FAILING,
    DEAD_NOTIFICATION,
    /** A customer sent the report form: someone reads it. */
    REPORT_RECEIVED;

    /** The outbox kind of this alert's mail. */
    public NotificationKind notification() {
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.alert() == this) {
                return kind;
            }
        }
        throw new IllegalStateException("no notification kind for the alert " + this);
    }
}
