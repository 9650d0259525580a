package org.probation.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code probation.demo.*}: the demo incidents dev mode opens. */
@ConfigMapping(prefix = "probation.demo")
public interface DemoConfig {

    /** Open the demo incidents at start-up (dev mode only, and only into an empty database). */
    @WithDefault("false")
    boolean enabled();
}
