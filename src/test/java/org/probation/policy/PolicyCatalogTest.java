package org.probation.policy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.probation.policy.config.PoliciesConfig;
import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.policy.model.RelapseTarget;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Policies are read from configuration the way an operator writes them, and nonsense stops start-up. */
class PolicyCatalogTest {

    @Test
    void aPolicyWrittenInHoursAndDaysReadsBackAsDurations() {
        Policy policy = load(soundPolicy("story")).get("story");

        assertThat(policy.minMonitoring()).isEqualTo(Duration.ofDays(3));
        assertThat(policy.maxMonitoring()).isEqualTo(Duration.ofDays(7));
        assertThat(policy.sampleInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.relapseTo()).isEqualTo(RelapseTarget.TOP);
        assertThat(policy.topLevel()).isEqualTo(2);
        assertThat(policy.stage(2).name()).isEqualTo("foreign-blocked");
        assertThat(policy.stage(2).cleanWindow()).isEqualTo(Duration.ofHours(48));
        assertThat(policy.stage(2).controls().allowCountries()).containsExactly("JP");
        assertThat(policy.stage(1).operatorApproval()).isTrue();
        assertThat(policy.gatesAt(1).get("mail_sent_per_hour").clean()).isEqualTo(100);
        assertThat(policy.checklistFor("MASS_MAIL")).extracting("key").containsExactly("recaptcha");
    }

    @Test
    void everyDurationAcceptsSeconds() {
        Map<String, String> props = soundPolicy("fast");
        props.put("probation.policies.fast.min-monitoring", "90");
        props.put("probation.policies.fast.max-monitoring", "600s");
        props.put("probation.policies.fast.stages[0].clean-window", "30s");
        Policy policy = load(props).get("fast");

        assertThat(policy.minMonitoring()).isEqualTo(Duration.ofSeconds(90));
        assertThat(policy.maxMonitoring()).isEqualTo(Duration.ofSeconds(600));
        assertThat(policy.stage(2).cleanWindow()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aCleanBoundOverTheRelapseBoundStopsStartUpNamingTheKey() {
        Map<String, String> props = soundPolicy("bad");
        props.put("probation.policies.bad.gates.mail_sent_per_hour.clean", "900");

        assertThatThrownBy(() -> load(props))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("probation.policies.bad.gates.mail_sent_per_hour.clean");
    }

    @Test
    void anUnknownRelapseTargetStopsStartUpNamingTheKey() {
        Map<String, String> props = soundPolicy("bad");
        props.put("probation.policies.bad.relapse-to", "bottom");

        assertThatThrownBy(() -> load(props)).hasMessageContaining("probation.policies.bad.relapse-to");
    }

    @Test
    void oneUpIsReadAsARelapseTarget() {
        Map<String, String> props = soundPolicy("story");
        props.put("probation.policies.story.relapse-to", "one-up");

        assertThat(load(props).get("story").relapseTo()).isEqualTo(RelapseTarget.ONE_UP);
    }

    @Test
    void anApprovalOtherThanOperatorStopsStartUpNamingTheKey() {
        Map<String, String> props = soundPolicy("bad");
        props.put("probation.policies.bad.stages[1].approval", "operater");

        assertThatThrownBy(() -> load(props)).hasMessageContaining("probation.policies.bad.stages[1].approval");
    }

    @Test
    void aStageWithoutApprovalStepsDownByItself() {
        Policy policy = load(soundPolicy("story")).get("story");

        assertThat(policy.stage(2).operatorApproval()).isFalse();
    }

    @Test
    void aPolicyWithoutStagesStopsStartUp() {
        Map<String, String> props = soundPolicy("bad");
        props.keySet().removeIf(key -> key.contains(".stages["));

        assertThatThrownBy(() -> load(props)).hasMessageContaining("probation.policies.bad.stages");
    }

    @Test
    void aNegativeDurationStopsStartUpNamingTheKey() {
        Map<String, String> props = soundPolicy("bad");
        props.put("probation.policies.bad.no-data-after", "-PT1H");

        assertThatThrownBy(() -> load(props)).hasMessageContaining("probation.policies.bad.no-data-after");
    }

    @Test
    void aShadowPolicyMustNameAKnownRealPolicy() {
        Map<String, String> props = soundPolicy("real");
        props.putAll(soundPolicy("trial"));
        props.put("probation.policies.trial.shadow-of", "nope");
        assertThatThrownBy(() -> load(props)).hasMessageContaining("probation.policies.trial.shadow-of");

        props.remove("probation.policies.trial.shadow-of");
        props.put("probation.policies.trial.shadow", "true");
        assertThatThrownBy(() -> load(props)).hasMessageContaining("probation.policies.trial.shadow-of");
    }

    @Test
    void aShadowPolicyIsMarkedAsShadow() {
        Map<String, String> props = soundPolicy("real");
        props.putAll(soundPolicy("trial"));
        props.put("probation.policies.trial.shadow-of", "real");

        Map<String, Policy> policies = load(props);
        assertThat(policies.get("trial").shadow()).isTrue();
        assertThat(policies.get("real").shadow()).isFalse();
    }

    @Test
    void aGateReadsItsMinimumVolumeAndAStageOverrideWithoutOneKeepsIt() {
        Map<String, String> props = withForeignRatio("story");
        props.put("probation.policies.story.stages[1].gates.mail_foreign_ratio.clean", "0.1");
        props.put("probation.policies.story.stages[1].gates.mail_foreign_ratio.relapse", "0.5");

        Policy policy = load(props).get("story");

        Gate.MinVolume twenty = new Gate.MinVolume("mail_sent_per_hour", 20);
        assertThat(policy.gates().get("mail_foreign_ratio").minVolume()).contains(twenty);
        assertThat(policy.gatesAt(1).get("mail_foreign_ratio")).isEqualTo(
                new Gate("mail_foreign_ratio", 0.1, 0.5, Optional.of(twenty)));
        assertThat(policy.gates().get("mail_sent_per_hour").minVolume()).isEmpty();
    }

    @Test
    void aStageMayStateItsOwnMinimumVolumeOrJudgeEverySampleWithZero() {
        Map<String, String> props = withForeignRatio("story");
        props.put("probation.policies.story.stages[0].gates.mail_foreign_ratio.clean", "0.1");
        props.put("probation.policies.story.stages[0].gates.mail_foreign_ratio.relapse", "0.5");
        props.put("probation.policies.story.stages[0].gates.mail_foreign_ratio.min-volume.metric",
                "mail_sent_per_hour");
        props.put("probation.policies.story.stages[0].gates.mail_foreign_ratio.min-volume.at-least", "50");
        props.put("probation.policies.story.stages[1].gates.mail_foreign_ratio.clean", "0.1");
        props.put("probation.policies.story.stages[1].gates.mail_foreign_ratio.relapse", "0.5");
        props.put("probation.policies.story.stages[1].gates.mail_foreign_ratio.min-volume.metric",
                "mail_sent_per_hour");
        props.put("probation.policies.story.stages[1].gates.mail_foreign_ratio.min-volume.at-least", "0");

        Policy policy = load(props).get("story");

        assertThat(policy.gatesAt(2).get("mail_foreign_ratio").minVolume())
                .contains(new Gate.MinVolume("mail_sent_per_hour", 50));
        assertThat(policy.gatesAt(1).get("mail_foreign_ratio").minVolume()).isEmpty();
    }

    @Test
    void aMinimumVolumeOnAMetricThatIsNoGateOfThePolicyStopsStartUpNamingTheKey() {
        Map<String, String> props = withForeignRatio("bad");
        props.put("probation.policies.bad.gates.mail_foreign_ratio.min-volume.metric", "mails_per_hour");

        assertThatThrownBy(() -> load(props)).hasMessageContaining(
                "probation.policies.bad.gates.mail_foreign_ratio.min-volume.metric: 'mails_per_hour' is not an enabled"
                        + " gate of the policy; one of [mail_foreign_ratio, mail_sent_per_hour]");
    }

    @Test
    void aMinimumVolumeOnASwitchedOffGateStopsStartUpUnlessItIsZero() {
        Map<String, String> props = withForeignRatio("bad");
        props.put("probation.policies.bad.gates.cpu_load.clean", "0.8");
        props.put("probation.policies.bad.gates.cpu_load.relapse", "2");
        props.put("probation.policies.bad.gates.mail_sent_per_hour.enabled", "false");

        assertThatThrownBy(() -> load(props))
                .hasMessageContaining("probation.policies.bad.gates.mail_foreign_ratio.min-volume.metric");

        props.put("probation.policies.bad.gates.mail_foreign_ratio.min-volume.at-least", "0");
        assertThat(load(props).get("bad").gates().get("mail_foreign_ratio").minVolume()).isEmpty();
    }

    @Test
    void halfAMinimumVolumeStopsStartUpNamingTheMissingKey() {
        Map<String, String> props = withForeignRatio("bad");
        props.remove("probation.policies.bad.gates.mail_foreign_ratio.min-volume.at-least");
        assertThatThrownBy(() -> load(props)).hasMessageContaining(
                "probation.policies.bad.gates.mail_foreign_ratio.min-volume.at-least: required with min-volume.metric");

        Map<String, String> noMetric = withForeignRatio("bad");
        noMetric.remove("probation.policies.bad.gates.mail_foreign_ratio.min-volume.metric");
        assertThatThrownBy(() -> load(noMetric)).hasMessageContaining(
                "probation.policies.bad.gates.mail_foreign_ratio.min-volume.metric: required");
    }

    @Test
    void aGateCannotCountOnItsOwnVolume() {
        Map<String, String> props = withForeignRatio("bad");
        props.put("probation.policies.bad.gates.mail_foreign_ratio.min-volume.metric", "mail_foreign_ratio");

        assertThatThrownBy(() -> load(props)).hasMessageContaining(
                "probation.policies.bad.gates.mail_foreign_ratio.min-volume.metric: must name another metric");
    }

    @Test
    void aMinimumVolumeOnAStageIsCheckedToo() {
        Map<String, String> props = withForeignRatio("bad");
        props.put("probation.policies.bad.stages[0].gates.mail_foreign_ratio.clean", "0.1");
        props.put("probation.policies.bad.stages[0].gates.mail_foreign_ratio.relapse", "0.5");
        props.put("probation.policies.bad.stages[0].gates.mail_foreign_ratio.min-volume.metric", "cpu_load");
        props.put("probation.policies.bad.stages[0].gates.mail_foreign_ratio.min-volume.at-least", "1");

        assertThatThrownBy(() -> load(props)).hasMessageContaining(
                "probation.policies.bad.stages[0].gates.mail_foreign_ratio.min-volume.metric: 'cpu_load'");
    }

    @Test
    void theBuiltInPoliciesJudgeTheForeignRatioOnlyFromAMinimumVolume() throws Exception {
        var yaml = new io.smallrye.config.source.yaml.YamlConfigSource(
                PolicyCatalogTest.class.getResource("/application.yaml"));
        Map<String, String> props = new HashMap<>();
        yaml.getPropertyNames().stream().filter(name -> name.startsWith("probation.policies."))
                .forEach(name -> props.put(name, yaml.getValue(name)));

        Map<String, Policy> policies = load(props);

        assertThat(policies.get("default").gates().get("mail_foreign_ratio").minVolume())
                .contains(new Gate.MinVolume("mail_sent_per_hour", 20));
        assertThat(policies.get("repeat").gates().get("mail_foreign_ratio").minVolume())
                .contains(new Gate.MinVolume("mail_sent_per_hour", 10));
    }

    /** {@link #soundPolicy} with a foreign-ratio gate counted from 20 mails an hour. */
    static Map<String, String> withForeignRatio(String name) {
        Map<String, String> props = soundPolicy(name);
        String p = "probation.policies." + name + ".gates.mail_foreign_ratio.";
        props.put(p + "clean", "0.2");
        props.put(p + "relapse", "0.6");
        props.put(p + "min-volume.metric", "mail_sent_per_hour");
        props.put(p + "min-volume.at-least", "20");
        return props;
    }

    /** Reads the policies as start-up does: the mapping's Bean Validation first, then the catalog's own checks. */
    static Map<String, Policy> load(Map<String, String> properties) {
        var config = new SmallRyeConfigBuilder()
                .withMapping(PoliciesConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return PolicyCatalog.load(config.getConfigMapping(PoliciesConfig.class));
    }

    static Map<String, String> soundPolicy(String name) {
        String p = "probation.policies." + name + ".";
        Map<String, String> props = new HashMap<>();
        props.put(p + "sample-interval", "5m");
        props.put(p + "min-monitoring", "3d");
        props.put(p + "max-monitoring", "7d");
        props.put(p + "gates.mail_sent_per_hour.clean", "100");
        props.put(p + "gates.mail_sent_per_hour.relapse", "500");
        props.put(p + "stages[0].name", "foreign-blocked");
        props.put(p + "stages[0].clean-window", "48h");
        props.put(p + "stages[0].controls.web-foreign", "block");
        props.put(p + "stages[0].controls.allow-countries", "JP");
        props.put(p + "stages[1].name", "admin-paths-blocked");
        props.put(p + "stages[1].clean-window", "48h");
        props.put(p + "stages[1].approval", "operator");
        props.put(p + "stages[1].controls.web-foreign", "admin-only");
        props.put(p + "checklist[0].key", "recaptcha");
        props.put(p + "checklist[0].ja", "reCAPTCHA を導入しました");
        props.put(p + "checklist[0].en", "Introduced reCAPTCHA");
        props.put(p + "checklist[1].key", "passwords");
        props.put(p + "checklist[1].ja", "パスワードを変更しました");
        props.put(p + "checklist[1].en", "Changed passwords");
        props.put(p + "checklist[1].causes", "CMS_BRUTE_FORCE");
        return props;
    }
}
