package org.probation.notification;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code probation.notifications.*}: what goes out, to whom, and how it retries. */
@ConfigMapping(prefix = "probation.notifications")
public interface NotificationConfig {

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
