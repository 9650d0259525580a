package org.probation.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The production start-up check: no key or no issuer, no start, and the message says what to set. */
class TokenKeyCheckTest {

    private static final String ISSUER = "mp.jwt.verify.issuer";

    @Test
    void aKeyLocationAndAnIssuerAreEnough() {
        assertThat(missing(Map.of("mp.jwt.verify.publickey.location", "/etc/probation/idp.pem",
                ISSUER, "https://idp.example/realms/abuse"))).isEmpty();
    }

    @Test
    void anInlineKeyOrTheSmallRyeKeyLocationWorkAsWell() {
        assertThat(missing(Map.of("mp.jwt.verify.publickey", "MIIBIjANBgkqh…", ISSUER, "https://idp.example")))
                .isEmpty();
        assertThat(missing(Map.of("smallrye.jwt.verify.key.location", "https://idp.example/jwks", ISSUER,
                "https://idp.example"))).isEmpty();
    }

    @Test
    void withoutAKeyTheServiceDoesNotStart() {
        List<String> missing = missing(Map.of(ISSUER, "https://idp.example"));

        assertThat(missing).hasSize(1);
        assertThat(missing.get(0)).startsWith("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    }

    @Test
    void withoutAnIssuerTheServiceDoesNotStart() {
        assertThat(missing(Map.of("mp.jwt.verify.publickey.location", "/etc/probation/idp.pem")))
                .singleElement().asString().startsWith("MP_JWT_VERIFY_ISSUER");
    }

    @Test
    void blankValuesAndSmallRyesNoneCountAsMissing() {
        assertThat(missing(Map.of("mp.jwt.verify.publickey.location", " ", ISSUER, ""))).hasSize(2);
        assertThat(missing(Map.of("mp.jwt.verify.publickey", "NONE", ISSUER, "https://idp.example"))).hasSize(1);
    }

    @Test
    void theMessageNamesTheEnvironmentVariablesToSet() {
        String message = TokenKeyCheck.message(missing(Map.of()));

        assertThat(message).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER")
                .startsWith("Probation will not start without a way to verify API tokens");
    }

    private static List<String> missing(Map<String, String> config) {
        Function<String, Optional<String>> lookup = name -> Optional.ofNullable(config.get(name));
        return TokenKeyCheck.missing(lookup);
    }
}
