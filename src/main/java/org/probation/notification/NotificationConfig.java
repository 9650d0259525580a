package org.probation.notification;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code probation.notifications.*} and {@code probation.webhooks.*}: what goes out, to whom, and how it retries. */
@ConfigMapping(prefix = "probation")
public interface NotificationConfig {

    Notifications notifications();

    /** {@code probation.webhooks.<name>.*}: enforcement systems that want each decision change pushed. */
    Map<String, Webhook> webhooks();

    interface Notifications {
        /** Where operator alerts go (escalation, no data, source failing, dead notification). */
        Optional<String> operatorEmail();

        /** The address customers reach the service at, for the report link in mails. */
        @WithDefault("http://localhost:8080")
        String publicUrl();

        /** Times in mails are written in this zone. */
        @WithDefault("Asia/Tokyo")
        ZoneId timeZone();

        @WithDefault("10s")
        Duration dispatchEvery();

        @WithDefault("50")
        int batchSize();

        /** Attempts before a notification is dead (and operators are alerted). */
        @WithDefault("8")
        int maxAttempts();

        @WithDefault("30s")
        Duration initialBackoff();

        @WithDefault("1h")
        Duration maxBackoff();

        /** How long a claimed notification is reserved for one dispatcher before another may retry it. */
        @WithDefault("2m")
        Duration lease();

        /** Operator alerts of one kind for one incident are not repeated more often than this. */
        @WithDefault("1h")
        Duration alertRepeatInterval();
    }

    interface Webhook {
        String url();

        /** HMAC-SHA256 key for {@code X-Probation-Signature}. */
        String secret();

        /** Incident event types whose decision changes are sent (e.g. OPENED, RELAPSED); absent: all. */
        Optional<List<String>> events();

        @WithDefault("5s")
        Duration timeout();
    }
}
