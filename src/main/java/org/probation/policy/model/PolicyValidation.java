package org.probation.policy.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.probation.validation.Patterns;

/**
 * The sanity rules a policy must meet before the service may start with it. Each problem names the configuration key
 * at fault, so an operator who mistyped a policy file knows which line to fix. The range of a single number or
 * duration is Bean Validation's, on {@code PoliciesConfig}; what is checked here spans keys, names or lists.
 */
public final class PolicyValidation {

    private static final Pattern METRIC_NAME = Pattern.compile(Patterns.METRIC);
    private static final Pattern POLICY_NAME = Pattern.compile(Patterns.POLICY);
    private static final Pattern CHECKLIST_KEY = Pattern.compile(Patterns.CHECKLIST_KEY);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private PolicyValidation() {
    }

    /** Every problem of every policy, each as {@code probation.policies.<name>.<key>: <what is wrong>}. */
    public static List<String> problems(Map<String, Policy> policies) {
        List<String> problems = new ArrayList<>();
        if (policies.isEmpty()) {
            problems.add("probation.policies: at least one policy must be configured");
        }
        policies.values().forEach(policy -> problems.addAll(problems(policy, policies.keySet())));
        return problems;
    }

    static List<String> problems(Policy policy, Set<String> knownPolicies) {
        Problems p = new Problems("probation.policies." + policy.name());
        p.check(POLICY_NAME.matcher(policy.name()).matches(), "", "policy name must match " + POLICY_NAME);
        p.check(policy.maxMonitoring().compareTo(policy.minMonitoring()) >= 0, "max-monitoring",
                "must not be shorter than min-monitoring (" + policy.minMonitoring() + ")");
        policy.reportDeadline().ifPresent(deadline -> policy.reportReminderAfter().ifPresent(reminder -> p.check(
                deadline.compareTo(reminder) > 0, "report-deadline",
                "must be longer than report-reminder-after (" + reminder + "): the reminder comes before the deadline")));
        policy.repeatPolicy().ifPresent(repeat -> p.check(knownPolicies.contains(repeat), "repeat-policy",
                "names an unknown policy '" + repeat + "'"));
        p.check(!policy.gates().isEmpty(), "gates", "at least one gate is required");
        policy.gates().values().forEach(gate -> checkGate(p, "gates." + gate.metric(), gate, policy));
        p.check(!policy.stages().isEmpty(), "stages", "at least one stage is required");
        Set<String> stageNames = new HashSet<>();
        for (int i = 0; i < policy.stages().size(); i++) {
            Stage stage = policy.stages().get(i);
            String key = "stages[" + i + "]";
            p.check(stage.name() != null && !stage.name().isBlank(), key + ".name", "must not be blank");
            p.check(stageNames.add(stage.name()), key + ".name", "duplicates stage name '" + stage.name() + "'");
            stage.gateOverrides().values()
                    .forEach(gate -> checkGate(p, key + ".gates." + gate.metric(), gate, policy));
            checkControls(p, key + ".controls", stage.controls());
        }
        Set<String> checklistKeys = new HashSet<>();
        for (int i = 0; i < policy.checklist().size(); i++) {
            ChecklistItem item = policy.checklist().get(i);
            String key = "checklist[" + i + "]";
            p.check(CHECKLIST_KEY.matcher(item.key()).matches(), key + ".key", "must match " + CHECKLIST_KEY);
            p.check(checklistKeys.add(item.key()), key + ".key", "duplicates checklist key '" + item.key() + "'");
            p.check(!item.labelJa().isBlank(), key + ".ja", "must not be blank");
            p.check(!item.labelEn().isBlank(), key + ".en", "must not be blank");
        }
        return p.list;
    }

    /**
     * The checklist items of every policy that name a cause not among {@code causes}: such an item would never apply,
     * silently. The causes are the incident feature's, so the check is wired where both are known (ops).
     */
    public static List<String> unknownCauses(Map<String, Policy> policies, Set<String> causes) {
        List<String> problems = new ArrayList<>();
        policies.values().forEach(policy -> {
            for (int i = 0; i < policy.checklist().size(); i++) {
                for (String cause : new TreeSet<>(policy.checklist().get(i).causes())) {
                    if (!causes.contains(cause)) {
                        problems.add("probation.policies." + policy.name() + ".checklist[" + i + "].causes: '" + cause
                                + "' is not a cause; one of " + new TreeSet<>(causes));
                    }
                }
            }
        });
        return problems;
    }

    private static void checkGate(Problems p, String key, Gate gate, Policy policy) {
        p.check(METRIC_NAME.matcher(gate.metric()).matches(), key, "metric name must match " + METRIC_NAME);
        p.check(gate.clean() <= gate.relapse(), key + ".clean",
                "clean bound (" + gate.clean() + ") must not exceed relapse bound (" + gate.relapse() + ")");
        gate.minVolume().ifPresent(min -> {
            // The volume must be a gate of the policy itself: only gated metrics are read, tracked and paired.
            if (min.metric().equals(gate.metric())) {
                p.check(false, key + ".min-volume.metric", "must name another metric than the gate's own");
            } else {
                p.check(policy.gates().containsKey(min.metric()), key + ".min-volume.metric",
                        "'" + min.metric() + "' is not an enabled gate of the policy; one of "
                                + new TreeSet<>(policy.gates().keySet()));
            }
            p.check(Double.isFinite(min.atLeast()) && min.atLeast() >= 0, key + ".min-volume.at-least",
                    "must be a finite number of at least 0, was " + min.atLeast());
        });
    }

    private static void checkControls(Problems p, String key, Controls controls) {
        controls.webForeign().ifPresent(value -> p.check(Controls.WEB_FOREIGN_VALUES.contains(value),
                key + ".web-foreign", "must be one of " + Controls.WEB_FOREIGN_VALUES + ", was '" + value + "'"));
        controls.mailForeign().ifPresent(value -> p.check(Controls.MAIL_FOREIGN_VALUES.contains(value),
                key + ".mail-foreign", "must be one of " + Controls.MAIL_FOREIGN_VALUES + ", was '" + value + "'"));
        controls.allowCountries().forEach(country -> p.check(COUNTRY.matcher(country).matches(),
                key + ".allow-countries", "'" + country + "' is not an ISO 3166-1 alpha-2 code such as JP"));
        controls.blockedPaths().forEach(path -> p.check(path.startsWith("/"), key + ".blocked-paths",
                "'" + path + "' must start with /"));
    }

    private static final class Problems {
        private final String prefix;
        private final List<String> list = new ArrayList<>();

        Problems(String prefix) {
            this.prefix = prefix;
        }

        void check(boolean ok, String key, String message) {
            if (!ok) {
                list.add(prefix + (key.isEmpty() ? "" : "." + key) + ": " + message);
            }
        }
    }
}
