package org.probation.words;

import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The customer's words' settings: the zone of the times a customer reads ({@code probation.notifications.time-zone})
 * and the signature that closes every customer mail and the report page
 * ({@code probation.notifications.signature.ja.*} and {@code .en.*}). The keys stay under
 * {@code probation.notifications}, beside the rest of {@code NotificationConfig}: one prefix for what goes out to a
 * customer. The provider's example names below, and the example hours and form in {@code application.properties}, are
 * for dev mode and tests; the packaged app warns at start-up while they are in force ({@link ProductionSignatureCheck}).
 */
@ConfigMapping(prefix = "probation.notifications")
public interface WordsConfig {

    String EXAMPLE_PROVIDER_JA = "サンプルホスティング株式会社";
    String EXAMPLE_PROVIDER_EN = "Example Hosting Inc.";

    /** Times in mails and on the report page are written in this zone. */
    @WithDefault("Asia/Tokyo")
    ZoneId timeZone();

    /** The signature in each language the customer reads. */
    Signatures signature();

    interface Signatures {
        JapaneseSignature ja();

        EnglishSignature en();
    }

    /** What closes a Japanese mail or page. */
    interface JapaneseSignature {
        /** The provider's name as the customer knows it from the contract. */
        @WithDefault(EXAMPLE_PROVIDER_JA)
        String provider();

        /** The desk that writes: 「アビューズ対応窓口」. */
        @WithDefault("アビューズ対応窓口")
        String desk();

        /** Support hours, written for the customer (「平日 10:00〜18:00（土日祝日・年末年始を除く）」). */
        Optional<String> hours();

        /** A phone number; absent: none is printed. */
        Optional<String> phone();

        /** The contact form's address. */
        Optional<String> formUrl();
    }

    /** What closes an English mail or page. */
    interface EnglishSignature {
        @WithDefault(EXAMPLE_PROVIDER_EN)
        String provider();

        @WithDefault("Abuse Desk")
        String desk();

        Optional<String> hours();

        Optional<String> phone();

        Optional<String> formUrl();
    }
}
