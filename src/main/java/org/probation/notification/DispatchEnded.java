package org.probation.notification;

import java.time.Duration;

/** One run of the outbox dispatch ended after {@code took}, whether it delivered anything or failed. */
public record DispatchEnded(Duration took) {
}
