package org.probation.notification.model;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Standard Webhooks signature, checked against the specification's own example, and the secrets it accepts. */
class WebhookSignatureTest {

    @Test
    void signsTheSpecificationsExampleAsTheSpecificationDoes() {
        // From the Standard Webhooks reference libraries' tests.
        byte[] key = WebhookSignature.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        assertThat(WebhookSignature.standard(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aPlainSecretIsItsUtf8Bytes() {
        assertThat(WebhookSignature.key("test-desk-secret")).isEqualTo("test-desk-secret"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(WebhookSignature.legacy(WebhookSignature.key("test-desk-secret"), 1700000000, "{}"))
                .isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("test-desk-secret", "1700000000.{}"));
        assertThat(WebhookSignature.secretProblem("test-desk-secret")).isEmpty();
    }

    @Test
    void aStandardSecretMustBeBase64OfAtLeast24Bytes() {
        assertThat(WebhookSignature.secretProblem("whsec_IDFxnOOo3ibV4aaKPKqabo/06mDcN5C1yVrVlgPxv6M=")).isEmpty();
        assertThat(WebhookSignature.secretProblem("whsec_not base64!")).get().asString()
                .startsWith("'whsec_' must be followed by padded standard base64");
        assertThat(WebhookSignature.secretProblem("whsec_c2hvcnQ=")).get().asString()
                .startsWith("the key after 'whsec_' is 5 bytes; at least 24");
        assertThat(WebhookSignature.secretProblem(" ")).hasValue("must not be empty");
    }
}
