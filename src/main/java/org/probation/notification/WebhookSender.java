package org.probation.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.notification.model.WebhookSignature;
import org.probation.notification.persistence.NotificationEntity;

/**
 * POSTs an outbox webhook call, signed (Standard Webhooks, see {@link WebhookSignature}); anything but a 2xx answer is a failed
 * attempt.
 */
@ApplicationScoped
public class WebhookSender {

    private final WebhooksConfig config;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookSender(WebhooksConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public void send(NotificationEntity notification) throws IOException, InterruptedException {
        WebhooksConfig.Webhook webhook = config.endpoints().get(notification.recipient);
        if (webhook == null) {
            throw new IOException("webhook '" + notification.recipient + "' is no longer configured");
        }
        // The current secret first, then those being rotated out: one signature each.
        List<byte[]> keys = Stream.concat(Stream.of(webhook.secret()), webhook.previousSecrets().orElse(List.of())
                .stream()).map(WebhookSignature::key).toList();
        // The outbox row's id: the same on every retry, so a receiver recognises a call it has already handled.
        String id = "notification-" + notification.id;
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                .timeout(webhook.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.ID, id)
                .header(WebhookSignature.TIMESTAMP, String.valueOf(timestamp))
                .header(WebhookSignature.SIGNATURE, WebhookSignature.standard(keys, id, timestamp, notification.payload))
                // The former headers, for one release, keyed as the former receivers check them.
                .header(WebhookSignature.HEADER,
                        WebhookSignature.legacy(webhook.secret(), timestamp, notification.payload))
                .header("X-Probation-Delivery", String.valueOf(notification.id))
                .POST(HttpRequest.BodyPublishers.ofString(notification.payload, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("webhook '" + notification.recipient + "' answered HTTP " + response.statusCode());
        }
    }
}
