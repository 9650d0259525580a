package org.probation.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.probation.policy.model.ChecklistItem;
import org.probation.policy.model.Controls;
import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.policy.model.RelapseTarget;
import org.probation.policy.model.Stage;

/**
 * Policies for plain unit tests, built in code. The default mirrors the product's default policy: two stages with
 * 48 h clean windows, {@code min-monitoring} 3 days and {@code max-monitoring} 7 days.
 */
public final class TestPolicies {

    private TestPolicies() {
    }

    /** A builder preset with the sound two-stage default; change one field to make it wrong. */
    public static Builder policy() {
        return new Builder();
    }

    public static Controls foreignBlocked() {
        return new Controls(Optional.of("block"), List.of("JP"), List.of(), Optional.of("block"), OptionalInt.of(50));
    }

    public static Controls adminPathsBlocked() {
        return new Controls(Optional.of("admin-only"), List.of("JP"), List.of("/wp-login.php", "/xmlrpc.php"),
                Optional.empty(), OptionalInt.of(200));
    }

    public static Controls noControls() {
        return new Controls(Optional.empty(), List.of(), List.of(), Optional.empty(), OptionalInt.empty());
    }

    public static Stage stage(int level, String name, Controls controls, Gate... overrides) {
        Map<String, Gate> gates = new LinkedHashMap<>();
        for (Gate gate : overrides) {
            gates.put(gate.metric(), gate);
        }
        return new Stage(level, name, Duration.ofHours(48), false, controls, gates);
    }

    public static final class Builder {
        private String name = "default";
        private Duration sampleInterval = Duration.ofMinutes(5);
        private double minCoverage = 0.9;
        private Duration minMonitoring = Duration.ofDays(3);
        private Duration maxMonitoring = Duration.ofDays(7);
        private int maxRelapses = 2;
        private Duration noDataAfter = Duration.ofHours(1);
        private RelapseTarget relapseTo = RelapseTarget.TOP;
        private Optional<String> repeatPolicy = Optional.empty();
        private Duration repeatWindow = Duration.ofDays(30);
        private Optional<Duration> reportReminderAfter = Optional.empty();
        private Optional<Duration> reportDeadline = Optional.empty();
        private final Map<String, Gate> gates = new LinkedHashMap<>();
        private final List<Stage> stages = new ArrayList<>();
        private final List<ChecklistItem> checklist = new ArrayList<>();

        private Builder() {
            gate(new Gate("mail_sent_per_hour", 100, 500));
            gate(new Gate("cpu_load", 0.8, 2.0));
            stages.add(stage(2, "foreign-blocked", foreignBlocked()));
            stages.add(stage(1, "admin-paths-blocked", adminPathsBlocked()));
            checklist.add(new ChecklistItem("recaptcha", "reCAPTCHAを導入", "Introduce reCAPTCHA on every public form",
                    true, Set.of("CMS_BRUTE_FORCE")));
            checklist.add(new ChecklistItem("updates", "更新を適用", "Apply all updates", true, Set.of()));
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder sampleInterval(Duration value) {
            sampleInterval = value;
            return this;
        }

        public Builder minCoverage(double value) {
            minCoverage = value;
            return this;
        }

        public Builder minMonitoring(Duration value) {
            minMonitoring = value;
            return this;
        }

        public Builder maxMonitoring(Duration value) {
            maxMonitoring = value;
            return this;
        }

        public Builder maxRelapses(int value) {
            maxRelapses = value;
            return this;
        }

        public Builder noDataAfter(Duration value) {
            noDataAfter = value;
            return this;
        }

        public Builder relapseTo(RelapseTarget value) {
            relapseTo = value;
            return this;
        }

        public Builder repeatPolicy(String value) {
            repeatPolicy = Optional.of(value);
            return this;
        }

        public Builder repeatWindow(Duration value) {
            repeatWindow = value;
            return this;
        }

        public Builder reportReminderAfter(Duration value) {
            reportReminderAfter = Optional.of(value);
            return this;
        }

        public Builder reportDeadline(Duration value) {
            reportDeadline = Optional.of(value);
            return this;
        }

        /** Adds a gate, replacing any gate of the same metric. */
        public Builder gate(Gate gate) {
            gates.put(gate.metric(), gate);
            return this;
        }

        public Builder noGates() {
            gates.clear();
            return this;
        }

        /** Replaces the ladder, strictest first. */
        public Builder stages(Stage... ladder) {
            stages.clear();
            stages.addAll(List.of(ladder));
            return this;
        }

        public Builder checklist(ChecklistItem... items) {
            checklist.clear();
            checklist.addAll(List.of(items));
            return this;
        }

        public Policy build() {
            return new Policy(name, sampleInterval, minCoverage, minMonitoring, maxMonitoring, maxRelapses,
                    noDataAfter, relapseTo, repeatPolicy, repeatWindow, false, gates, stages, checklist,
                    reportReminderAfter, reportDeadline);
        }
    }
}
