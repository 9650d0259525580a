package org.probation.sampling.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code probation.sources.simulator.*}: the built-in metric source for dev mode and demos. */
@ConfigMapping(prefix = "probation.sources.simulator")
public interface SimulatorConfig {

    @WithDefault("false")
    boolean enabled();

    /** Same seed, same series: demos and bug reports can be replayed. */
    @WithDefault("42")
    long seed();

    /** Account id → {@code clean} (default), {@code relapsing}, {@code noisy} or {@code silent}. */
    Map<String, String> profiles();

    /**
     * The metrics it simulates; absent: every gated metric. Narrow it to run it beside another source, since a metric
     * may come from one source only.
     */
    Optional<Set<String>> metrics();
}
