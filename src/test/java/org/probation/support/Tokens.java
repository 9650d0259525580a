package org.probation.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import static io.restassured.RestAssured.given;

/**
 * Real signed JWTs for tests, made with the dev key pair in {@code dev/jwt/} that dev mode and tests trust. Tokens are
 * stamped with the system time, not the test clock: their expiry is checked by the JWT library against the real time.
 */
public final class Tokens {

    /** The issuer dev mode and tests expect ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "https://probation.invalid/dev";
    public static final Path DEV_PRIVATE_KEY = Path.of("dev/jwt/private.pem");
    public static final Path DEV_PUBLIC_KEY = Path.of("dev/jwt/public.pem");

    private static PrivateKey devKey;
    private static PrivateKey foreignKey;

    private Tokens() {
    }

    /** A valid token for {@code name} holding {@code roles}. */
    public static String token(String name, String... roles) {
        return claims(name, roles).sign(devKey());
    }

    /** The claims of a valid token, to be changed by a test before signing. */
    public static JwtClaimsBuilder claims(String name, String... roles) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).upn(name).subject("id-" + name).groups(java.util.Set.of(roles)).issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(1)));
    }

    /** A request sent with a valid token for {@code name} holding {@code roles}. */
    public static RequestSpecification as(String name, String... roles) {
        return withToken(token(name, roles));
    }

    public static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** A request with no Authorization header at all (the default operator token is not added). */
    public static RequestSpecification anonymous() {
        return given().header(DefaultToken.NO_TOKEN, "true");
    }

    public static synchronized PrivateKey devKey() {
        if (devKey == null) {
            try {
                devKey = KeyUtils.decodePrivateKey(Files.readString(DEV_PRIVATE_KEY));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return devKey;
    }

    /** A key nobody trusts: tokens signed with it must be refused. */
    public static synchronized PrivateKey foreignKey() {
        if (foreignKey == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                foreignKey = generator.generateKeyPair().getPrivate();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return foreignKey;
    }
}
