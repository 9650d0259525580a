package org.probation.words;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code probation.notifications.time-zone}: the zone of the times a customer reads, in the mails and on the report
 * page. The key stays under {@code probation.notifications}, beside the rest of {@code NotificationConfig}.
 */
@ConfigMapping(prefix = "probation.notifications")
public interface WordsConfig {

    /** Times in mails and on the report page are written in this zone. */
    @WithDefault("Asia/Tokyo")
    ZoneId timeZone();
}
