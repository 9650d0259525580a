package org.probation.policy.model;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistItemTest {

    private final ChecklistItem item = new ChecklistItem("updates", "更新を適用", "Apply all updates", true, Set.of());

    @Test
    void aLabelIsGivenInTheLanguageAsked() {
        assertThat(item.label("ja")).isEqualTo("更新を適用");
        assertThat(item.label("en")).isEqualTo("Apply all updates");
    }

    @Test
    void aLanguageThePolicyDoesNotStateGetsTheJapaneseLabel() {
        assertThat(item.label("fr")).isEqualTo("更新を適用");
        assertThat(item.label(null)).isEqualTo("更新を適用");
    }
}
