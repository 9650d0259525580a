package org.probation.incident.model;

import java.time.Instant;

/** One sample of one incident's account, in the order it arrived. */
public record Observation(String metric, Instant at, double value) {
}
