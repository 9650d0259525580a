package org.probation.sampling;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code probation.sources.*} settings shared by every pulled metric source; each source has its own section
 * ({@code probation.sources.prometheus.*}, {@code probation.sources.simulator.*}).
 */
@ConfigMapping(prefix = "probation.sources")
public interface SourcesConfig {

    /** Failing ticks in a row after which a source raises one operator alert ({@link SourceFailing}). */
    @WithDefault("3")
    @Min(1)
    int maxSourceErrors();
}
