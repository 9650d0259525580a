package org.probation.incident.model;

import java.time.Instant;
import java.util.Optional;

/**
 * The monitoring an incident went through once the customer's first report was accepted. Kept as a value through
 * escalation and closing, so an incident that was monitored says so without nullable columns.
 *
 * @param reportedAt the first accepted report
 * @param since when monitoring started
 * @param until when monitoring gives up (escalates) unless lifted; moved by {@code EXTEND}
 */
public record MonitoringPeriod(Instant reportedAt, Instant since, Instant until) {

    public MonitoringPeriod {
        if (reportedAt == null || since == null || until == null) {
            throw new IllegalArgumentException("a monitoring period has a report, a start and an end");
        }
    }

    /** The period held by the three columns: empty when none is set, refused when only some are. */
    static Optional<MonitoringPeriod> of(Instant reportedAt, Instant since, Instant until) {
        if (reportedAt == null && since == null && until == null) {
            return Optional.empty();
        }
        return Optional.of(new MonitoringPeriod(reportedAt, since, until));
    }
}
