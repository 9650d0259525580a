package org.probation.demo;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.probation.incident.IncidentService;
import org.probation.incident.OpenIncident;
import org.probation.incident.RecordReport;
import org.probation.incident.model.Cause;
import org.probation.incident.model.ReportChannel;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: a few incidents under the fast {@code demo} policy, fed by the simulator, so the engine can be
 * watched at work in minutes: one like the story (reported, clean, stepped down, lifted), one that relapses, one that
 * waits for its report, one whose agent is silent.
 */
@IfBuildProfile("dev")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    void load(@Observes StartupEvent startup, IncidentService incidents, DemoConfig config) {
        if (!config.enabled() || !incidents.list(null, null, 0, 1).items().isEmpty()) {
            return;
        }
        open(incidents, "xs100001", "ja", "blog-a.example", true, "12,400 mails to foreign recipients in 1 h");
        open(incidents, "xs100002", "ja", "shop-b.example", true, "mass mail again after a plugin update");
        open(incidents, "xs100003", "en", "cafe-c.example", false, "8,000 mails to foreign recipients in 1 h");
        open(incidents, "xs100004", "ja", "site-d.example", true, "mass mail; the account's agent is offline");
        LOG.info("Demo incidents xs100001-xs100004 opened under the 'demo' policy; watch GET /api/v1/incidents");
    }

    private static void open(IncidentService incidents, String account, String locale, String domain,
            boolean reported, String summary) {
        var incident = incidents.open(new OpenIncident(
                new OpenIncident.AccountDetails(account, "owner-" + account + "@example.jp", locale, null,
                        List.of(domain)),
                Cause.MASS_MAIL, "demo",
                new OpenIncident.Evidence(summary, List.of(domain), Map.of("mail_sent_per_hour", 12_400.0))),
                "demo");
        if (reported) {
            incidents.report(incident.id, new RecordReport(ReportChannel.EMAIL_REPLY,
                    Map.of("recaptcha", true, "updates", true), "demo report"), "demo");
        }
    }
}
