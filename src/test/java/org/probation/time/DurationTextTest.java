package org.probation.time;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationTextTest {

    @Test
    void aBareNumberIsSeconds() {
        assertThat(DurationText.parse("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.parse("0")).isEqualTo(Duration.ZERO);
    }

    @Test
    void secondsMayCarryAUnit() {
        assertThat(DurationText.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void minutesHoursAndDaysHaveUnits() {
        assertThat(DurationText.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("48h")).isEqualTo(Duration.ofHours(48));
        assertThat(DurationText.parse("3d")).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void isoDurationsAreAccepted() {
        assertThat(DurationText.parse("PT48H")).isEqualTo(Duration.ofHours(48));
        assertThat(DurationText.parse("P3D")).isEqualTo(Duration.ofDays(3));
        assertThat(DurationText.parse("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(DurationText.parse(" 48h ")).isEqualTo(Duration.ofHours(48));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "-5s", "5w", "", "5 m", "h", "1.5h" })
    void nonsenseIsRejected(String text) {
        assertThatThrownBy(() -> DurationText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "' is not a duration");
    }
}
