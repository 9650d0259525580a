package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.probation.policy.model.Policy;

/**
 * A repeat offender is an account whose previous incident was lifted less than {@code repeat-window} ago: it starts
 * on the {@code repeat-policy} (longer windows, stricter gates). Offences chain: the window and the next policy are
 * those of the policy the previous incident ran on, so an account lifted from {@code repeat} is remembered for
 * {@code repeat}'s window and starts again on {@code repeat}'s own {@code repeat-policy}, or on {@code repeat} itself
 * when it names none, never back on the first policy. The memory decays: after a full {@code repeat-window} the
 * account is a first offender again. A cancelled incident (false positive) is no offence.
 */
public final class RepeatOffence {

    private RepeatOffence() {
    }

    /**
     * The account's latest offence.
     *
     * @param policy the policy its incident ran on when it was lifted
     * @param liftedAt when it was lifted
     */
    public record Offence(String policy, Instant liftedAt) {
    }

    /**
     * The policy a new incident starts on instead of {@code requested} when the account is a repeat offender, else
     * empty.
     *
     * @param policies the known policies by name
     */
    public static Optional<Policy> repeatPolicy(Policy requested, Optional<Offence> last,
            Function<String, Optional<Policy>> policies, Instant now) {
        if (last.isEmpty()) {
            return Optional.empty();
        }
        // An offence under a policy outside requested's chain counts as one under requested.
        Policy offended = onRepeatChain(requested, last.get().policy(), policies).orElse(requested);
        if (Duration.between(last.get().liftedAt(), now).compareTo(offended.repeatWindow()) >= 0) {
            return Optional.empty();
        }
        Policy next = offended.repeatPolicy().flatMap(policies).orElse(offended);
        return next.name().equals(requested.name()) ? Optional.empty() : Optional.of(next);
    }

    /** The policy named {@code name} on the chain {@code requested}, its repeat-policy, that one's, ... */
    private static Optional<Policy> onRepeatChain(Policy requested, String name,
            Function<String, Optional<Policy>> policies) {
        Set<String> seen = new HashSet<>();
        Optional<Policy> step = Optional.of(requested);
        while (step.isPresent() && seen.add(step.get().name())) {
            if (step.get().name().equals(name)) {
                return step;
            }
            step = step.get().repeatPolicy().flatMap(policies);
        }
        return Optional.empty();
    }
}
