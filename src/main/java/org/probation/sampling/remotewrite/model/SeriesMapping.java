package org.probation.sampling.remotewrite.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.probation.validation.Patterns;

/**
 * Which remote-write series become which gated metric: a series is taken when its name ({@code __name__}) is the
 * one configured for a metric and it carries every further label with the configured value; the account is the
 * value of the account label. A series that matches no rule, or has no account label, is not ours.
 */
public final class SeriesMapping {

    /** Prometheus metric and label names (the classic character set every remote-write sender uses). */
    private static final Pattern SERIES_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern METRIC = Pattern.compile(Patterns.METRIC);
    private static final String NAME_LABEL = "__name__";

    /** @param labels further labels the series must carry, with exactly these values */
    public record Rule(String metric, String series, Map<String, String> labels) {
    }

    /** A sample's destination: the gated metric, for this account. */
    public record Target(String metric, String account) {
    }

    private final Map<String, List<Rule>> bySeries = new HashMap<>();
    private final String accountLabel;

    public SeriesMapping(Map<String, Rule> rules, String accountLabel) {
        this.accountLabel = accountLabel;
        new TreeMap<>(rules).values()
                .forEach(rule -> bySeries.computeIfAbsent(rule.series(), name -> new ArrayList<>()).add(rule));
    }

    public String accountLabel() {
        return accountLabel;
    }

    public boolean isEmpty() {
        return bySeries.isEmpty();
    }

    /** The metrics this series' samples become: usually none, one at most unless two rules name the same series. */
    public List<Target> targets(Map<String, String> labels) {
        List<Rule> rules = bySeries.get(labels.get(NAME_LABEL));
        if (rules == null) {
            return List.of();
        }
        String account = labels.get(accountLabel);
        if (account == null || account.isEmpty()) {
            return List.of(); // e.g. a relay's own counter of the same name: not an account's
        }
        List<Target> targets = new ArrayList<>(1);
        for (Rule rule : rules) {
            if (rule.labels().entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
                targets.add(new Target(rule.metric(), account));
            }
        }
        return targets;
    }

    /**
     * Settings that cannot work, each naming its key under {@code prefix} (e.g. {@code probation.remote-write.}).
     *
     * @param gated the metrics some policy gates: samples of any other metric would never be read
     * @param pulled metric → the pulled source it already comes from (a metric comes from one source only)
     */
    public static List<String> problems(String prefix, Map<String, Rule> rules, String accountLabel, Set<String> gated,
            Map<String, String> pulled) {
        List<String> problems = new ArrayList<>();
        if (!LABEL_NAME.matcher(accountLabel).matches()) {
            problems.add(prefix + "account-label: '" + accountLabel + "' is not a Prometheus label name");
        }
        new TreeMap<>(rules).forEach((metric, rule) -> {
            String key = prefix + "metrics." + metric;
            if (!METRIC.matcher(metric).matches()) {
                problems.add(key + ": the gated metric's name must match " + METRIC);
            } else if (!gated.contains(metric)) {
                problems.add(key + ": no policy gates metric '" + metric + "' (gated: " + new TreeSet<>(gated) + ")");
            } else if (pulled.containsKey(metric)) {
                problems.add(key + ": metric '" + metric + "' already comes from source '" + pulled.get(metric)
                        + "'; a metric comes from one source only");
            }
            if (!SERIES_NAME.matcher(rule.series()).matches()) {
                problems.add(key + ".series: '" + rule.series() + "' is not a Prometheus metric name");
            }
            new TreeMap<>(rule.labels()).keySet().forEach(label -> {
                if (!LABEL_NAME.matcher(label).matches() || label.equals(accountLabel) || label.equals(NAME_LABEL)) {
                    problems.add(key + ".labels." + label + ": must be a Prometheus label name other than __name__"
                            + " and the account label '" + accountLabel + "'");
                }
            });
        });
        return problems;
    }
}
