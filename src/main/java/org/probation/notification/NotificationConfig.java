package org.probation.notification;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Min;

import org.probation.validation.NonNegativeDuration;
import org.probation.validation.PositiveDuration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code probation.notifications.*}: what goes out, to whom, and how it retries. The zone times are written in
 * ({@code time-zone}) is the customer's words' setting: {@link org.probation.words.WordsConfig}.
 */
@ConfigMapping(prefix = "probation.notifications")
public interface NotificationConfig {

    /** Where operator alerts go (escalation, no data, source failing, dead notification). */
    Optional<String> operatorEmail();

    /** The address customers reach the service at, for the report link in mails ({@code PROBATION_PUBLIC_URL}). */
    @WithDefault("${PROBATION_PUBLIC_URL:http://localhost:8080}")
    String publicUrl();

    @WithDefault("10s")
    @PositiveDuration
    Duration dispatchEvery();

    @WithDefault("50")
    @Min(1)
    int batchSize();

    /** Attempts before a notification is dead (and operators are alerted). */
    @WithDefault("8")
    @Min(1)
    int maxAttempts();

    @WithDefault("30s")
    @PositiveDuration
    Duration initialBackoff();

    @WithDefault("1h")
    @PositiveDuration
    Duration maxBackoff();

    /** How long a claimed notification is reserved for one dispatcher before another may retry it. */
    @WithDefault("2m")
    @PositiveDuration
    Duration lease();

    /** Operator alerts of one kind for one incident are not repeated more often than this. */
    @WithDefault("1h")
    @NonNegativeDuration
    Duration alertRepeatInterval();
}
