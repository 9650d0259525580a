package org.probation.sampling.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.probation.sampling.model.FailureStreaks.Alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailureStreaksTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final Duration TICK = Duration.ofMinutes(5);

    private final FailureStreaks streaks = new FailureStreaks(3);

    @Test
    void theThirdFailingTickInARowAlertsOnceWithTheStartOfTheStreak() {
        List<Alert> alerts = fail("prometheus", 0, 10);

        assertThat(alerts).containsExactly(new Alert("prometheus", 3, T0, "down at tick 2"));
        assertThat(streaks.consecutiveFailures("prometheus")).isEqualTo(10);
    }

    @Test
    void aSuccessEndsTheStreakSoTheNextStreakAlertsAgain() {
        assertThat(fail("prometheus", 0, 3)).hasSize(1);
        assertThat(streaks.succeeded("prometheus")).hasValue(3);
        assertThat(streaks.consecutiveFailures("prometheus")).isZero();

        List<Alert> second = fail("prometheus", 10, 3);
        assertThat(second).extracting(Alert::since).containsExactly(T0.plus(TICK.multipliedBy(10)));
    }

    @Test
    void failuresInterruptedBySuccessesNeverAlert() {
        for (int tick = 0; tick < 20; tick += 3) {
            assertThat(fail("prometheus", tick, 2)).isEmpty();
            streaks.succeeded("prometheus");
        }
    }

    @Test
    void sourcesAreCountedApart() {
        fail("prometheus", 0, 2);
        assertThat(fail("simulator", 2, 1)).isEmpty();
        assertThat(streaks.succeeded("simulator")).hasValue(1);
        assertThat(fail("prometheus", 3, 1)).hasSize(1);
    }

    @Test
    void aSuccessWithoutAStreakEndsNothing() {
        assertThat(streaks.succeeded("prometheus")).isEmpty();
    }

    @Test
    void oneErrorIsEnoughWhenConfiguredSoButNeverZero() {
        assertThat(new FailureStreaks(1).failed("prometheus", T0, "down")).isPresent();
        assertThatThrownBy(() -> new FailureStreaks(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Alert> fail(String source, int firstTick, int ticks) {
        List<Alert> alerts = new ArrayList<>();
        for (int tick = firstTick; tick < firstTick + ticks; tick++) {
            Optional<Alert> alert = streaks.failed(source, T0.plus(TICK.multipliedBy(tick)), "down at tick " + tick);
            alert.ifPresent(alerts::add);
        }
        return alerts;
    }
}
