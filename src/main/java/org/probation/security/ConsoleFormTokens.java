package org.probation.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The console forms' CSRF tokens: HMAC-SHA256 of the signed-in session, that is the principal's name and what the
 * identity provider's ID token says about this sign-in ({@code sid}, else {@code auth_time}, else {@code iat}). The
 * token is the same on every page of one sign-in and differs for every other user and every other sign-in; nobody
 * makes one without the key, not even a sibling subdomain that can set cookies for ours (which is what broke the
 * double-submit cookie this replaces).
 * <p>
 * The key is the same on every replica: {@code probation.console.form-secret} when given, else derived from the
 * console client's secret ({@code quarkus.oidc.credentials.secret}, which every replica has and with which Quarkus
 * already encrypts the session cookie) under a label of its own, so that a token says nothing about that secret.
 * Without either (dev mode's demo operator, the page tests, a deployment whose console is not configured) a random
 * key per start, which one process is all that needs.
 */
@Singleton
public class ConsoleFormTokens {

    static final String ALGORITHM = "HmacSHA256";
    /** What the client secret is hashed with to make the key; a new label would make every open form invalid. */
    static final String LABEL = "probation console form token v1";
    static final int MIN_SECRET_LENGTH = 32;
    /** The ID token's claims that name one sign-in, best first; sid and auth_time outlive a token refresh. */
    static final List<String> SESSION_CLAIMS = List.of("sid", "auth_time", "iat");

    private final SecretKeySpec key;

    @Inject
    ConsoleFormTokens(ConsoleConfig console,
            @ConfigProperty(name = ConsoleSignInCheck.SECRET) Optional<String> clientSecret) {
        this(key(console.formSecret(), clientSecret));
    }

    ConsoleFormTokens(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The key from the form secret, else from the client secret, else random (see the class comment). */
    static byte[] key(Optional<String> formSecret, Optional<String> clientSecret) {
        Optional<String> given = formSecret.filter(s -> !s.isBlank());
        if (given.isPresent()) {
            return given.get().getBytes(StandardCharsets.UTF_8);
        }
        Optional<String> client = clientSecret.filter(s -> !s.isBlank());
        if (client.isPresent()) {
            return hmac(client.get().getBytes(StandardCharsets.UTF_8), LABEL.getBytes(StandardCharsets.UTF_8));
        }
        // A generator made here, not held in a static field: the native image initialises classes while it is built,
        // and a static one would carry the build machine's seed into every executable.
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    /** The token for this identity's forms. */
    public String tokenFor(SecurityIdentity identity) {
        String name = identity.isAnonymous() || identity.getPrincipal() == null ? "" : identity.getPrincipal().getName();
        String session = session(identity);
        // Lengths first, so that no name and session can be cut differently into the same bytes.
        String signed = name.length() + ":" + name + "\n" + session.length() + ":" + session;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(key.getEncoded(), signed.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code sent} is this signed-in identity's token; never for an anonymous request. */
    boolean accepts(SecurityIdentity identity, String sent) {
        if (identity == null || identity.isAnonymous() || sent == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(identity).getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }

    /** This sign-in as the ID token names it; empty for an identity without one (the demo operator, test users). */
    static String session(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            for (String claim : SESSION_CLAIMS) {
                Object value = token.getClaim(claim);
                if (value != null && !value.toString().isBlank()) {
                    return claim + "=" + value;
                }
            }
        }
        return "";
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
