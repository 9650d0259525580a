package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.probation.policy.model.Policy;

/**
 * A repeat offender is an account whose previous incident was lifted less than {@code repeat-window} ago: it starts
 * on the policy's {@code repeat-policy} (longer windows, stricter gates). The memory decays: after a full
 * {@code repeat-window} the account is a first offender again. A cancelled incident (false positive) is no offence.
 */
public final class RepeatOffence {

    private RepeatOffence() {
    }

    /** The repeat policy's name when the account is a repeat offender under {@code policy}, else empty. */
    public static Optional<String> repeatPolicy(Policy policy, Optional<Instant> lastLift, Instant now) {
        if (policy.repeatPolicy().isEmpty() || lastLift.isEmpty()) {
            return Optional.empty();
        }
        Duration since = Duration.between(lastLift.get(), now);
        return since.compareTo(policy.repeatWindow()) < 0 ? policy.repeatPolicy() : Optional.empty();
    }
}
