package org.probation.incident.model;

/** Where an incident stands in its lifecycle. Every state but {@link #LIFTED} is open. */
public enum IncidentState {
    /** Restricted at the top stage, waiting for the customer's report. */
    RESTRICTED,
    /** Reported; the metrics are watched and the restriction relaxes stage by stage. */
    MONITORING,
    /** Too many relapses or not clean in time: an operator decides. */
    ESCALATED,
    /** Closed: lifted after monitoring, by an operator, or cancelled as a false positive. */
    LIFTED;

    public boolean isOpen() {
        return this != LIFTED;
    }
}
