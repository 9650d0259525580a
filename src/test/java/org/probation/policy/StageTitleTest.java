package org.probation.policy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.probation.policy.model.Policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.probation.policy.PolicyCatalogTest.load;
import static org.probation.policy.PolicyCatalogTest.soundPolicy;

/** A stage's customer title is given in Japanese and English, or not at all: never half a translation. */
class StageTitleTest {

    @Test
    void aStageReadsItsTitleInEachLanguage() {
        Map<String, String> props = soundPolicy("story");
        props.put("probation.policies.story.stages[0].title.ja", "海外からのアクセスとメール送信を制限");
        props.put("probation.policies.story.stages[0].title.en", "Access and mail from abroad restricted");
        Policy policy = load(props).get("story");

        assertThat(policy.stage(2).title("ja")).hasValue("海外からのアクセスとメール送信を制限");
        assertThat(policy.stage(2).title("en")).hasValue("Access and mail from abroad restricted");
        assertThat(policy.stage(1).title("ja")).isEmpty();
    }

    @Test
    void aTitleInOneLanguageOnlyStopsStartUpNamingTheMissingKey() {
        Map<String, String> jaOnly = soundPolicy("bad");
        jaOnly.put("probation.policies.bad.stages[1].title.ja", "管理画面を制限");
        assertThatThrownBy(() -> load(jaOnly))
                .hasMessageContaining("probation.policies.bad.stages[1].title.en: required with title.ja");

        Map<String, String> enOnly = soundPolicy("bad");
        enOnly.put("probation.policies.bad.stages[0].title.en", "Restricted");
        assertThatThrownBy(() -> load(enOnly))
                .hasMessageContaining("probation.policies.bad.stages[0].title.ja: required with title.en");
    }
}
