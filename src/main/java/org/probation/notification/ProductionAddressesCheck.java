package org.probation.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.Startup;

/**
 * The packaged application refuses to start with the addresses dev mode and tests use: operator alerts to a reserved
 * example domain (or nowhere), report links to localhost. Both would start fine and fail quietly: alerts bounce,
 * customers get links they cannot open. Only the prod build has this check; dev mode and tests keep their defaults.
 */
@Singleton
@IfBuildProfile("prod")
public class ProductionAddressesCheck {

    /** Domains that never reach anybody (RFC 2606, RFC 6761), as suffixes of {@code "." + domain}. */
    private static final List<String> RESERVED_SUFFIXES = List.of(".example", ".invalid", ".test", ".localhost",
            ".example.com", ".example.net", ".example.org");

    private final NotificationConfig config;

    ProductionAddressesCheck(NotificationConfig config) {
        this.config = config;
    }

    @Startup
    void check() {
        List<String> problems = problems(config.operatorEmail(), config.publicUrl());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(message(problems));
        }
    }

    /** What is wrong, as the environment variables an operator sets. */
    static List<String> problems(Optional<String> operatorEmail, String publicUrl) {
        List<String> problems = new ArrayList<>();
        String email = operatorEmail.map(String::trim).orElse("");
        if (email.isEmpty() || reserved(email.substring(email.lastIndexOf('@') + 1))) {
            problems.add("PROBATION_OPERATOR_EMAIL (where operator alerts go; now '" + email + "')");
        }
        if (!reachable(publicUrl)) {
            problems.add("PROBATION_PUBLIC_URL (the https:// address customers open their report links at; now '"
                    + publicUrl + "')");
        }
        return problems;
    }

    static String message(List<String> problems) {
        return "Probation will not start in production with example addresses: set " + String.join(", and ", problems)
                + ". Only dev mode and tests have defaults.";
    }

    private static boolean reachable(String url) {
        try {
            String host = new URI(url.trim()).getHost();
            return host != null && !reserved(host) && !host.startsWith("127.") && !host.equals("[::1]")
                    && !host.equals("0.0.0.0");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean reserved(String domain) {
        String name = "." + domain.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        return RESERVED_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
