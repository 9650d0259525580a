package org.probation.notification.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature headers of a webhook call, as the <a href="https://www.standardwebhooks.com/">Standard Webhooks</a>
 * specification has them: {@code webhook-id}, {@code webhook-timestamp} (unix seconds) and
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, so a receiver verifies with an
 * off-the-shelf library. The timestamp is signed with the body, so a replayed call older than a few minutes is refused.
 * <p>
 * A secret in the standard form {@code whsec_<base64>} is the base64-decoded key; any other secret (what was
 * configured before) is used as its UTF-8 bytes, the way the libraries' "raw" secret format takes it.
 * <p>
 * During a key rotation a call is signed with every configured secret, one {@code v1,<sig>} each, space-separated in
 * {@code webhook-signature} as the specification allows: a receiver verifies when any of them matches its secret.
 * <p>
 * The former header {@code X-Probation-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} is still sent
 * for one release, keyed with the current secret's UTF-8 bytes as configured (also for a {@code whsec_} secret):
 * that is how the former receivers compute it.
 */
public final class WebhookSignature {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    /** The former header, kept for one release. */
    public static final String HEADER = "X-Probation-Signature";

    public static final String SECRET_PREFIX = "whsec_";
    /** The specification's lower bound for a key: 24 bytes (192 bits). */
    static final int MIN_KEY_BYTES = 24;

    private WebhookSignature() {
    }

    /** The key a configured secret stands for: decoded from {@code whsec_<base64>}, or a plain secret's UTF-8 bytes. */
    public static byte[] key(String secret) {
        if (secret.startsWith(SECRET_PREFIX)) {
            return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    /** What is wrong with a configured secret, if anything; a plain secret is accepted as it always was. */
    public static Optional<String> secretProblem(String secret) {
        if (secret.isBlank()) {
            return Optional.of("must not be empty");
        }
        if (!secret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        String encoded = secret.substring(SECRET_PREFIX.length());
        byte[] key;
        try {
            // Padded standard base64, as the Standard Webhooks libraries decode it.
            if (encoded.length() % 4 != 0) {
                throw new IllegalArgumentException("length");
            }
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + SECRET_PREFIX + "' must be followed by padded standard base64 (e.g. "
                    + SECRET_PREFIX + "$(openssl rand -base64 32))");
        }
        if (key.length < MIN_KEY_BYTES) {
            return Optional.of("the key after '" + SECRET_PREFIX + "' is " + key.length + " bytes; at least "
                    + MIN_KEY_BYTES + " (e.g. " + SECRET_PREFIX + "$(openssl rand -base64 32))");
        }
        return Optional.empty();
    }

    /** {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}. */
    public static String standard(byte[] key, String id, long unixSeconds, String body) {
        return "v1," + Base64.getEncoder().encodeToString(mac(key, id + "." + unixSeconds + "." + body));
    }

    /** One {@code v1,<sig>} per key, space-separated, in the keys' order: the header of a call during a rotation. */
    public static String standard(List<byte[]> keys, String id, long unixSeconds, String body) {
        return keys.stream().map(key -> standard(key, id, unixSeconds, body)).collect(Collectors.joining(" "));
    }

    /**
     * The former {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}, keyed with the configured secret's UTF-8
     * bytes as the former receivers have it, never with the key decoded from {@code whsec_}.
     */
    public static String legacy(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    /** Hex HMAC-SHA256 of a message with a plain secret's UTF-8 bytes: how a former receiver checks. */
    public static String hmac(String secret, String message) {
        return HexFormat.of().formatHex(mac(secret.getBytes(StandardCharsets.UTF_8), message));
    }

    private static byte[] mac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
