package org.probation.incident.model;

/** The kinds of entries in an incident's timeline. */
public enum EventType {
    OPENED,
    REPORT_RECEIVED,
    MONITORING_STARTED,
    STEPPED_DOWN,
    LIFTED,
    RESTRICTED,
    EXTENDED,
    RESUMED,
    CANCELLED,
    NOTE,
    RELAPSED,
    ESCALATED,
    NO_DATA,
    APPROVAL_REQUESTED,
    NOTICE_RESENT,
    CONTACT_CHANGED,
    REPORT_REMINDED
}
