package org.probation.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail, in-process) and a real webhook receiver, on free loopback ports, for every test.
 * Tests reach them through the static accessors; {@link #stopSmtp()} and {@link #startSmtp()} simulate an outage.
 */
public class MailAndWebhookResource implements QuarkusTestResourceLifecycleManager {

    /** The edge webhook's secret, in the Standard Webhooks form ({@code whsec_<base64 of 32 bytes>}). */
    public static final String EDGE_SECRET = "whsec_IDFxnOOo3ibV4aaKPKqabo/06mDcN5C1yVrVlgPxv6M=";
    /** The edge webhook is being rotated: the secret its receivers held before {@link #EDGE_SECRET}. */
    public static final String EDGE_PREVIOUS_SECRET = "whsec_1vo2YIwan/oCOPY3xik5kd3mrNwQtMzeW7gvYTy2xx0=";
    /** The desk webhook's secret: a plain one, as configured before, used as its UTF-8 bytes. */
    public static final String DESK_SECRET = "test-desk-secret";

    private static volatile GreenMail smtp;
    private static volatile int smtpPort;
    private static volatile WebhookReceiver webhooks;

    @Override
    public Map<String, String> start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        smtpPort = smtp.getSmtp().getPort();
        try {
            webhooks = new WebhookReceiver();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start the webhook receiver", e);
        }
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtpPort),
                "quarkus.mailer.start-tls", "DISABLED",
                "probation.webhooks.edge.url", "http://127.0.0.1:" + webhooks.port() + "/hook",
                "probation.webhooks.edge.secret", EDGE_SECRET,
                "probation.webhooks.edge.previous-secrets", EDGE_PREVIOUS_SECRET,
                "probation.webhooks.edge.timeout", "1s",
                // A desk tool that hears of customers' reports only; the same receiver.
                "probation.webhooks.desk.url", "http://127.0.0.1:" + webhooks.port() + "/hook",
                "probation.webhooks.desk.secret", DESK_SECRET,
                "probation.webhooks.desk.events", "REPORT_RECEIVED");
    }

    @Override
    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        if (webhooks != null) {
            webhooks.stop();
        }
    }

    public static GreenMail smtp() {
        return smtp;
    }

    public static WebhookReceiver webhooks() {
        return webhooks;
    }

    public static synchronized void stopSmtp() {
        smtp.stop();
    }

    /** A new server on the same port: what a restarted mail relay looks like to the service. */
    public static synchronized void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }
}
