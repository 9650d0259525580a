package org.probation.ops;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.smallrye.config.ConfigMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** A misspelt feature name under {@code probation.} stops start-up and is named; keys of real features pass. */
class ConfigKeysCheckTest {

    @Test
    void aMisspeltFeatureIsRefusedByName() {
        List<String> unknown = ConfigKeysCheck.unknown(List.of("probation.evalution.every",
                "probation.evaluation.every", "quarkus.http.port", "probation.notification.operator-email"));

        assertThat(unknown).containsExactly("probation.evalution.every", "probation.notification.operator-email");
        assertThat(ConfigKeysCheck.message(unknown)).startsWith("Probation will not start with configuration keys")
                .contains("probation.evalution.every", "probation.notification.operator-email",
                        "probation.notifications");
    }

    @Test
    void everyFeaturesKeysAndOtherNamespacesPass() {
        assertThat(ConfigKeysCheck.unknown(List.of("probation.demo.enabled", "probation.webhooks.edge.url",
                "probation.sources.prometheus.url", "probation.policies.default.min-coverage",
                "%dev.probation.anything", "PROBATION_REPORT_SECRETS", "probationary.x"))).isEmpty();
    }

    @Test
    void theEnvironmentVariablesReadThroughExpressionsPass() {
        // How SmallRye lists PROBATION_OPERATOR_EMAIL and PROBATION_PUBLIC_URL among the keys (README's run example).
        assertThat(ConfigKeysCheck.unknown(List.of("probation.operator.email", "probation.public.url",
                "PROBATION_OPERATOR_EMAIL"))).isEmpty();
        assertThat(ConfigKeysCheck.unknown(List.of("probation.public.urls"))).containsExactly("probation.public.urls");
    }

    @Test
    void theKnownFeaturesAreExactlyThePrefixesOfTheConfigMappings() {
        Set<String> mapped = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.probation").stream()
                .filter(type -> type.isAnnotatedWith(ConfigMapping.class))
                .map(type -> type.getAnnotationOfType(ConfigMapping.class).prefix())
                .filter(prefix -> prefix.startsWith("probation."))
                .map(prefix -> prefix.substring("probation.".length()).split("\\.")[0])
                .collect(Collectors.toSet());

        assertThat(ConfigKeysCheck.FEATURES).isEqualTo(mapped);
    }
}
