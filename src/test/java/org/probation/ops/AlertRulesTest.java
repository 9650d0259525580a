package org.probation.ops;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerting rules for Probation's own metrics: valid for {@code promtool check rules}, each alert firing and
 * staying quiet as {@code probation-rules_test.yaml} expects ({@code promtool test rules}), and the
 * {@code PrometheusRule} beside the Kubernetes manifests carrying exactly the plain file's groups.
 */
class AlertRulesTest {

    static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    static final Path RULES_DIR = Path.of("deploy", "prometheus");
    static final Path RULES = RULES_DIR.resolve("probation-rules.yaml");
    static final Path MANIFEST = Path.of("src", "main", "kubernetes", "kubernetes.yml");

    @Test
    void promtoolAcceptsTheRules() throws Exception {
        Result check = promtool("check", "rules", RULES.getFileName().toString());

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: 7 rules found");
    }

    @Test
    void everyAlertFiresOnItsScenarioAndStaysQuietOnItsLookAlike() throws Exception {
        Result test = promtool("test", "rules", "probation-rules_test.yaml");

        assertThat(test.exitCode()).as(test.output()).isZero();
        assertThat(test.output()).contains("SUCCESS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePrometheusRuleManifestCarriesTheSameGroups() throws IOException {
        Map<String, Object> plain = load(RULES);
        Map<String, Object> manifest = load(MANIFEST);

        assertThat(manifest).containsEntry("apiVersion", "monitoring.coreos.com/v1")
                .containsEntry("kind", "PrometheusRule");
        assertThat(((Map<String, Object>) manifest.get("spec")).get("groups")).isEqualTo(plain.get("groups"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return (Map<String, Object>) new Yaml().load(reader);
        }
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs promtool in the rules' directory, where the test file finds the rules by their relative name. */
    private static Result promtool(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = PROMTOOL.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).directory(RULES_DIR.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool ended").isTrue();
        return new Result(process.exitValue(), output);
    }
}
