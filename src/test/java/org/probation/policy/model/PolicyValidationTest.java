package org.probation.policy.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probation.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.probation.support.TestPolicies.adminPathsBlocked;
import static org.probation.support.TestPolicies.foreignBlocked;
import static org.probation.support.TestPolicies.noControls;
import static org.probation.support.TestPolicies.policy;
import static org.probation.support.TestPolicies.stage;

class PolicyValidationTest {

    private static final String KEY = "probation.policies.default";

    private static List<String> problemsOf(Policy... policies) {
        Map<String, Policy> byName = new java.util.TreeMap<>();
        for (Policy p : policies) {
            byName.put(p.name(), p);
        }
        return PolicyValidation.problems(byName);
    }

    /** The configuration keys the problems name: the text before {@code ": "}. */
    private static List<String> keysOf(List<String> problems) {
        return problems.stream().map(p -> p.substring(0, p.indexOf(": "))).toList();
    }

    private static List<String> problemKeys(Function<TestPolicies.Builder, TestPolicies.Builder> change) {
        return keysOf(problemsOf(change.apply(policy()).build()));
    }

    @Nested
    class Validation {

        @Test
        void aSoundPolicyHasNoProblems() {
            assertThat(problemsOf(policy().build())).isEmpty();
        }

        @Test
        void noPolicyAtAllIsAProblem() {
            assertThat(PolicyValidation.problems(Map.of()))
                    .singleElement().asString().startsWith("probation.policies: ");
        }

        @Test
        void aPolicyWithoutStagesIsNamed() {
            assertThat(problemKeys(b -> b.stages())).containsExactly(KEY + ".stages");
        }

        @Test
        void aPolicyWithoutGatesIsNamed() {
            assertThat(problemKeys(b -> b.noGates())).containsExactly(KEY + ".gates");
        }

        @Test
        void aCleanBoundOverTheRelapseBoundNamesTheGate() {
            List<String> problems = problemsOf(policy().gate(new Gate("cpu_load", 3.0, 2.0)).build());

            assertThat(problems).singleElement().asString()
                    .startsWith("probation.policies.default.gates.cpu_load.clean: ")
                    .contains("3.0").contains("2.0");
        }

        @Test
        void aCleanBoundEqualToTheRelapseBoundIsAccepted() {
            assertThat(problemsOf(policy().gate(new Gate("cpu_load", 2.0, 2.0)).build())).isEmpty();
        }

        @Test
        void aStageGateOverrideIsCheckedUnderItsStageKey() {
            Policy bad = policy().stages(stage(2, "foreign-blocked", foreignBlocked(), new Gate("cpu_load", 5, 1)),
                    stage(1, "admin-paths-blocked", adminPathsBlocked())).build();

            assertThat(keysOf(problemsOf(bad))).containsExactly(KEY + ".stages[0].gates.cpu_load.clean");
        }

        @Test
        void aZeroMinMonitoringIsAllowed() {
            assertThat(problemsOf(policy().minMonitoring(Duration.ZERO).build())).isEmpty();
        }

        @Test
        void aMinCoverageOfExactlyOneIsAllowed() {
            assertThat(problemsOf(policy().minCoverage(1).build())).isEmpty();
        }

        @Test
        void aMaxMonitoringShorterThanMinMonitoringIsNamed() {
            List<String> problems = problemsOf(
                    policy().minMonitoring(Duration.ofDays(3)).maxMonitoring(Duration.ofDays(2)).build());

            assertThat(problems).singleElement().asString()
                    .startsWith(KEY + ".max-monitoring: ")
                    .contains("min-monitoring");
        }

        @Test
        void aReportDeadlineNotAfterTheReminderIsNamed() {
            List<String> problems = problemsOf(policy().reportReminderAfter(Duration.ofDays(3))
                    .reportDeadline(Duration.ofDays(3)).build());

            assertThat(problems).singleElement().asString()
                    .startsWith(KEY + ".report-deadline: ")
                    .contains("report-reminder-after");
        }

        @Test
        void aReportDeadlineAfterTheReminderIsAccepted() {
            assertThat(problemsOf(policy().reportReminderAfter(Duration.ofDays(3)).reportDeadline(Duration.ofDays(7))
                    .build())).isEmpty();
        }

        @Test
        void anUnknownRepeatPolicyIsNamed() {
            List<String> problems = problemsOf(policy().repeatPolicy("strict").build());

            assertThat(problems).singleElement().asString()
                    .startsWith(KEY + ".repeat-policy: ")
                    .contains("'strict'");
        }

        @Test
        void aKnownRepeatPolicyIsAccepted() {
            assertThat(problemsOf(policy().repeatPolicy("strict").build(), policy().name("strict").build()))
                    .isEmpty();
        }

        @Test
        void aBadWebForeignValueIsNamed() {
            Controls bad = new Controls(Optional.of("deny"), List.of("JP"), List.of(), Optional.empty(),
                    OptionalInt.empty());

            List<String> problems = problemsOf(policy().stages(stage(2, "foreign-blocked", foreignBlocked()),
                    stage(1, "admin-paths-blocked", bad)).build());

            assertThat(problems).singleElement().asString()
                    .startsWith(KEY + ".stages[1].controls.web-foreign: ")
                    .contains("'deny'");
        }

        @Test
        void aBadMailForeignValueIsNamed() {
            Controls bad = new Controls(Optional.empty(), List.of(), List.of(), Optional.of("admin-only"),
                    OptionalInt.empty());

            assertThat(problemKeys(b -> b.stages(stage(1, "only", bad))))
                    .containsExactly(KEY + ".stages[0].controls.mail-foreign");
        }

        @Test
        void aDuplicateStageNameIsNamed() {
            List<String> problems = problemsOf(policy().stages(stage(2, "blocked", foreignBlocked()),
                    stage(1, "blocked", adminPathsBlocked())).build());

            assertThat(problems).singleElement().asString()
                    .startsWith(KEY + ".stages[1].name: ")
                    .contains("'blocked'");
        }

        @Test
        void aBlankStageNameIsNamed() {
            assertThat(problemKeys(b -> b.stages(stage(1, " ", noControls()))))
                    .containsExactly(KEY + ".stages[0].name");
        }

        @ParameterizedTest
        @ValueSource(strings = { "CPU_load", "cpu-load", "1cpu", "" })
        void aBadMetricNameIsNamed(String metric) {
            assertThat(problemKeys(b -> b.gate(new Gate(metric, 1, 2))))
                    .containsExactly(KEY + ".gates." + metric);
        }

        @ParameterizedTest
        @ValueSource(strings = { "jp", "JPN", "J", "" })
        void aBadCountryCodeIsNamed(String country) {
            Controls bad = new Controls(Optional.of("block"), List.of("JP", country), List.of(), Optional.empty(),
                    OptionalInt.empty());

            List<String> problems = problemsOf(policy().stages(stage(1, "only", bad)).build());

            assertThat(problems).singleElement().asString()
                    .startsWith(KEY + ".stages[0].controls.allow-countries: ")
                    .contains("'" + country + "'");
        }

        @Test
        void aBlockedPathWithoutLeadingSlashIsNamed() {
            Controls bad = new Controls(Optional.of("admin-only"), List.of("JP"), List.of("wp-login.php"),
                    Optional.empty(), OptionalInt.empty());

            assertThat(problemKeys(b -> b.stages(stage(1, "only", bad))))
                    .containsExactly(KEY + ".stages[0].controls.blocked-paths");
        }

        @Test
        void aBadPolicyNameIsNamed() {
            List<String> problems = problemsOf(policy().name("Default").build());

            assertThat(problems).singleElement().asString().startsWith("probation.policies.Default: ");
        }

        @Test
        void badChecklistItemsAreNamed() {
            ChecklistItem badKey = new ChecklistItem("Recaptcha", "ja", "en", true, Set.of());
            ChecklistItem ok = new ChecklistItem("updates", "ja", "en", true, Set.of());
            ChecklistItem duplicate = new ChecklistItem("updates", " ", "", true, Set.of());

            assertThat(problemKeys(b -> b.checklist(badKey, ok, duplicate))).containsExactly(
                    KEY + ".checklist[0].key", KEY + ".checklist[2].key", KEY + ".checklist[2].ja",
                    KEY + ".checklist[2].en");
        }

        @Test
        void everyProblemOfEveryPolicyIsReportedAtOnce() {
            Policy first = policy().noGates().build();
            Policy second = policy().name("strict").minMonitoring(Duration.ofDays(8)).stages().build();

            assertThat(keysOf(problemsOf(first, second))).containsExactlyInAnyOrder(
                    KEY + ".gates", "probation.policies.strict.max-monitoring", "probation.policies.strict.stages");
        }
    }

    @Nested
    class Ladder {

        private final Policy policy = policy()
                .stages(stage(2, "foreign-blocked", foreignBlocked(), new Gate("cpu_load", 0.5, 1.5)),
                        stage(1, "admin-paths-blocked", adminPathsBlocked()))
                .build();

        @Test
        void theTopLevelIsTheNumberOfStages() {
            assertThat(policy.topLevel()).isEqualTo(2);
            assertThat(policy.hasStage(2)).isTrue();
            assertThat(policy.hasStage(1)).isTrue();
            assertThat(policy.hasStage(0)).isFalse();
            assertThat(policy.hasStage(3)).isFalse();
        }

        @Test
        void theTopStageIsTheFirstInTheList() {
            assertThat(policy.stage(2).name()).isEqualTo("foreign-blocked");
            assertThat(policy.stage(1).name()).isEqualTo("admin-paths-blocked");
        }

        @ParameterizedTest
        @ValueSource(ints = { 0, 3 })
        void aStageOutsideTheLadderIsRejected(int level) {
            assertThatThrownBy(() -> policy.stage(level))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no stage " + level);
        }

        @Test
        void aStageOverrideReplacesThePolicyGateOfTheSameMetric() {
            Map<String, Gate> gates = policy.gatesAt(2);

            assertThat(gates).containsOnlyKeys("mail_sent_per_hour", "cpu_load");
            assertThat(gates.get("cpu_load")).isEqualTo(new Gate("cpu_load", 0.5, 1.5));
            assertThat(gates.get("mail_sent_per_hour")).isEqualTo(new Gate("mail_sent_per_hour", 100, 500));
        }

        @Test
        void aStageWithoutOverridesUsesThePolicyGates() {
            assertThat(policy.gatesAt(1)).isEqualTo(policy.gates());
            assertThat(policy.gatesAt(1).get("cpu_load")).isEqualTo(new Gate("cpu_load", 0.8, 2.0));
        }

        @Test
        void anOverrideOfANewMetricAddsAGate() {
            Policy p = policy().stages(stage(1, "only", noControls(), new Gate("mail_foreign_ratio", 0.1, 0.5)))
                    .build();

            assertThat(p.gatesAt(1)).containsOnlyKeys("mail_sent_per_hour", "cpu_load", "mail_foreign_ratio");
        }

        @Test
        void theGatesOutsideTheLadderAreThePolicyGates() {
            assertThat(policy.gatesAt(0)).isEqualTo(policy.gates());
        }

        @Test
        void theChecklistIsFilteredByCause() {
            assertThat(policy.checklistFor("CMS_BRUTE_FORCE")).extracting(ChecklistItem::key)
                    .containsExactly("recaptcha", "updates");
            assertThat(policy.checklistFor("MASS_MAIL")).extracting(ChecklistItem::key)
                    .containsExactly("updates");
        }

        @Test
        void aChecklistLabelFollowsTheLocale() {
            ChecklistItem item = new ChecklistItem("updates", "更新", "Update", true, Set.of());

            assertThat(item.label("en")).isEqualTo("Update");
            assertThat(item.label("ja")).isEqualTo("更新");
        }
    }

    @Nested
    class Relapse {

        @Test
        void relapseToTopGoesToTheTopStage() {
            assertThat(RelapseTarget.TOP.levelAfterRelapse(1, 3)).isEqualTo(3);
            assertThat(RelapseTarget.TOP.levelAfterRelapse(3, 3)).isEqualTo(3);
        }

        @Test
        void relapseOneUpGoesOneStageStricter() {
            assertThat(RelapseTarget.ONE_UP.levelAfterRelapse(1, 3)).isEqualTo(2);
            assertThat(RelapseTarget.ONE_UP.levelAfterRelapse(2, 3)).isEqualTo(3);
        }

        @Test
        void relapseOneUpStopsAtTheTopStage() {
            assertThat(RelapseTarget.ONE_UP.levelAfterRelapse(3, 3)).isEqualTo(3);
        }
    }
}
