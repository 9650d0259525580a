package org.probation.policy.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What enforcement applies to an account at one stage. Every field is optional: an absent control is not enforced.
 *
 * @param webForeign web access from outside the allowed countries: {@code block}, {@code admin-only} or {@code allow}
 * @param allowCountries countries whose visitors are never blocked (ISO 3166-1 alpha-2)
 * @param blockedPaths paths blocked for foreign visitors when {@code webForeign} is {@code admin-only}
 * @param mailForeign outbound mail to foreign recipients: {@code block} or {@code allow}
 * @param mailMaxPerHour cap on outbound mail per hour
 */
public record Controls(Optional<String> webForeign, List<String> allowCountries, List<String> blockedPaths,
        Optional<String> mailForeign, OptionalInt mailMaxPerHour) {

    public static final List<String> WEB_FOREIGN_VALUES = List.of("block", "admin-only", "allow");
    public static final List<String> MAIL_FOREIGN_VALUES = List.of("block", "allow");

    public Controls {
        allowCountries = List.copyOf(allowCountries);
        blockedPaths = List.copyOf(blockedPaths);
    }
}
