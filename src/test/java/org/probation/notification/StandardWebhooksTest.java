package org.probation.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.report.ReportLinkSigner;
import org.probation.support.MailAndWebhookResource;
import org.probation.support.MutableClock;
import org.probation.support.NodeTools;
import org.probation.support.WebhookReceiver;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.notification.CustomerMailTest.open;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;

/**
 * A receiver verifies our webhook calls with the reference Standard Webhooks library ({@code standardwebhooks}, npm),
 * run with node on the call the test receiver really got: headers and raw body as sent.
 */
@QuarkusTest
class StandardWebhooksTest {

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    MutableClock clock;

    @Inject
    ReportLinkSigner signer;

    @Test
    void theReferenceLibraryVerifiesAWebhookAsSent() throws IOException {
        WebhookReceiver.Call call = callFor(newAccountId());

        NodeTools.Result result = verify(call, call.body(), clock.instant().getEpochSecond());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("verified");
        assertThat(call.headers()).containsEntry("webhook-timestamp",
                String.valueOf(clock.instant().getEpochSecond()));
    }

    @Test
    void duringARotationAReceiverWithTheOldSecretAndOneWithTheNewBothVerify() throws IOException {
        WebhookReceiver.Call call = callFor(newAccountId());
        long now = clock.instant().getEpochSecond();

        NodeTools.Result withNew = verify(MailAndWebhookResource.EDGE_SECRET, null, call, call.body(), now);
        NodeTools.Result withOld = verify(MailAndWebhookResource.EDGE_PREVIOUS_SECRET, null, call, call.body(), now);
        NodeTools.Result withAnother = verify("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), null,
                call, call.body(), now);

        assertThat(call.headers().get("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThat(withNew.exitCode()).as(withNew.output()).isZero();
        assertThat(withOld.exitCode()).as(withOld.output()).isZero();
        assertThat(withAnother.exitCode()).isEqualTo(1);
        assertThat(withAnother.output()).contains("No matching signature found");
    }

    @Test
    void theFormerHeaderOfAStandardSecretIsKeyedWithTheSecretAsConfigured() throws Exception {
        WebhookReceiver.Call call = callFor(newAccountId());
        long timestamp = clock.instant().getEpochSecond();

        // What a former receiver computes: HMAC with the configured string's bytes, "whsec_" and all.
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(MailAndWebhookResource.EDGE_SECRET.getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        String expected = HexFormat.of()
                .formatHex(mac.doFinal((timestamp + "." + call.body()).getBytes(StandardCharsets.UTF_8)));

        assertThat(call.signature()).isEqualTo("t=" + timestamp + ",v1=" + expected);
    }

    @Test
    void aTamperedBodyFailsVerification() throws IOException {
        WebhookReceiver.Call call = callFor(newAccountId());
        String tampered = call.body().replace("\"active\":true", "\"active\":false");
        assertThat(tampered).isNotEqualTo(call.body());

        NodeTools.Result result = verify(call, tampered, clock.instant().getEpochSecond());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("No matching signature found");
    }

    @Test
    void aCallSignedLongBeforeItIsCheckedFailsVerification() throws IOException {
        WebhookReceiver.Call call = callFor(newAccountId());
        long signedAt = clock.instant().getEpochSecond();
        // The receiver checks it an hour later: a replay, past the library's 5-minute tolerance.
        clock.advance(Duration.ofHours(1));

        NodeTools.Result result = verify(call, call.body(), clock.instant().getEpochSecond());

        assertThat(Long.parseLong(call.headers().get("webhook-timestamp"))).isEqualTo(signedAt);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("Message timestamp too old");
    }

    @Test
    void aRetryCarriesTheSameWebhookIdAndIsSignedAgainAtItsOwnTime() throws IOException {
        String account = newAccountId();
        MailAndWebhookResource.webhooks().script(account, 503);
        open(account, "ja");
        dispatcher.dispatch();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatch();

        List<WebhookReceiver.Call> calls = MailAndWebhookResource.webhooks().callsFor(account);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).headers().get("webhook-id")).isEqualTo(calls.get(0).headers().get("webhook-id"))
                .startsWith("notification-");
        assertThat(calls.get(1).headers().get("webhook-timestamp"))
                .isNotEqualTo(calls.get(0).headers().get("webhook-timestamp"));
        NodeTools.Result result = verify(calls.get(1), calls.get(1).body(), clock.instant().getEpochSecond());
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void aPlainSecretConfiguredBeforeVerifiesAsRawBytes() throws IOException {
        // "desk" keeps a plain secret and hears of customers' reports: send the form to get its call.
        String account = newAccountId();
        String id = openIncident(account);
        String token = signer.tokenFor(UUID.fromString(id));
        Instant issued = clock.instant();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("message", "更新しました").formParam("issued", String.valueOf(issued.getEpochSecond()))
                .formParam("nonce", signer.formNonce(token, issued))
                .formParam("item", "recaptcha", "vulnerabilities", "updates", "tampering")
                .post("/report/" + token).then().statusCode(303);
        dispatcher.dispatch();
        List<WebhookReceiver.Call> calls = MailAndWebhookResource.webhooks().callsFor(account).stream()
                .filter(call -> call.body().contains("\"event\":\"REPORT_RECEIVED\"")).toList();
        assertThat(calls).hasSize(1);

        NodeTools.Result result = verify(MailAndWebhookResource.DESK_SECRET, "raw", calls.get(0),
                calls.get(0).body(), clock.instant().getEpochSecond());

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    private WebhookReceiver.Call callFor(String account) {
        open(account, "ja");
        dispatcher.dispatch();
        List<WebhookReceiver.Call> calls = MailAndWebhookResource.webhooks().callsFor(account);
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    /** Writes the call (the receiver's secret, its clock, headers and body) to a file and runs verify.js on it. */
    private NodeTools.Result verify(WebhookReceiver.Call call, String body, long now) throws IOException {
        return verify(MailAndWebhookResource.EDGE_SECRET, null, call, body, now);
    }

    private NodeTools.Result verify(String secret, String format, WebhookReceiver.Call call, String body, long now)
            throws IOException {
        Map<String, Object> input = new HashMap<>();
        input.put("secret", secret);
        if (format != null) {
            input.put("format", format);
        }
        input.put("now", now);
        input.put("headers", call.headers());
        input.put("body", body);
        Path file = Files.createTempFile("webhook-call", ".json");
        try {
            new ObjectMapper().writeValue(file.toFile(), input);
            return NodeTools.node("verify.js", file.toAbsolutePath().toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
