package org.probation.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.incident.persistence.IncidentRepository;

/** Claims due incidents for this replica's tick; {@code next_evaluation_at} is both the schedule and the lease. */
@ApplicationScoped
public class IncidentClaims {

    private final IncidentRepository incidents;

    IncidentClaims(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> claim(Instant now, int limit, Instant leaseUntil) {
        return incidents.claimDue(now, limit, leaseUntil);
    }
}
