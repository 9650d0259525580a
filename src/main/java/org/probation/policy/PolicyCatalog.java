package org.probation.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.policy.config.PoliciesConfig;
import org.probation.policy.config.PoliciesConfig.ControlsConfig;
import org.probation.policy.config.PoliciesConfig.GateConfig;
import org.probation.policy.config.PoliciesConfig.MinVolumeConfig;
import org.probation.policy.config.PoliciesConfig.PolicyConfig;
import org.probation.policy.model.Approval;
import org.probation.policy.model.ChecklistItem;
import org.probation.policy.model.Controls;
import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.policy.model.PolicyValidation;
import org.probation.policy.model.Stage;

import io.quarkus.runtime.Startup;

/**
 * The policies in force, read once from configuration and checked at start-up: a policy that does not make sense
 * stops the service with a message that names the key, instead of misbehaving days later.
 */
@Startup
@ApplicationScoped
public class PolicyCatalog {

    public static final String DEFAULT_POLICY = "default";

    private final Map<String, Policy> policies;
    private final Map<String, List<Policy>> shadowsOf;

    PolicyCatalog(PoliciesConfig config) {
        this.policies = load(config);
        Map<String, List<Policy>> shadows = new TreeMap<>();
        config.all().forEach((name, policy) -> policy.shadowOf().ifPresent(
                real -> shadows.computeIfAbsent(real, r -> new java.util.ArrayList<>()).add(policies.get(name))));
        this.shadowsOf = Map.copyOf(shadows);
    }

    static Map<String, Policy> load(PoliciesConfig config) {
        Map<String, Policy> policies = new TreeMap<>();
        config.all().forEach((name, policy) -> policies.put(name, toPolicy(name, policy)));
        List<String> problems = new java.util.ArrayList<>(PolicyValidation.problems(policies));
        config.all().forEach((name, policy) -> problems.addAll(shadowProblems(name, policy, config)));
        config.all().forEach((name, policy) -> problems.addAll(stageGatesSwitchedOff(name, policy)));
        config.all().forEach((name, policy) -> problems.addAll(minVolumeHalfStated(name, policy)));
        config.all().forEach((name, policy) -> problems.addAll(titleHalfStated(name, policy)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid policy configuration:\n  " + String.join("\n  ", problems));
        }
        return Map.copyOf(policies);
    }

    public Optional<Policy> find(String name) {
        return Optional.ofNullable(policies.get(name));
    }

    public Map<String, Policy> all() {
        return policies;
    }

    /** Every metric some policy gates (shadow policies and stage overrides included). */
    public Set<String> gatedMetrics() {
        Set<String> metrics = new TreeSet<>();
        for (Policy policy : policies.values()) {
            metrics.addAll(policy.gates().keySet());
            policy.stages().forEach(stage -> metrics.addAll(stage.gateOverrides().keySet()));
        }
        return metrics;
    }

    /** The shadow policies that run beside {@code policy}. */
    public List<Policy> shadowsOf(String policy) {
        return shadowsOf.getOrDefault(policy, List.of());
    }

    private static List<String> shadowProblems(String name, PolicyConfig policy, PoliciesConfig config) {
        String key = "probation.policies." + name + ".shadow-of";
        if (policy.shadowOf().isEmpty()) {
            return policy.shadow() ? List.of(key + ": a shadow policy must name the policy it runs beside")
                    : List.of();
        }
        PolicyConfig real = config.all().get(policy.shadowOf().get());
        if (real == null) {
            return List.of(key + ": names an unknown policy '" + policy.shadowOf().get() + "'");
        }
        if (real.shadow() || real.shadowOf().isPresent()) {
            return List.of(key + ": '" + policy.shadowOf().get() + "' is itself a shadow policy");
        }
        return List.of();
    }

    /** A {@code min-volume} needs both its keys; {@code at-least: 0} alone drops it. */
    private static List<String> minVolumeHalfStated(String name, PolicyConfig policy) {
        List<String> problems = new java.util.ArrayList<>();
        Map<String, Map<String, GateConfig>> gatesByKey = new LinkedHashMap<>();
        gatesByKey.put("gates.", policy.gates());
        for (int i = 0; i < policy.stages().size(); i++) {
            gatesByKey.put("stages[" + i + "].gates.", policy.stages().get(i).gates());
        }
        gatesByKey.forEach((prefix, gates) -> gates.forEach((metric, gate) -> {
            MinVolumeConfig min = gate.minVolume();
            String key = "probation.policies." + name + "." + prefix + metric + ".min-volume.";
            if (min.metric().isPresent() && min.atLeast().isEmpty()) {
                problems.add(key + "at-least: required with min-volume.metric");
            } else if (min.metric().isEmpty() && min.atLeast().orElse(0.0) != 0) {
                problems.add(key + "metric: required with min-volume.at-least (the metric whose volume is counted)");
            }
        }));
        return problems;
    }

    /** A stage's customer title in both languages or in none: a customer must never read a half-translated mail. */
    private static List<String> titleHalfStated(String name, PolicyConfig policy) {
        List<String> problems = new java.util.ArrayList<>();
        for (int i = 0; i < policy.stages().size(); i++) {
            var title = policy.stages().get(i).title();
            String key = "probation.policies." + name + ".stages[" + i + "].title.";
            boolean ja = title.ja().filter(t -> !t.isBlank()).isPresent();
            boolean en = title.en().filter(t -> !t.isBlank()).isPresent();
            if (ja && !en) {
                problems.add(
                        key + "en: required with title.ja (a stage's customer title is given in ja and en, or not at all)");
            } else if (en && !ja) {
                problems.add(
                        key + "ja: required with title.en (a stage's customer title is given in ja and en, or not at all)");
            }
        }
        return problems;
    }

    private static List<String> stageGatesSwitchedOff(String name, PolicyConfig policy) {
        List<String> problems = new java.util.ArrayList<>();
        for (int i = 0; i < policy.stages().size(); i++) {
            int stage = i;
            policy.stages().get(i).gates().forEach((metric, gate) -> {
                if (!gate.enabled()) {
                    problems.add("probation.policies." + name + ".stages[" + stage + "].gates." + metric
                            + ".enabled: a stage cannot switch a gate off; switch it off in the policy's gates");
                }
            });
        }
        return problems;
    }

    /** Both titles, or none when either is missing (that is refused at start-up, naming the key). */
    private static Map<String, String> titles(PoliciesConfig.TitleConfig title) {
        var ja = title.ja().filter(t -> !t.isBlank());
        var en = title.en().filter(t -> !t.isBlank());
        return ja.isPresent() && en.isPresent() ? Map.of("ja", ja.get().strip(), "en", en.get().strip()) : Map.of();
    }

    private static Policy toPolicy(String name, PolicyConfig config) {
        List<Stage> stages = new java.util.ArrayList<>();
        int top = config.stages().size();
        for (int i = 0; i < top; i++) {
            var stage = config.stages().get(i);
            stages.add(new Stage(top - i, stage.name(), stage.cleanWindow(),
                    stage.approval() == Approval.OPERATOR, toControls(stage.controls()),
                    toGates(stage.gates(), toGates(config.gates(), Map.of())), titles(stage.title())));
        }
        List<ChecklistItem> checklist = config.checklist().orElse(List.of()).stream()
                .map(item -> new ChecklistItem(item.key(), item.ja(), item.en(), item.required(),
                        item.causes().orElse(java.util.Set.of())))
                .toList();
        return new Policy(name, config.sampleInterval(), config.minCoverage(), config.minMonitoring(),
                config.maxMonitoring(), config.maxRelapses(), config.noDataAfter(), config.relapseTo(),
                config.repeatPolicy(), config.repeatWindow(), config.shadow() || config.shadowOf().isPresent(),
                toGates(config.gates(), Map.of()), stages,
                checklist, config.reportReminderAfter(), config.reportDeadline());
    }

    /**
     * The enabled gates; a stage's gate that states no {@code min-volume} keeps the one of the policy's gate it
     * overrides ({@code inherited}), so tightening a bound at a stage does not silently judge tiny volumes again.
     */
    private static Map<String, Gate> toGates(Map<String, GateConfig> gates, Map<String, Gate> inherited) {
        Map<String, Gate> result = new LinkedHashMap<>();
        gates.forEach((metric, gate) -> {
            if (gate.enabled()) {
                MinVolumeConfig min = gate.minVolume();
                Optional<Gate.MinVolume> minVolume;
                if (min.metric().isEmpty() && min.atLeast().isEmpty()) {
                    minVolume = Optional.ofNullable(inherited.get(metric)).flatMap(Gate::minVolume);
                } else if (min.metric().isEmpty() || min.atLeast().orElse(0.0) == 0) {
                    // at-least 0 judges every sample: how a file that redefines a built-in policy, or a stage, drops
                    // it. Half a min-volume is reported by minVolumeHalfStated.
                    minVolume = Optional.empty();
                } else {
                    minVolume = Optional.of(new Gate.MinVolume(min.metric().get(), min.atLeast().get()));
                }
                result.put(metric, new Gate(metric, gate.clean(), gate.relapse(), minVolume));
            }
        });
        return result;
    }

    private static Controls toControls(ControlsConfig controls) {
        return new Controls(controls.webForeign(), controls.allowCountries().orElse(List.of()),
                controls.blockedPaths().orElse(List.of()), controls.mailForeign(), controls.mailMaxPerHour());
    }
}
