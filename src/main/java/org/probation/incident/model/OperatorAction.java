package org.probation.incident.model;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An operator's request.
 *
 * @param stage the target stage of {@code RESTRICT} (default: the top stage)
 * @param extension how much longer monitoring may run, for {@code EXTEND}
 */
public record OperatorAction(ActionType type, OptionalInt stage, Optional<Duration> extension, String reason) {
}
