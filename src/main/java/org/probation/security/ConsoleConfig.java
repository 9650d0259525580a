package org.probation.security;

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
}
