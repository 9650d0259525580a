package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.probation.policy.model.Policy;
import org.probation.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatOffenceTest {

    private static final Instant LIFTED = Instant.parse("2026-11-01T10:00:00Z");

    private final Policy first = TestPolicies.policy().name("default").repeatPolicy("second")
            .repeatWindow(Duration.ofDays(30)).build();
    private final Policy second = TestPolicies.policy().name("second").repeatPolicy("third")
            .repeatWindow(Duration.ofDays(60)).build();
    private final Policy third = TestPolicies.policy().name("third").repeatWindow(Duration.ofDays(90)).build();
    private final Map<String, Policy> policies = Map.of("default", first, "second", second, "third", third);

    private Optional<String> startsOn(Policy requested, String lastPolicy, Duration sinceLift) {
        return RepeatOffence.repeatPolicy(requested, Optional.of(new RepeatOffence.Offence(lastPolicy, LIFTED)),
                name -> Optional.ofNullable(policies.get(name)), LIFTED.plus(sinceLift)).map(Policy::name);
    }

    @Test
    void aFirstOffenderStartsOnTheRequestedPolicy() {
        assertThat(RepeatOffence.repeatPolicy(first, Optional.empty(), name -> Optional.ofNullable(policies.get(name)),
                LIFTED)).isEmpty();
    }

    @Test
    void aSecondOffenceWithinTheWindowStartsOnTheRepeatPolicy() {
        assertThat(startsOn(first, "default", Duration.ofDays(29))).contains("second");
        assertThat(startsOn(first, "default", Duration.ofDays(30))).isEmpty();
    }

    @Test
    void aThirdOffenceChainsToTheRepeatPoliciesOwnRepeatPolicyWithinItsOwnWindow() {
        assertThat(startsOn(first, "second", Duration.ofDays(59))).contains("third");
        assertThat(startsOn(first, "second", Duration.ofDays(60))).isEmpty();
    }

    @Test
    void theEndOfTheChainKeepsTheOffenderOnItsStrictestPolicyForItsWindow() {
        assertThat(startsOn(first, "third", Duration.ofDays(89))).contains("third");
        assertThat(startsOn(first, "third", Duration.ofDays(90))).isEmpty();
    }

    @Test
    void anOffenceUnderAPolicyOutsideTheChainCountsAsOneUnderTheRequestedPolicy() {
        assertThat(startsOn(first, "elsewhere", Duration.ofDays(29))).contains("second");
        assertThat(startsOn(first, "elsewhere", Duration.ofDays(45))).isEmpty();
    }

    @Test
    void aPolicyWithoutARepeatPolicyHasNoRepeatOffenders() {
        assertThat(startsOn(third, "third", Duration.ofDays(1))).isEmpty();
    }

    @Test
    void aChainThatLoopsEnds() {
        Policy loop = TestPolicies.policy().name("loop").repeatPolicy("loop").build();
        assertThat(RepeatOffence.repeatPolicy(loop, Optional.of(new RepeatOffence.Offence("other", LIFTED)),
                name -> Optional.of(loop), LIFTED.plus(Duration.ofDays(1)))).isEmpty();
    }
}
