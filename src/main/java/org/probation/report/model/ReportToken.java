package org.probation.report.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed part of a customer's report link: one incident and an expiry, signed with HMAC-SHA256. No login and no
 * database row: whoever holds the link may report for that incident until it expires. Signed with the first key;
 * every key verifies, so a key can be rotated without breaking the links already mailed.
 *
 * <p>
 * Layout (base64url, no padding): version (1 byte), incident id (16), expiry in epoch seconds (8), MAC (32).
 */
public final class ReportToken {

    /** Why a link was refused; the metric's {@code reason} tag. */
    public enum Failure {
        MALFORMED,
        FORGED,
        EXPIRED
    }

    /** The outcome of {@link #verify}: an incident, or why not. */
    public record Verified(UUID incidentId, Instant expiresAt, Failure failure) {
        public boolean valid() {
            return failure == null;
        }
    }

    /** Keys shorter than this are refused: an HMAC key should hold at least as many bits as the hash. */
    public static final int MIN_SECRET_LENGTH = 32;

    private static final byte VERSION = 1;
    private static final int SIGNED = 1 + 16 + 8;
    private static final int LENGTH = SIGNED + 32;
    /** Longer than any token: refused before decoding. */
    private static final int MAX_TEXT = 100;

    private final List<byte[]> keys;

    /** @param secrets the signing secret first, then previous ones that still verify */
    public ReportToken(List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one report link secret is needed");
        }
        for (String secret : secrets) {
            if (secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException(
                        "a report link secret must be at least " + MIN_SECRET_LENGTH + " characters long");
            }
        }
        this.keys = secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }

    public String sign(UUID incidentId, Instant expiresAt) {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
        buffer.put(VERSION).putLong(incidentId.getMostSignificantBits())
                .putLong(incidentId.getLeastSignificantBits()).putLong(expiresAt.getEpochSecond());
        byte[] bytes = buffer.array();
        System.arraycopy(mac(keys.get(0), bytes, SIGNED), 0, bytes, SIGNED, 32);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Verified verify(String token, Instant now) {
        Optional<byte[]> decoded = decode(token);
        if (decoded.isEmpty()) {
            return new Verified(null, null, Failure.MALFORMED);
        }
        byte[] bytes = decoded.get();
        byte[] given = java.util.Arrays.copyOfRange(bytes, SIGNED, LENGTH);
        boolean signed = keys.stream().anyMatch(key -> MessageDigest.isEqual(mac(key, bytes, SIGNED), given));
        if (!signed) {
            return new Verified(null, null, Failure.FORGED);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, SIGNED - 1);
        UUID id = new UUID(buffer.getLong(), buffer.getLong());
        Instant expiresAt = Instant.ofEpochSecond(buffer.getLong());
        if (!now.isBefore(expiresAt)) {
            return new Verified(null, expiresAt, Failure.EXPIRED);
        }
        return new Verified(id, expiresAt, null);
    }

    /**
     * A per-form value binding a submission to the link and to the moment the form was shown, so a form cannot be
     * posted without having been fetched through the link (and an old copy stops working after {@code maxAge}).
     */
    public String formNonce(String token, Instant issuedAt) {
        return nonce(keys.get(0), token, issuedAt.getEpochSecond());
    }

    public boolean checkFormNonce(String token, long issuedAtSeconds, String nonce, Instant now,
            java.time.Duration maxAge) {
        if (nonce == null || nonce.length() > MAX_TEXT) {
            return false;
        }
        Instant issued = Instant.ofEpochSecond(issuedAtSeconds);
        if (issued.isAfter(now.plusSeconds(60)) || issued.plus(maxAge).isBefore(now)) {
            return false;
        }
        byte[] given = nonce.getBytes(StandardCharsets.US_ASCII);
        return keys.stream().anyMatch(key -> MessageDigest.isEqual(
                nonce(key, token, issuedAtSeconds).getBytes(StandardCharsets.US_ASCII), given));
    }

    private static String nonce(byte[] key, String token, long issuedAt) {
        byte[] message = ("form|" + token + "|" + issuedAt).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, message, message.length));
    }

    private static Optional<byte[]> decode(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TEXT) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            return bytes.length == LENGTH && bytes[0] == VERSION ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] key, byte[] message, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(message, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
