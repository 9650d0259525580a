package org.probation.words;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged app names each signature key still at its example value; a provider's own signature passes. */
class ProductionSignatureCheckTest {

    @Test
    void theExampleSignatureIsNamedKeyByKey() {
        WordsConfig config = config(Map.of("probation.notifications.signature.ja.form-url",
                "https://support.example/contact"));

        assertThat(ProductionSignatureCheck.problems(config)).containsExactly(
                "probation.notifications.signature.ja.provider (now 'サンプルホスティング株式会社')",
                "probation.notifications.signature.en.provider (now 'Example Hosting Inc.')",
                "probation.notifications.signature.ja.form-url (now 'https://support.example/contact')");
        assertThat(ProductionSignatureCheck.message(ProductionSignatureCheck.problems(config)))
                .startsWith("Customers would read the example signature");
    }

    @Test
    void aProvidersOwnSignaturePasses() {
        WordsConfig config = config(Map.of("probation.notifications.signature.ja.provider", "株式会社さくらホスト",
                "probation.notifications.signature.en.provider", "Sakura Host Co., Ltd.",
                "probation.notifications.signature.ja.form-url", "https://support.sakura-host.jp/form",
                "probation.notifications.signature.en.phone", "+81-3-1234-5678"));

        assertThat(ProductionSignatureCheck.problems(config)).isEmpty();
    }

    private static WordsConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(new HashMap<>(properties), "test", 100))
                .withMapping(WordsConfig.class).build().getConfigMapping(WordsConfig.class);
    }
}
