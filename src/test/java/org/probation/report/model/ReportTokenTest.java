package org.probation.report.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.probation.report.model.ReportToken.Failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTokenTest {

    static final String KEY = "current-report-link-key-0123456789abcdef";
    static final String OLD_KEY = "previous-report-link-key-0123456789abcdef";
    static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    static final UUID INCIDENT = UUID.fromString("0c5e8a0e-6b55-4a3c-9d1c-2f1f6b1a7e01");

    final ReportToken tokens = new ReportToken(List.of(KEY));

    @Test
    void aSignedTokenNamesItsIncidentUntilItExpires() {
        String token = tokens.sign(INCIDENT, NOW.plus(Duration.ofDays(30)));

        var verified = tokens.verify(token, NOW.plus(Duration.ofDays(29)));
        assertThat(verified.valid()).isTrue();
        assertThat(verified.incidentId()).isEqualTo(INCIDENT);
        assertThat(token).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        String token = tokens.sign(INCIDENT, NOW);
        assertThat(tokens.verify(token, NOW).failure()).isEqualTo(Failure.EXPIRED);
        assertThat(tokens.verify(token, NOW.minusSeconds(1)).valid()).isTrue();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsForged() {
        String token = new ReportToken(List.of("someone-elses-key-0123456789abcdefghij")).sign(INCIDENT,
                NOW.plusSeconds(60));
        var verified = tokens.verify(token, NOW);
        assertThat(verified.failure()).isEqualTo(Failure.FORGED);
        assertThat(verified.incidentId()).isNull();
    }

    @Test
    void changingTheIncidentOrTheExpiryBreaksTheSignature() {
        byte[] bytes = Base64.getUrlDecoder().decode(tokens.sign(INCIDENT, NOW.plusSeconds(60)));
        byte[] otherIncident = bytes.clone();
        otherIncident[5] ^= 1;
        byte[] later = bytes.clone();
        later[24] ^= 0x7f;
        for (byte[] tampered : List.of(otherIncident, later)) {
            assertThat(tokens.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered), NOW).failure())
                    .isEqualTo(Failure.FORGED);
        }
    }

    @Test
    void garbageIsMalformed() {
        for (String garbage : new String[] { "", "abc", "!!!!", INCIDENT.toString(), "A".repeat(500), null }) {
            assertThat(tokens.verify(garbage, NOW).failure()).as(garbage).isEqualTo(Failure.MALFORMED);
        }
    }

    @Test
    void afterRotationTheOldKeyStillVerifiesButNewTokensUseTheNewKey() {
        String old = new ReportToken(List.of(OLD_KEY)).sign(INCIDENT, NOW.plusSeconds(60));
        ReportToken rotated = new ReportToken(List.of(KEY, OLD_KEY));

        assertThat(rotated.verify(old, NOW).incidentId()).isEqualTo(INCIDENT);
        String fresh = rotated.sign(INCIDENT, NOW.plusSeconds(60));
        assertThat(tokens.verify(fresh, NOW).valid()).isTrue();
        assertThat(new ReportToken(List.of(OLD_KEY)).verify(fresh, NOW).failure()).isEqualTo(Failure.FORGED);
    }

    @Test
    void aFormNonceIsBoundToItsLinkAndItsTime() {
        String token = tokens.sign(INCIDENT, NOW.plusSeconds(600));
        String other = tokens.sign(UUID.randomUUID(), NOW.plusSeconds(600));
        String nonce = tokens.formNonce(token, NOW);
        Duration maxAge = Duration.ofHours(1);

        assertThat(tokens.checkFormNonce(token, NOW.getEpochSecond(), nonce, NOW.plusSeconds(10), maxAge)).isTrue();
        assertThat(tokens.checkFormNonce(other, NOW.getEpochSecond(), nonce, NOW, maxAge)).isFalse();
        assertThat(tokens.checkFormNonce(token, NOW.getEpochSecond() + 1, nonce, NOW, maxAge)).isFalse();
        assertThat(tokens.checkFormNonce(token, NOW.getEpochSecond(), nonce, NOW.plus(Duration.ofHours(2)), maxAge))
                .isFalse();
        assertThat(tokens.checkFormNonce(token, NOW.getEpochSecond(), null, NOW, maxAge)).isFalse();
    }

    @Test
    void shortOrMissingKeysAreRefused() {
        assertThatThrownBy(() -> new ReportToken(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportToken(List.of("short"))).hasMessageContaining("at least 32 characters");
    }
}
