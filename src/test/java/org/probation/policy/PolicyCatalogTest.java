package org.probation.policy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.probation.policy.config.PoliciesConfig;
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
