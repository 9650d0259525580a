package org.probation;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.probation.support.PackagedAppRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application (prod profile) refuses to start when it is given no key to verify API tokens, rather than
 * starting and answering every call with 401. Runs the jar the build produced, with the environment of a deployment
 * that forgot MP_JWT_VERIFY_*.
 */
class PackagedAppWithoutTokenKeyIT {

    @Test
    void withoutAKeyTheApplicationDoesNotStartAndSaysWhatToSet() throws IOException, InterruptedException {
        PackagedAppRun.Ended run = PackagedAppRun.untilItStops(environment -> environment.keySet()
                .removeIf(name -> name.startsWith("MP_JWT_") || name.startsWith("SMALLRYE_JWT_")));

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("Probation will not start without a way to verify API tokens",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER");
    }
}
