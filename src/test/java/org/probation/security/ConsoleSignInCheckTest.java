package org.probation.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's start-up check: never the demo operator outside dev mode, never a half-given identity provider. */
class ConsoleSignInCheckTest {

    private static final Map<String, String> PROVIDER = Map.of("quarkus.oidc.auth-server-url",
            "https://idp.example/realms/abuse", "quarkus.oidc.client-id", "probation-console",
            "quarkus.oidc.credentials.secret", "s3cret");

    @Test
    void theDemoOperatorSaidAsYesOrOnIsRefusedOutsideDevModeToo() {
        for (String on : List.of("yes", "ON", "1", "Y")) {
            assertThat(problems(LaunchMode.NORMAL, Map.of("probation.console.demo-operator", on))).as(on)
                    .singleElement().asString().startsWith("probation.console.demo-operator");
        }
        assertThat(problems(LaunchMode.NORMAL, Map.of("probation.console.demo-operator", "no"))).isEmpty();
    }

    @Test
    void theProdProfileRefusesTheDemoOperatorNamingTheKey() {
        List<String> problems = problems(LaunchMode.NORMAL, Map.of("probation.console.demo-operator", "true"));

        assertThat(problems).singleElement().asString().startsWith("probation.console.demo-operator")
                .contains("PROBATION_CONSOLE_DEMO_OPERATOR");
    }

    @Test
    void devModeMayUseTheDemoOperator() {
        assertThat(problems(LaunchMode.DEVELOPMENT, Map.of("probation.console.demo-operator", "true",
                "quarkus.oidc.tenant-enabled", "false"))).isEmpty();
    }

    @Test
    void noIdentityProviderAtAllStartsWithTheConsoleClosed() {
        assertThat(problems(LaunchMode.NORMAL, Map.of())).isEmpty();
        assertThat(ConsoleSignInCheck.configured(key -> Optional.empty())).isFalse();
    }

    @Test
    void aCompleteIdentityProviderStarts() {
        assertThat(problems(LaunchMode.NORMAL, PROVIDER)).isEmpty();
        assertThat(ConsoleSignInCheck.configured(key -> Optional.ofNullable(PROVIDER.get(key)))).isTrue();
    }

    @Test
    void aServerWithoutTheClientSecretNamesTheSecret() {
        List<String> problems = problems(LaunchMode.NORMAL, Map.of("quarkus.oidc.auth-server-url",
                "https://idp.example/realms/abuse", "quarkus.oidc.client-id", "probation-console"));

        assertThat(problems).singleElement().asString().contains("quarkus.oidc.credentials.secret")
                .contains("QUARKUS_OIDC_CREDENTIALS_SECRET");
    }

    @Test
    void aClientWithoutAServerNamesTheServer() {
        List<String> problems = problems(LaunchMode.NORMAL, Map.of("quarkus.oidc.client-id", "probation-console"));

        assertThat(problems).singleElement().asString().contains("quarkus.oidc.auth-server-url")
                .contains("QUARKUS_OIDC_AUTH_SERVER_URL");
    }

    @Test
    void aServerThatIsNoUrlIsNamed() {
        Map<String, String> config = new java.util.HashMap<>(PROVIDER);
        config.put("quarkus.oidc.auth-server-url", "idp.example/realms/abuse");

        assertThat(problems(LaunchMode.NORMAL, config)).singleElement().asString()
                .startsWith("quarkus.oidc.auth-server-url");
    }

    @Test
    void aProviderGivenWithTheSignInLeftOffNamesTenantEnabled() {
        Map<String, String> config = new java.util.HashMap<>(PROVIDER);
        config.put("quarkus.oidc.tenant-enabled", "false");

        assertThat(problems(LaunchMode.NORMAL, config)).singleElement().asString()
                .startsWith("quarkus.oidc.auth-server-url is set but quarkus.oidc.tenant-enabled")
                .contains("QUARKUS_OIDC_TENANT_ENABLED=true");
        assertThat(problems(LaunchMode.NORMAL, Map.of("quarkus.oidc.auth-server-url",
                "https://idp.example/realms/abuse", "quarkus.oidc.tenant-enabled", "false"))).singleElement()
                .asString().contains("QUARKUS_OIDC_TENANT_ENABLED");
        assertThat(problems(LaunchMode.NORMAL, Map.of("quarkus.oidc.client-id", "probation-console",
                "quarkus.oidc.tenant-enabled", "false"))).singleElement().asString()
                .contains("QUARKUS_OIDC_TENANT_ENABLED");
    }

    @Test
    void theSignInLeftOffWithoutAProviderStartsWithTheConsoleClosed() {
        assertThat(problems(LaunchMode.NORMAL, Map.of("quarkus.oidc.tenant-enabled", "false"))).isEmpty();
    }

    @Test
    void devModeWithTheDemoOperatorMayKeepAProviderTurnedOff() {
        Map<String, String> config = new java.util.HashMap<>(PROVIDER);
        config.put("quarkus.oidc.tenant-enabled", "false");
        config.put("probation.console.demo-operator", "true");

        assertThat(problems(LaunchMode.DEVELOPMENT, config)).isEmpty();
    }

    @Test
    void aFormSecretShorterThan32CharactersIsNamed() {
        assertThat(problems(LaunchMode.NORMAL, Map.of("probation.console.form-secret", "short"))).singleElement()
                .asString().startsWith("probation.console.form-secret").contains("PROBATION_CONSOLE_FORM_SECRET");
        assertThat(problems(LaunchMode.NORMAL, Map.of("probation.console.form-secret", "f".repeat(32)))).isEmpty();
    }

    private static List<String> problems(LaunchMode mode, Map<String, String> config) {
        return ConsoleSignInCheck.problems(mode, key -> Optional.ofNullable(config.get(key)));
    }
}
