package org.probation.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probation.validation.PositiveDuration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** {@code probation.webhooks.<name>.*}: enforcement systems that want each decision change pushed. */
@ConfigMapping(prefix = "probation.webhooks")
public interface WebhooksConfig {

    /** The webhooks by name; the name is the recipient of their outbox rows. */
    @WithParentName
    Map<String, Webhook> endpoints();

    interface Webhook {
        String url();

        /** HMAC-SHA256 key for {@code X-Probation-Signature}. */
        String secret();

        /** Incident event types whose decision changes are sent (e.g. OPENED, RELAPSED); absent: all. */
        Optional<List<String>> events();

        @WithDefault("5s")
        @PositiveDuration
        Duration timeout();
    }
}
