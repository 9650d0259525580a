package org.probation.policy;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.probation.policy.config.PoliciesConfig;
import org.probation.policy.model.Policy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.source.yaml.YamlConfigSource;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A policy file added at start-up that redefines a built-in policy merges with it key by key (SmallRye Config), so it
 * removes a gate by switching it off. Reads the shipped application.yaml and the added file as start-up does, the added
 * file winning.
 */
class PolicyOverrideTest {

    @Test
    void anAddedFileSwitchesABuiltInGateOff() throws IOException {
        Policy policy = load("policies/default-with-two-gates.yaml", Map.of()).get("default");

        assertThat(policy.gates()).containsOnlyKeys("mail_sent_per_hour", "mail_foreign_ratio");
        assertThat(policy.gates().get("mail_sent_per_hour").clean()).isEqualTo(200);
        assertThat(policy.gatesAt(policy.topLevel())).doesNotContainKey("cpu_load");
        // The rest of the built-in policy stays as it was.
        assertThat(policy.stages()).hasSize(2);
        assertThat(policy.repeatPolicy()).contains("repeat");
    }

    @Test
    void aGateLeftOutOfTheAddedFileStillMergesIn() throws IOException {
        Policy policy = load("policies/default-with-two-gates.yaml",
                Map.of("probation.policies.default.gates.cpu_load.enabled", "true")).get("default");

        assertThat(policy.gates()).containsOnlyKeys("mail_sent_per_hour", "mail_foreign_ratio", "cpu_load");
    }

    @Test
    void aStageCannotSwitchAGateOff() {
        assertThatThrownBy(() -> load("policies/default-with-two-gates.yaml", Map.of(
                "probation.policies.default.stages[1].gates.cpu_load.enabled", "false",
                "probation.policies.default.stages[1].gates.cpu_load.clean", "1",
                "probation.policies.default.stages[1].gates.cpu_load.relapse", "2")))
                .hasMessageContaining("probation.policies.default.stages[1].gates.cpu_load.enabled");
    }

    private static Map<String, Policy> load(String addedFile, Map<String, String> more) throws IOException {
        ClassLoader loader = PolicyOverrideTest.class.getClassLoader();
        URL builtIn = loader.getResource("application.yaml");
        URL added = loader.getResource(addedFile);
        var config = new SmallRyeConfigBuilder()
                .withMapping(PoliciesConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withSources(new YamlConfigSource(builtIn, 255), new YamlConfigSource(added, 265),
                        new PropertiesConfigSource(more, "more", 300))
                .build();
        return PolicyCatalog.load(config.getConfigMapping(PoliciesConfig.class));
    }
}
