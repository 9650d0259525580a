package org.probation.notification;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The link a customer follows to report the fix and see where they stand. Until the signed report page exists this
 * is a plain link to the incident's report path.
 */
@ApplicationScoped
public class ReportLinks {

    private final NotificationConfig config;

    ReportLinks(NotificationConfig config) {
        this.config = config;
    }

    public String linkFor(UUID incidentId) {
        return config.notifications().publicUrl().replaceAll("/+$", "") + "/report/" + incidentId;
    }
}
