package org.probation;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.probation.support.PackagedAppRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application (prod profile, sign-in off unless turned on) given an identity provider without
 * QUARKUS_OIDC_TENANT_ENABLED=true refuses to start naming that key, rather than starting with a console that answers
 * 503 to everybody.
 */
class PackagedAppWithTheSignInLeftOffIT {

    @Test
    void aProviderWithoutTenantEnabledStopsStartUpNamingIt() throws IOException, InterruptedException {
        PackagedAppRun.Ended run = PackagedAppRun.untilItStops(environment -> {
            environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", "https://idp.example/realms/abuse");
            environment.put("QUARKUS_OIDC_CLIENT_ID", "probation-console");
            environment.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "probation-console-secret");
        });

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("quarkus.oidc.auth-server-url is set but quarkus.oidc.tenant-enabled",
                "QUARKUS_OIDC_TENANT_ENABLED=true");
    }
}
