package org.probation.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The console's own settings ({@code probation.console.*}); the sign-in itself is {@code quarkus.oidc.*} (README,
 * Console sign-in).
 */
@ConfigMapping(prefix = "probation.console")
public interface ConsoleConfig {

    /**
     * Dev mode's console without an identity provider, everyone the demo operator ({@link DemoOperatorMechanism}). Only
     * {@code %dev} sets it; {@link ConsoleSignInCheck} refuses to start anything else with it.
     */
    @WithDefault("false")
    boolean demoOperator();

    /**
     * The key of the console forms' CSRF tokens, at least 32 characters, the same on every replica
     * ({@link ConsoleFormTokens}). Optional: without it the key is derived from the console client's secret.
     */
    Optional<String> formSecret();
}
