package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.probation.policy.model.Policy;
import org.probation.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;

/** RESEND_NOTICE in the rules: a timeline entry on an open incident that changes nothing else; refused once closed. */
class ResendNoticeRuleTest {

    private static final Instant OPENED = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant REPORTED = OPENED.plus(Duration.ofHours(2));
    private static final Instant NOW = OPENED.plus(Duration.ofDays(31));

    private final Policy policy = TestPolicies.policy().build();

    private static OperatorAction action(ActionType type) {
        return new OperatorAction(type, OptionalInt.empty(), Optional.empty(), "customer asked for a new link");
    }

    @Test
    void aResendLeavesStateStageAndDeadlinesAsTheyAre() {
        Incident monitoring = Incident.open(policy, "opened", OPENED).incident().report(policy, REPORTED)
                .orElseThrow(IllegalStateException::new).incident();

        Transition resent = monitoring.act(action(ActionType.RESEND_NOTICE), policy, NOW)
                .orElseThrow(IllegalStateException::new).transition();

        assertThat(resent.event()).isEqualTo(EventType.NOTICE_RESENT);
        assertThat(resent.reason()).isEqualTo("customer asked for a new link");
        assertThat(resent.after()).isEqualTo(monitoring.status());
        assertThat(resent.changesControls()).isFalse();
    }

    @Test
    void aClosedIncidentHasNoNoticeToResend() {
        Incident lifted = Incident.open(policy, "opened", OPENED).incident().act(action(ActionType.LIFT), policy, OPENED)
                .orElseThrow(IllegalStateException::new).incident();

        assertThat(lifted.act(action(ActionType.RESEND_NOTICE), policy, NOW).rejection())
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("RESEND_NOTICE needs an open incident"));
    }
}
