package org.probation.incident.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * What {@link Incident#report} and {@link Incident#act} answer: the next incident with the {@link Transition} to
 * persist, or a refusal with its reason. A refusal is a value, not an exception: the caller decides what it means (an
 * HTTP 409, a skipped shadow report).
 */
public sealed interface Decision permits Decision.Accepted, Decision.Rejected {

    /** The rule allows the change: {@code incident} is the incident afterwards, {@code transition} what to persist. */
    record Accepted(Incident incident, Transition transition) implements Decision {

        public Accepted {
            if (incident == null || transition == null || !transition.after().equals(incident.status())) {
                throw new IllegalArgumentException("an accepted change is the incident the transition leads to");
            }
        }
    }

    /** The incident is not in a state that allows the change; nothing is to be written. */
    record Rejected(String reason) implements Decision {
    }

    static Decision rejected(String reason) {
        return new Rejected(reason);
    }

    /** The accepted transition, empty when rejected. */
    default Optional<Transition> accepted() {
        return this instanceof Accepted accepted ? Optional.of(accepted.transition()) : Optional.empty();
    }

    default Optional<String> rejection() {
        return this instanceof Rejected rejected ? Optional.of(rejected.reason()) : Optional.empty();
    }

    /** The acceptance, or {@code refusal} applied to the reason thrown: for callers that answer a refusal by failing. */
    default <X extends RuntimeException> Accepted orElseThrow(Function<String, X> refusal) {
        if (this instanceof Rejected rejected) {
            throw refusal.apply(rejected.reason());
        }
        return (Accepted) this;
    }
}
