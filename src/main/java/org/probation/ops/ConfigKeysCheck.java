package org.probation.ops;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.Startup;

/**
 * Start-up refuses a {@code probation.*} key that no feature reads. Each feature's {@code @ConfigMapping} already
 * refuses an unknown key under its own prefix ({@code probation.evaluation.evry}); this catches a misspelt feature
 * ({@code probation.evalution.every}), which no mapping would otherwise see and which would silently leave a default
 * in force.
 */
public class ConfigKeysCheck {

    /** The prefix of every feature's {@code @ConfigMapping}, below {@code probation.} (ConfigKeysCheckTest keeps it so). */
    static final Set<String> FEATURES = Set.of("console", "demo", "evaluation", "ingest", "notifications", "ops", "policies",
            "report", "retention", "sources", "webhooks", "remote-write");

    /**
     * Environment variables read through expressions ({@code ${PROBATION_PUBLIC_URL:...}}), not as keys. SmallRye lists
     * an environment variable as a key too ({@code probation.public.url}), which belongs to no feature.
     */
    static final Set<String> VARIABLES = Set.of("PROBATION_OPERATOR_EMAIL", "PROBATION_PUBLIC_URL");

    private final Config config;

    ConfigKeysCheck(Config config) {
        this.config = config;
    }

    @Startup
    void check() {
        List<String> unknown = unknown(StreamSupport.stream(config.getPropertyNames().spliterator(), false).toList());
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(message(unknown));
        }
    }

    /** The {@code probation.*} keys among {@code names} that belong to no feature, sorted. */
    static List<String> unknown(Iterable<String> names) {
        Set<String> unknown = new TreeSet<>();
        for (String name : names) {
            if (name.startsWith("probation.")) {
                String feature = name.substring("probation.".length()).split("\\.", 2)[0];
                if (!FEATURES.contains(feature) && !VARIABLES.contains(name.replace('.', '_').toUpperCase(Locale.ROOT))) {
                    unknown.add(name);
                }
            }
        }
        return List.copyOf(unknown);
    }

    static String message(List<String> unknown) {
        return "Probation will not start with configuration keys it does not know: " + String.join(", ", unknown)
                + ". Known sections: probation." + String.join(", probation.", new TreeSet<>(FEATURES))
                + ". Check the spelling (README, Configuration).";
    }
}
