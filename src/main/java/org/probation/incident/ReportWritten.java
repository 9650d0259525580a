package org.probation.incident;

import org.probation.incident.model.ReportChannel;
import org.probation.incident.persistence.EventEntity;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.ReportEntity;
import org.probation.policy.model.Policy;

/**
 * A report was written with its transition ({@code event}: {@code REPORT_RECEIVED} or {@code MONITORING_STARTED}), in
 * the writer's transaction: what must be atomic with it (the operators' alert, the webhook calls) observes it
 * synchronously.
 */
public record ReportWritten(IncidentEntity incident, Policy policy, ReportEntity report, EventEntity event) {

    /**
     * Whether the customer sent it through the form. Reports an operator records from another channel have been read
     * by that operator already; a form has been read by no one.
     */
    public boolean fromCustomer() {
        return fromCustomer(report.channel);
    }

    static boolean fromCustomer(ReportChannel channel) {
        return channel == ReportChannel.FORM;
    }
}
