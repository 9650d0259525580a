package org.probation.policy.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * {@code probation.policies.<name>.*}: the policies as an operator writes them in YAML. Durations accept seconds
 * ({@code 30s}, or a bare number), minutes, hours and days ({@code 5m}, {@code 48h}, {@code 3d}) and ISO-8601.
 */
@ConfigMapping(prefix = "probation.policies")
public interface PoliciesConfig {

    @WithParentName
    Map<String, PolicyConfig> all();

    interface PolicyConfig {
        @WithDefault("5m")
        Duration sampleInterval();

        @WithDefault("0.9")
        double minCoverage();

        @WithDefault("3d")
        Duration minMonitoring();

        @WithDefault("7d")
        Duration maxMonitoring();

        @WithDefault("2")
        int maxRelapses();

        @WithDefault("1h")
        Duration noDataAfter();

        /** {@code top} (default) or {@code one-up}. */
        @WithDefault("top")
        String relapseTo();

        Optional<String> repeatPolicy();

        @WithDefault("30d")
        Duration repeatWindow();

        @WithDefault("false")
        boolean shadow();

        /** For a shadow policy: the real policy it runs beside. */
        Optional<String> shadowOf();

        Map<String, GateConfig> gates();

        /** Strictest first. */
        List<StageConfig> stages();

        Optional<List<ChecklistItemConfig>> checklist();
    }

    interface GateConfig {
        double clean();

        double relapse();
    }

    interface StageConfig {
        String name();

        Duration cleanWindow();

        /** {@code operator} makes the step-down from this stage wait for an operator. */
        Optional<String> approval();

        ControlsConfig controls();

        Map<String, GateConfig> gates();
    }

    interface ControlsConfig {
        Optional<String> webForeign();

        Optional<List<String>> allowCountries();

        Optional<List<String>> blockedPaths();

        Optional<String> mailForeign();

        OptionalInt mailMaxPerHour();
    }

    interface ChecklistItemConfig {
        String key();

        String ja();

        String en();

        @WithDefault("true")
        boolean required();

        /** Causes this item applies to; absent means every cause. */
        Optional<Set<String>> causes();
    }
}
