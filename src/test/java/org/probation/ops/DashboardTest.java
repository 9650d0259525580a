package org.probation.ops;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard's shape: current schema, a Prometheus datasource variable every panel and query uses, and job
 * and namespace variables every selector applies. {@link DashboardQueriesTest} runs its queries on a real Prometheus.
 */
class DashboardTest {

    private static final String DATASOURCE = "${datasource}";

    @Test
    void theDashboardHasADatasourceVariableAndJobAndNamespaceVariablesFromIt() throws Exception {
        GrafanaDashboard dashboard = GrafanaDashboard.load();

        assertThat(dashboard.root.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(39);
        assertThat(dashboard.root.path("uid").asText()).isEqualTo("probation");
        JsonNode datasource = dashboard.variable("datasource");
        assertThat(datasource.path("type").asText()).isEqualTo("datasource");
        assertThat(datasource.path("query").asText()).isEqualTo("prometheus");
        for (String name : new String[] { "job", "namespace" }) {
            JsonNode variable = dashboard.variable(name);
            assertThat(variable.path("type").asText()).as(name).isEqualTo("query");
            assertThat(variable.path("datasource").path("uid").asText()).as(name).isEqualTo(DATASOURCE);
            assertThat(variable.path("definition").asText()).as(name).startsWith("label_values(");
            assertThat(variable.path("includeAll").asBoolean()).as(name).isTrue();
        }
        // All namespaces must also match a Prometheus without Kubernetes, where the label is absent.
        assertThat(dashboard.variable("namespace").path("allValue").asText()).isEqualTo(".*");
    }

    @Test
    void everyPanelHasATitleTheDatasourceVariableAndAtLeastOneQuery() throws Exception {
        GrafanaDashboard dashboard = GrafanaDashboard.load();
        Set<Integer> ids = new HashSet<>();

        assertThat(dashboard.panels()).hasSizeGreaterThanOrEqualTo(15);
        for (JsonNode panel : dashboard.panels()) {
            String title = panel.path("title").asText();
            assertThat(title).as("panel %s", panel.path("id")).isNotBlank();
            assertThat(ids.add(panel.path("id").asInt())).as("unique id of %s", title).isTrue();
            assertThat(panel.path("datasource").path("type").asText()).as(title).isEqualTo("prometheus");
            assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo(DATASOURCE);
            assertThat(panel.path("targets").size()).as("targets of %s", title).isPositive();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("expr").asText()).as(title).isNotBlank();
                assertThat(target.path("datasource").path("uid").asText()).as(title).isEqualTo(DATASOURCE);
            }
        }
    }

    @Test
    void everySelectorIsNarrowedToTheChosenJobAndNamespace() throws Exception {
        for (Map.Entry<String, String> query : GrafanaDashboard.load().queries().entrySet()) {
            assertThat(GrafanaDashboard.metricNames(query.getValue())).as(query.getKey()).isNotEmpty();
            assertThat(GrafanaDashboard.matchers(query.getValue())).as(query.getKey())
                    .allSatisfy(matchers -> assertThat(matchers).contains("job=~\"$job\"",
                            "namespace=~\"$namespace\""));
        }
    }
}
