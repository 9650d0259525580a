package org.probation.incident.model;

/** How the customer's remediation report reached the abuse desk. */
public enum ReportChannel {
    FORM,
    EMAIL_REPLY,
    PHONE,
    OPERATOR
}
