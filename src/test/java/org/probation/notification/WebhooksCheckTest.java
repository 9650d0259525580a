package org.probation.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.probation.incident.model.EventType;

import static org.assertj.core.api.Assertions.assertThat;

/** A webhook that could never be called, or that filters on an event that does not exist, stops start-up by key. */
class WebhooksCheckTest {

    @Test
    void aSoundWebhookPasses() {
        assertThat(WebhooksCheck.problems("edge", "https://edge.example/probation",
                Optional.of(List.of("OPENED", "RELAPSED", "STEPPED_DOWN", "LIFTED")))).isEmpty();
        assertThat(WebhooksCheck.problems("edge", "http://127.0.0.1:8089/hook", Optional.empty())).isEmpty();
    }

    @Test
    void aWebhookThatAsksForCustomersReportsPasses() {
        assertThat(WebhooksCheck.problems("desk", "https://desk.example/hook",
                Optional.of(List.of(WebhooksConfig.REPORT_RECEIVED)))).isEmpty();
    }

    @Test
    void aUrlThatCouldNeverBeCalledIsNamed() {
        assertThat(WebhooksCheck.problems("relative", "/probation", Optional.empty())).singleElement().asString()
                .startsWith("probation.webhooks.relative.url: must be an absolute http:// or https:// URL");
        assertThat(WebhooksCheck.problems("ftp", "ftp://edge.example/x", Optional.empty())).singleElement()
                .asString().startsWith("probation.webhooks.ftp.url: ");
        assertThat(WebhooksCheck.problems("spaces", "https://edge example/x", Optional.empty())).singleElement()
                .asString().startsWith("probation.webhooks.spaces.url: is not a URL");
    }

    @Test
    void anUnknownEventIsNamed() {
        assertThat(WebhooksCheck.problems("edge", "https://edge.example/probation",
                Optional.of(List.of("OPENED", "opened", "LIFT")))).containsExactly(
                        "probation.webhooks.edge.events: 'opened' is not an event; one of " + events(),
                        "probation.webhooks.edge.events: 'LIFT' is not an event; one of " + events());
    }

    @Test
    void aStandardSecretThatIsNoKeyIsNamedAndAPlainSecretStillPasses() {
        assertThat(WebhooksCheck.secretProblem("edge", "whsec_%%%")).get().asString()
                .startsWith("probation.webhooks.edge.secret: 'whsec_' must be followed by padded standard base64");
        assertThat(WebhooksCheck.secretProblem("edge", "whsec_IDFxnOOo3ibV4aaKPKqabo/06mDcN5C1yVrVlgPxv6M="))
                .isEmpty();
        assertThat(WebhooksCheck.secretProblem("edge", "a-secret-configured-before")).isEmpty();
    }

    @Test
    void previousSecretsBeingRotatedOutAreHeldToTheSameRulesByPosition() {
        assertThat(WebhooksCheck.previousSecretsProblems("edge", Optional.empty())).isEmpty();
        assertThat(WebhooksCheck.previousSecretsProblems("edge",
                Optional.of(List.of("whsec_IDFxnOOo3ibV4aaKPKqabo/06mDcN5C1yVrVlgPxv6M=", "a-secret-configured-before"))))
                .isEmpty();
        assertThat(WebhooksCheck.previousSecretsProblems("edge",
                Optional.of(List.of("a-secret-configured-before", "whsec_c2hvcnQ=")))).singleElement().asString()
                .startsWith("probation.webhooks.edge.previous-secrets, secret 2: the key after 'whsec_' is 5 bytes");
    }

    private static String events() {
        return new TreeSet<>(Arrays.stream(EventType.values()).map(Enum::name).toList()).toString();
    }
}
