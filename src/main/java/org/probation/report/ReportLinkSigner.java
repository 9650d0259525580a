package org.probation.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.probation.report.model.ReportToken;

import io.quarkus.runtime.Startup;

/**
 * The report links' keys, checked at start-up: without them every mailed link would be dead, which nobody notices
 * until a customer calls. Only dev mode and tests have built-in keys.
 */
@Singleton
@Startup
public class ReportLinkSigner {

    static final String MISSING = "Probation will not start without a key for the customers' report links: set "
            + "PROBATION_REPORT_SECRETS (one or more secrets of at least " + ReportToken.MIN_SECRET_LENGTH
            + " characters, comma-separated; the first signs, all verify). Only dev mode and tests have defaults.";

    private final ReportToken tokens;
    private final ReportConfig config;
    private final Clock clock;

    ReportLinkSigner(ReportConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        List<String> secrets = config.secrets().orElse(List.of()).stream().filter(s -> !s.isBlank()).toList();
        if (secrets.isEmpty()) {
            throw new IllegalStateException(MISSING);
        }
        try {
            this.tokens = new ReportToken(secrets);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PROBATION_REPORT_SECRETS: " + e.getMessage(), e);
        }
    }

    /** A token for the incident, valid for {@code probation.report.token-ttl} from now. */
    public String tokenFor(UUID incidentId) {
        return tokens.sign(incidentId, clock.instant().plus(config.tokenTtl()));
    }

    public ReportToken.Verified verify(String token) {
        return tokens.verify(token, clock.instant());
    }

    public String formNonce(String token, Instant issuedAt) {
        return tokens.formNonce(token, issuedAt);
    }

    public boolean checkFormNonce(String token, long issuedAt, String nonce) {
        return tokens.checkFormNonce(token, issuedAt, nonce, clock.instant(), config.formMaxAge());
    }
}
