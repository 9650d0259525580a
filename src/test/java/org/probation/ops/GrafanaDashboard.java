package org.probation.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The operators' Grafana dashboard ({@code deploy/grafana/probation-dashboard.json}) as the tests read it. */
final class GrafanaDashboard {

    static final Path FILE = Path.of("deploy", "grafana", "probation-dashboard.json");

    /** A metric name right before its label matchers: every selector of the dashboard carries job and namespace. */
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)}");

    final JsonNode root;

    private GrafanaDashboard(JsonNode root) {
        this.root = root;
    }

    static GrafanaDashboard load() throws IOException {
        return new GrafanaDashboard(new ObjectMapper().readTree(FILE.toFile()));
    }

    /** The panels that show data, also those inside collapsed rows. */
    List<JsonNode> panels() {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : root.path("panels")) {
            if ("row".equals(panel.path("type").asText())) {
                panel.path("panels").forEach(panels::add);
            } else {
                panels.add(panel);
            }
        }
        return panels;
    }

    JsonNode variable(String name) {
        for (JsonNode variable : root.path("templating").path("list")) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        throw new AssertionError("no dashboard variable " + name);
    }

    /** Every panel query, keyed by "panel title / refId". */
    Map<String, String> queries() {
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        for (JsonNode panel : panels()) {
            for (JsonNode target : panel.path("targets")) {
                queries.put(panel.path("title").asText() + " / " + target.path("refId").asText(),
                        target.path("expr").asText());
            }
        }
        return queries;
    }

    /** The metric names an expression selects. */
    static Set<String> metricNames(String expr) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = SELECTOR.matcher(expr);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The label matchers of each selector of an expression. */
    static List<String> matchers(String expr) {
        List<String> matchers = new ArrayList<>();
        Matcher matcher = SELECTOR.matcher(expr);
        while (matcher.find()) {
            matchers.add(matcher.group(2));
        }
        return matchers;
    }

    /** The expression as Grafana sends it, for one value of each variable. */
    static String substitute(String expr, Map<String, String> values) {
        String result = expr;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("${" + value.getKey() + "}", value.getValue()).replace("$" + value.getKey(),
                    value.getValue());
        }
        return result;
    }
}
