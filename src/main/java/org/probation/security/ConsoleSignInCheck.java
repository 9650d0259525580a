package org.probation.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import io.smallrye.config.Converters;

/**
 * Checks the console's sign-in settings at start-up. The packaged app never signs anybody in as the demo operator, and
 * a half-given identity provider (a client without a server, a server without a secret, a provider with the sign-in
 * left off) stops start-up naming the missing key. No provider at all is allowed: the API works as before and the
 * console answers 503 saying what to set ({@link ConsoleNotConfigured}).
 */
@Singleton
public class ConsoleSignInCheck {

    static final String SERVER = "quarkus.oidc.auth-server-url";
    static final String CLIENT = "quarkus.oidc.client-id";
    static final String SECRET = "quarkus.oidc.credentials.secret";
    static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";
    static final String FORM_SECRET = "probation.console.form-secret";

    private final Config config;

    ConsoleSignInCheck(Config config) {
        this.config = config;
    }

    @Startup
    void check() {
        List<String> problems = problems(LaunchMode.current(), name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Probation will not start: " + String.join("; ", problems) + ".");
        }
    }

    /** What is wrong with the console's sign-in settings in this launch mode; empty when nothing is. */
    static List<String> problems(LaunchMode mode, Function<String, Optional<String>> config) {
        List<String> problems = new ArrayList<>();
        if (mode != LaunchMode.DEVELOPMENT && isOn(config.apply(DemoOperatorMechanism.FLAG))) {
            problems.add(DemoOperatorMechanism.FLAG + " (PROBATION_CONSOLE_DEMO_OPERATOR) is on, which signs "
                    + "everybody in to the console as an operator; it is for dev mode only: remove it");
        }
        Optional<String> formSecret = value(config.apply(FORM_SECRET));
        if (formSecret.isPresent() && formSecret.get().length() < ConsoleFormTokens.MIN_SECRET_LENGTH) {
            problems.add(FORM_SECRET + " (PROBATION_CONSOLE_FORM_SECRET) must be at least "
                    + ConsoleFormTokens.MIN_SECRET_LENGTH + " characters, e.g. openssl rand -base64 48");
        }
        Optional<String> server = value(config.apply(SERVER));
        if (!tenantEnabled(config)) {
            // The prod profile keeps the sign-in off until it is turned on: a provider given without that would
            // start with a console that answers 503. Dev mode turns it off on purpose, for the demo operator.
            if (mode != LaunchMode.DEVELOPMENT) {
                List.of(SERVER, CLIENT, SECRET).stream().filter(key -> value(config.apply(key)).isPresent())
                        .findFirst().ifPresent(key -> problems.add(key + " is set but " + TENANT_ENABLED
                                + " (QUARKUS_OIDC_TENANT_ENABLED) is false, so the console would not sign anybody in: "
                                + "set QUARKUS_OIDC_TENANT_ENABLED=true, or remove " + key));
            }
            return problems;
        }
        if (server.isEmpty()) {
            for (String key : List.of(CLIENT, SECRET)) {
                if (value(config.apply(key)).isPresent()) {
                    problems.add(key + " is set but " + SERVER + " (QUARKUS_OIDC_AUTH_SERVER_URL, the identity "
                            + "provider's issuer, e.g. https://idp.example/realms/<realm>) is not");
                    break;
                }
            }
            return problems;
        }
        if (!isHttpUrl(server.get())) {
            problems.add(SERVER + " (QUARKUS_OIDC_AUTH_SERVER_URL) must be an http:// or https:// URL, e.g. "
                    + "https://idp.example/realms/<realm>; it is '" + server.get() + "'");
        }
        if (value(config.apply(CLIENT)).isEmpty()) {
            problems.add(SERVER + " is set but " + CLIENT + " (QUARKUS_OIDC_CLIENT_ID, the console's client at the "
                    + "identity provider) is not");
        }
        if (value(config.apply(SECRET)).isEmpty()) {
            problems.add(SERVER + " is set but " + SECRET + " (QUARKUS_OIDC_CREDENTIALS_SECRET, the console "
                    + "client's secret) is not");
        }
        return problems;
    }

    /** Whether the console has an identity provider to sign in with. */
    static boolean configured(Function<String, Optional<String>> config) {
        return tenantEnabled(config) && value(config.apply(SERVER)).isPresent();
    }

    /** {@code quarkus.oidc.tenant-enabled} as Quarkus reads it: on unless it says false. */
    private static boolean tenantEnabled(Function<String, Optional<String>> config) {
        return config.apply(TENANT_ENABLED).map(String::trim).map(v -> !v.equalsIgnoreCase("false")).orElse(true);
    }

    /**
     * The flag as {@link DemoOperatorMechanism} reads it: through the config's own Boolean converter, so {@code yes},
     * {@code on}, {@code 1} count as true here too.
     */
    private static boolean isOn(Optional<String> flag) {
        return value(flag).map(v -> Boolean.TRUE.equals(Converters.getImplicitConverter(Boolean.class).convert(v)))
                .orElse(false);
    }

    private static Optional<String> value(Optional<String> value) {
        return value.map(String::trim).filter(v -> !v.isEmpty());
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
