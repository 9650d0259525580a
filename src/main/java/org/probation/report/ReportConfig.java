package org.probation.report;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code probation.report.*}: the customer report page's signed links. */
@ConfigMapping(prefix = "probation.report")
public interface ReportConfig {

    /**
     * HMAC keys of the report links, at least 32 characters each: the first signs new links, every one verifies. To
     * rotate, put the new key first and keep the old one after it until the links it signed have expired. No default
     * in prod ({@link ReportLinkSigner}).
     */
    Optional<List<String>> secrets();

    /** How long a mailed link works. */
    @WithDefault("30d")
    Duration tokenTtl();

    /** How long a shown form may be submitted. */
    @WithDefault("1d")
    Duration formMaxAge();

    /** Form submissions accepted per link per {@link #rateWindow()}; more get 429. */
    @WithDefault("10")
    int maxSubmissions();

    @WithDefault("10m")
    Duration rateWindow();

    /** The longest free text a customer may send. */
    @WithDefault("4000")
    int maxMessageLength();
}
