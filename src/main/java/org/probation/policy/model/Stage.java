package org.probation.policy.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One rung of a policy's ladder.
 *
 * @param level {@code n} for the strictest stage down to {@code 1}; {@code 0} (lifted) is not a stage
 * @param cleanWindow how long the metrics must stay clean before stepping down from this stage
 * @param operatorApproval whether stepping down from this stage waits for an operator once the metrics allow it
 * @param gateOverrides gates that replace the policy's gates of the same metric while at this stage
 */
public record Stage(int level, String name, Duration cleanWindow, boolean operatorApproval, Controls controls,
        Map<String, Gate> gateOverrides) {

    public Stage {
        gateOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(gateOverrides));
    }
}
