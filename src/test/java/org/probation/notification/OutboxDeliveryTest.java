package org.probation.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.notification.model.WebhookSignature;
import org.probation.notification.persistence.NotificationEntity;
import org.probation.support.MailAndWebhookResource;
import org.probation.support.MutableClock;
import org.probation.support.WebhookReceiver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.notification.CustomerMailTest.messages;
import static org.probation.notification.CustomerMailTest.open;
import static org.probation.support.Fixtures.newAccountId;

/** Delivery guarantees of the outbox: nothing lost while SMTP or a receiver is down, nothing sent twice. */
@QuarkusTest
class OutboxDeliveryTest {

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Test
    void mailsWaitWhileSmtpIsDownAndArriveOnceWhenItIsBack() throws Exception {
        String account = newAccountId();
        MailAndWebhookResource.stopSmtp();
        try {
            open(account, "ja");
            assertThat(dispatcher.dispatch().failed()).isPositive();
            assertThat(status(account)).containsOnly("PENDING");
        } finally {
            MailAndWebhookResource.startSmtp();
        }
        dispatcher.dispatch();
        assertThat(messages(account)).as("not before the back-off has passed").isEmpty();

        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatch();
        clock.advance(Duration.ofHours(2));
        dispatcher.dispatch();

        assertThat(messages(account)).hasSize(1);
        assertThat(status(account)).containsOnly("SENT");
    }

    @Test
    void aMailThatNeverGoesThroughIsDeadAndTheOperatorsAreAlerted() throws Exception {
        String account = newAccountId();
        String id;
        MailAndWebhookResource.stopSmtp();
        try {
            id = open(account, "ja");
            for (int attempt = 0; attempt < 3; attempt++) {
                dispatcher.dispatch();
                clock.advance(Duration.ofHours(1));
            }
        } finally {
            MailAndWebhookResource.startSmtp();
        }
        assertThat(status(account)).contains("DEAD");
        dispatcher.dispatch();
        // A relay that has just restarted may refuse the first connection; the alert is retried like any mail.
        clock.advance(Duration.ofHours(2));
        dispatcher.dispatch();

        assertThat(messages(account)).isEmpty();
        List<MimeMessage> alerts = Arrays.stream(MailAndWebhookResource.smtp().getReceivedMessages())
                .filter(m -> subject(m).startsWith("[Probation] DEAD_NOTIFICATION")).toList();
        assertThat(alerts).anySatisfy(alert -> assertThat(
                CustomerMailTest.part(alert, "text/plain")).contains(id, "RESTRICTION_NOTICE", "could not be delivered"));
    }

    @Test
    void eachDecisionChangeIsPostedSignedToTheWebhook() {
        String account = newAccountId();
        open(account, "ja");
        dispatcher.dispatch();

        List<WebhookReceiver.Call> calls = MailAndWebhookResource.webhooks().callsFor(account);
        assertThat(calls).hasSize(1);
        WebhookReceiver.Call call = calls.get(0);
        JsonPath body = JsonPath.from(call.body());
        assertThat(body.getBoolean("active")).isTrue();
        assertThat(body.getString("stage.name")).isEqualTo("foreign-blocked");
        assertThat(body.getString("controls.webForeign")).isEqualTo("block");
        assertThat(body.getString("event")).isEqualTo("OPENED");
        long timestamp = clock.instant().getEpochSecond();
        byte[] key = WebhookSignature.key(MailAndWebhookResource.EDGE_SECRET);
        byte[] previousKey = WebhookSignature.key(MailAndWebhookResource.EDGE_PREVIOUS_SECRET);
        String id = call.headers().get("webhook-id");
        assertThat(id).isEqualTo("notification-" + call.delivery());
        // The edge webhook is being rotated: one signature per secret, the current one first.
        assertThat(call.headers()).containsEntry("webhook-timestamp", String.valueOf(timestamp))
                .containsEntry("webhook-signature", WebhookSignature.standard(key, id, timestamp, call.body()) + " "
                        + WebhookSignature.standard(previousKey, id, timestamp, call.body()));
        // The former header, kept for one release: keyed with the current secret's bytes as configured.
        assertThat(call.signature()).isEqualTo("t=" + timestamp + ",v1="
                + WebhookSignature.hmac(MailAndWebhookResource.EDGE_SECRET, timestamp + "." + call.body()));
    }

    @Test
    void aWebhookIsRetriedOnServerErrorsAndTimeoutsAndGivenUpAfterTheLastAttempt() {
        String account = newAccountId();
        MailAndWebhookResource.webhooks().script(account, 503, WebhookReceiver.HANG, 500);
        open(account, "ja");

        for (int attempt = 0; attempt < 3; attempt++) {
            dispatcher.dispatch();
            clock.advance(Duration.ofHours(1));
        }
        dispatcher.dispatch();

        assertThat(MailAndWebhookResource.webhooks().callsFor(account)).hasSize(3)
                .extracting(WebhookReceiver.Call::delivery).containsOnly(
                        MailAndWebhookResource.webhooks().callsFor(account).get(0).delivery());
        assertThat(webhookStatus(account)).isEqualTo("DEAD");
    }

    @Test
    void aWebhookThatRecoversIsDeliveredOnce() {
        String account = newAccountId();
        MailAndWebhookResource.webhooks().script(account, 502);
        open(account, "ja");

        dispatcher.dispatch();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatch();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatch();

        assertThat(MailAndWebhookResource.webhooks().callsFor(account)).hasSize(2);
        assertThat(webhookStatus(account)).isEqualTo("SENT");
    }

    private List<String> status(String account) {
        return em.createQuery("select n.status from NotificationEntity n where n.recipient = :to", Object.class)
                .setParameter("to", CustomerMailTest.email(account)).getResultList().stream().map(String::valueOf)
                .toList();
    }

    private String webhookStatus(String account) {
        return em.createQuery("select n.status from NotificationEntity n where n.channel = :channel"
                + " and n.payload like :account", Object.class)
                .setParameter("channel", NotificationEntity.Channel.WEBHOOK)
                .setParameter("account", "%\"account\":\"" + account + "\"%").getSingleResult().toString();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
