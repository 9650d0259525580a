package org.probation.notification.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Standard Webhooks signature, checked against the specification's own example, and the secrets it accepts. */
class WebhookSignatureTest {

    /** {@code openssl dgst -sha256 -hmac 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'} of the example's "t.body". */
    private static final String LEGACY_OF_EXAMPLE = "2e37df5d4a028c51a7f3133d64ae1e300d2c2c900f1b1d49d4369ad2530f8964";

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
        assertThat(WebhookSignature.legacy("test-desk-secret", 1700000000, "{}"))
                .isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("test-desk-secret", "1700000000.{}"));
        assertThat(WebhookSignature.secretProblem("test-desk-secret")).isEmpty();
    }

    @Test
    void theFormerHeaderIsKeyedWithAStandardSecretsTextNotItsDecodedKey() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

        // Known answer: HMAC-SHA256 keyed with the 38 bytes "whsec_MfKQ...", as the former receivers compute it.
        assertThat(WebhookSignature.legacy(secret, 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("t=1614265330,v1=" + LEGACY_OF_EXAMPLE);
    }

    @Test
    void duringARotationEachKeySignsOnceInOrderSpaceSeparated() {
        byte[] current = WebhookSignature.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] previous = WebhookSignature.key("test-desk-secret");

        String header = WebhookSignature.standard(List.of(current, previous), "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}");

        assertThat(header).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= "
                + WebhookSignature.standard(previous, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                        "{\"test\": 2432232314}"));
        assertThat(WebhookSignature.standard(List.of(current), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
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
