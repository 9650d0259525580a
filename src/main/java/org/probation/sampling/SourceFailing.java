package org.probation.sampling;

import java.time.Instant;

/**
 * CDI event: a metric source has failed {@code consecutiveFailures} ticks in a row (exactly
 * {@code probation.sources.max-source-errors}) since {@code since}. Fired once per failure streak; the next one needs
 * the source to answer in between. Until then the accounts it feeds get no samples, so no incident makes progress on
 * them. {@code notification.SourceAlerts} turns it into an operator mail.
 */
public record SourceFailing(String source, int consecutiveFailures, Instant since, String lastError) {
}
