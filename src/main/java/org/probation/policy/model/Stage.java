package org.probation.policy.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One rung of a policy's ladder.
 *
 * @param level {@code n} for the strictest stage down to {@code 1}; {@code 0} (lifted) is not a stage
 * @param name the operators' identifier ({@code foreign-blocked}): never shown to a customer
 * @param cleanWindow how long the metrics must stay clean before stepping down from this stage
 * @param operatorApproval whether stepping down from this stage waits for an operator once the metrics allow it
 * @param gateOverrides gates that replace the policy's gates of the same metric while at this stage
 * @param titles the stage's title for customers by language tag ({@code ja}, {@code en}); empty: the customer reads
 *        what the controls do instead
 */
public record Stage(int level, String name, Duration cleanWindow, boolean operatorApproval, Controls controls,
        Map<String, Gate> gateOverrides, Map<String, String> titles) {

    public Stage {
        gateOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(gateOverrides));
        titles = Map.copyOf(titles);
    }

    /** A stage without a customer title. */
    public Stage(int level, String name, Duration cleanWindow, boolean operatorApproval, Controls controls,
            Map<String, Gate> gateOverrides) {
        this(level, name, cleanWindow, operatorApproval, controls, gateOverrides, Map.of());
    }

    /** The customer's title in that language, if the policy gives one. */
    public Optional<String> title(String language) {
        return Optional.ofNullable(titles.get(language));
    }
}
