package org.probation.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.Startup;

/**
 * Refuses to start without a key to verify API tokens and the issuer they must come from. Without this check a
 * misconfigured deployment would start and answer every API call with 401, which looks like an outage of the identity
 * provider rather than a missing setting. Only dev mode and tests have defaults (the dev key pair in {@code dev/}).
 */
@Singleton
public class TokenKeyCheck {

    static final List<String> KEY_PROPERTIES = List.of("mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location",
            "smallrye.jwt.verify.key.location");
    static final String ISSUER_PROPERTY = "mp.jwt.verify.issuer";

    private final Config config;

    TokenKeyCheck(Config config) {
        this.config = config;
    }

    @Startup
    void check() {
        List<String> missing = missing(name -> config.getOptionalValue(name, String.class));
        if (!missing.isEmpty()) {
            throw new IllegalStateException(message(missing));
        }
    }

    /** What is missing from the configuration, as the environment variables an operator sets. */
    static List<String> missing(Function<String, Optional<String>> config) {
        List<String> missing = new ArrayList<>();
        if (KEY_PROPERTIES.stream().map(config).noneMatch(TokenKeyCheck::present)) {
            missing.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM or JWK set file, or the identity provider's JWKS "
                    + "https:// URL) or MP_JWT_VERIFY_PUBLICKEY (the key itself)");
        }
        if (!present(config.apply(ISSUER_PROPERTY))) {
            missing.add("MP_JWT_VERIFY_ISSUER (the iss claim of the identity provider's tokens)");
        }
        return missing;
    }

    static String message(List<String> missing) {
        return "Probation will not start without a way to verify API tokens: set " + String.join(", and ", missing)
                + ". Only dev mode and tests have defaults.";
    }

    /** {@code NONE} is SmallRye JWT's own word for "not set" (Quarkus passes it to the packaged app in tests). */
    private static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank() && !v.trim().equalsIgnoreCase("NONE")).isPresent();
    }
}
