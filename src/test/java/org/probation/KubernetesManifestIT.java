package org.probation;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests {@code ./mvnw package} generates (target/kubernetes/kubernetes.yml): two replicas, both probes and
 * the Prometheus annotations on the management port, the Secret and the policies ConfigMap, and the PrometheusRule
 * merged from src/main/kubernetes/kubernetes.yml. An IT because the file
 * is written by the package phase, after the unit tests.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final List<Map<String, Object>> RESOURCES = new ArrayList<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(MANIFEST)) {
            new Yaml().loadAll(reader).forEach(document -> RESOURCES.add((Map<String, Object>) document));
        }
    }

    @Test
    void theDeploymentRunsTwoReplicasWithProbesOnTheManagementPort() {
        Map<String, Object> deployment = resource("Deployment");
        assertThat(at(deployment, "spec", "replicas")).isEqualTo(2);
        Map<String, Object> container = container(deployment);
        assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/q/health/live");
        assertThat(at(container, "livenessProbe", "httpGet", "port")).isEqualTo(9000);
        assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/q/health/ready");
        assertThat(at(container, "readinessProbe", "httpGet", "port")).isEqualTo(9000);
        assertThat(at(container, "resources", "limits", "memory")).isEqualTo("512Mi");
        assertThat(at(container, "resources", "requests", "cpu")).isEqualTo("500m");
    }

    @Test
    void podsCarryThePrometheusScrapeAnnotations() {
        Map<String, Object> annotations = map(resource("Deployment"), "spec", "template", "metadata", "annotations");
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/q/metrics")
                .containsEntry("prometheus.io/port", "9000");
    }

    @Test
    void settingsComeFromTheSecretAndPoliciesFromTheConfigMap() {
        Map<String, Object> deployment = resource("Deployment");
        Map<String, Object> container = container(deployment);
        assertThat(container.get("envFrom").toString()).contains("secretRef={name=probation}");
        assertThat(container.get("env").toString())
                .contains("name=QUARKUS_CONFIG_LOCATIONS, value=/deployments/config/policies/policies.yaml");
        assertThat(container.get("volumeMounts").toString()).contains("mountPath=/deployments/config/policies");
        Map<String, Object> pod = map(deployment, "spec", "template", "spec");
        assertThat(pod.get("volumes").toString()).contains("name=probation-policies");
    }

    @Test
    void theServiceExposesTheApiButNotTheManagementPort() {
        Map<String, Object> spec = map(resource("Service"), "spec");
        String ports = spec.get("ports").toString();
        assertThat(ports).contains("targetPort=8080").doesNotContain("9000");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePrometheusRuleCarriesTheAlertingRulesOfTheProbationMetrics() throws IOException {
        Map<String, Object> rules;
        try (Reader reader = Files.newBufferedReader(Path.of("deploy", "prometheus", "probation-rules.yaml"))) {
            rules = (Map<String, Object>) new Yaml().load(reader);
        }
        Map<String, Object> prometheusRule = resource("PrometheusRule");
        assertThat(at(prometheusRule, "apiVersion")).isEqualTo("monitoring.coreos.com/v1");
        assertThat(at(prometheusRule, "metadata", "name")).isEqualTo("probation");
        assertThat(at(prometheusRule, "spec", "groups")).isEqualTo(rules.get("groups"));
    }

    private static Map<String, Object> resource(String kind) {
        return RESOURCES.stream().filter(r -> kind.equals(r.get("kind"))).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind + " in " + MANIFEST));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container(Map<String, Object> deployment) {
        Map<String, Object> pod = map(deployment, "spec", "template", "spec");
        return ((List<Map<String, Object>>) pod.get("containers")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> map, String... path) {
        return (Map<String, Object>) at(map, path);
    }
}
