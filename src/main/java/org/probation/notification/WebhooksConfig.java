package org.probation.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probation.validation.PositiveDuration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * {@code probation.webhooks.<name>.*}: enforcement systems that want each decision change pushed, and desks that want
 * to hear of customers' reports.
 */
@ConfigMapping(prefix = "probation.webhooks")
public interface WebhooksConfig {

    /**
     * The webhook event of a report a customer sent through the form. Not a decision: only a webhook whose
     * {@code events} name it gets it, so an enforcement system that takes every decision is not sent a body without
     * one.
     */
    String REPORT_RECEIVED = "REPORT_RECEIVED";

    /** The webhooks by name; the name is the recipient of their outbox rows. */
    @WithParentName
    Map<String, Webhook> endpoints();

    interface Webhook {
        String url();

        /**
         * The HMAC-SHA256 key of the signatures: {@code whsec_<base64>} (Standard Webhooks), or a plain secret used
         * as its UTF-8 bytes. See {@link org.probation.notification.model.WebhookSignature}.
         */
        String secret();

        /**
         * Secrets being rotated out, comma-separated, in the same forms as {@link #secret()}: each call carries one
         * {@code v1,} signature per secret, so a receiver still holding an older one verifies until it has the new
         * one. Absent: only {@link #secret()}.
         */
        Optional<List<String>> previousSecrets();

        /**
         * Incident event types whose decision changes are sent (e.g. OPENED, RELAPSED); absent: all. Also
         * {@link #REPORT_RECEIVED}, sent only when named.
         */
        Optional<List<String>> events();

        @WithDefault("5s")
        @PositiveDuration
        Duration timeout();
    }
}
