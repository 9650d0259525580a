package org.probation.notification;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.report.ReportLinkSigner;

/** The link a customer follows to report the fix and see where they stand: a signed, expiring token. */
@ApplicationScoped
public class ReportLinks {

    private final NotificationConfig config;
    private final ReportLinkSigner signer;

    ReportLinks(NotificationConfig config, ReportLinkSigner signer) {
        this.config = config;
        this.signer = signer;
    }

    public String linkFor(UUID incidentId) {
        return config.publicUrl().replaceAll("/+$", "") + "/report/" + signer.tokenFor(incidentId);
    }
}
