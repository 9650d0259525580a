package org.probation.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.claim.DueRows;

/** Claims due incidents for this replica's tick; {@code next_evaluation_at} is both the schedule and the lease. */
@ApplicationScoped
public class IncidentClaims {

    private final DueRows rows;

    IncidentClaims(DueRows rows) {
        this.rows = rows;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> claim(Instant now, int limit, Instant leaseUntil) {
        return rows.claim("incident", "next_evaluation_at", now, limit, leaseUntil).stream().map(DueRows::uuid)
                .toList();
    }
}
