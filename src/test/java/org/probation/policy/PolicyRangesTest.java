package org.probation.policy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.config.ConfigValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.probation.policy.PolicyCatalogTest.load;
import static org.probation.policy.PolicyCatalogTest.soundPolicy;

/**
 * A number or duration of a policy out of its range stops start-up, the message naming the key: Bean Validation on
 * {@code PoliciesConfig} (the checks across keys stay in {@code PolicyValidationTest}).
 */
class PolicyRangesTest {

    private static final String KEY = "probation.policies.p.";

    @ParameterizedTest
    @ValueSource(strings = { "0s", "-PT1S" })
    void aZeroOrNegativeDurationThatMustBePositiveIsNamed(String duration) {
        assertThat(problems(Map.of("sample-interval", duration)))
                .containsExactly(KEY + "sample-interval must be positive");
        assertThat(problems(Map.of("no-data-after", duration)))
                .containsExactly(KEY + "no-data-after must be positive");
        assertThat(problems(Map.of("min-monitoring", "0s", "max-monitoring", duration)))
                .containsExactly(KEY + "max-monitoring must be positive");
        assertThat(problems(Map.of("stages[0].clean-window", duration)))
                .containsExactly(KEY + "stages[0].clean-window must be positive");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-PT1S" })
    void aZeroOrNegativeReportReminderOrDeadlineIsNamed(String duration) {
        assertThat(problems(Map.of("report-reminder-after", duration, "report-deadline", duration)))
                .containsExactlyInAnyOrder(KEY + "report-reminder-after must be positive",
                        KEY + "report-deadline must be positive");
    }

    @Test
    void theReportReminderAndDeadlineAcceptSecondsAndAreOffWhenAbsent() {
        var policy = load(policy(Map.of("report-reminder-after", "90", "report-deadline", "3d"))).get("p");
        assertThat(policy.reportReminderAfter()).contains(java.time.Duration.ofSeconds(90));
        assertThat(policy.reportDeadline()).contains(java.time.Duration.ofDays(3));
        assertThat(load(policy(Map.of())).get("p").reportReminderAfter()).isEmpty();
    }

    @Test
    void negativeDurationsThatMayBeZeroAreNamed() {
        assertThat(problems(Map.of("min-monitoring", "-PT1S", "repeat-window", "-1d"))).containsExactlyInAnyOrder(
                KEY + "min-monitoring must not be negative", KEY + "repeat-window must not be negative");
        assertThat(load(policy(Map.of("min-monitoring", "0s", "repeat-window", "0s"))).get("p").minMonitoring())
                .isZero();
    }

    @Test
    void negativeCountsAreNamed() {
        assertThat(problems(Map.of("max-relapses", "-1", "stages[0].controls.mail-max-per-hour", "-1")))
                .containsExactlyInAnyOrder(KEY + "max-relapses must be greater than or equal to 0",
                        KEY + "stages[0].controls.mail-max-per-hour must be greater than or equal to 0");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-0.1", "1.01" })
    void aMinCoverageOutsideZeroToOneIsNamed(String coverage) {
        assertThat(problems(Map.of("min-coverage", coverage))).singleElement().asString()
                .startsWith(KEY + "min-coverage must be");
    }

    @Test
    void aMinCoverageOfExactlyOneIsAllowed() {
        assertThat(load(policy(Map.of("min-coverage", "1"))).get("p").minCoverage()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "-1", "NaN", "Infinity" })
    void aNegativeOrNonFiniteBoundIsNamed(String bound) {
        assertThat(problems(Map.of("gates.mail_sent_per_hour.clean", bound)))
                .isNotEmpty().allSatisfy(problem -> assertThat(problem)
                        .startsWith(KEY + "gates.mail_sent_per_hour.clean must be"));
        assertThat(problems(Map.of("gates.mail_sent_per_hour.relapse", bound)))
                .isNotEmpty().allSatisfy(problem -> assertThat(problem)
                        .startsWith(KEY + "gates.mail_sent_per_hour.relapse must be"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "-1", "NaN", "Infinity" })
    void aNegativeOrNonFiniteMinimumVolumeIsNamed(String atLeast) {
        assertThat(problems(Map.of("gates.mail_foreign_ratio.clean", "0.2", "gates.mail_foreign_ratio.relapse", "0.6",
                "gates.mail_foreign_ratio.min-volume.metric", "mail_sent_per_hour",
                "gates.mail_foreign_ratio.min-volume.at-least", atLeast)))
                .isNotEmpty().allSatisfy(problem -> assertThat(problem)
                        .startsWith(KEY + "gates.mail_foreign_ratio.min-volume.at-least must be"));
    }

    @Test
    void aMinimumVolumeOfZeroIsAllowed() {
        assertThat(load(policy(Map.of("gates.mail_foreign_ratio.clean", "0.2", "gates.mail_foreign_ratio.relapse",
                "0.6", "gates.mail_foreign_ratio.min-volume.metric", "mail_sent_per_hour",
                "gates.mail_foreign_ratio.min-volume.at-least", "0"))).get("p").gates()).containsKey("mail_foreign_ratio");
    }

    private static Map<String, String> policy(Map<String, String> changes) {
        Map<String, String> props = soundPolicy("p");
        changes.forEach((key, value) -> props.put(KEY + key, value));
        return props;
    }

    private static List<String> problems(Map<String, String> changes) {
        Throwable thrown = catchThrowable(() -> load(policy(changes)));
        assertThat(thrown).isInstanceOf(ConfigValidationException.class);
        ConfigValidationException invalid = (ConfigValidationException) thrown;
        return IntStream.range(0, invalid.getProblemCount()).mapToObj(i -> invalid.getProblem(i).getMessage())
                .toList();
    }
}
