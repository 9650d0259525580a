package org.probation;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.probation.support.PackagedAppRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application (prod profile) refuses to start with the example addresses of dev mode, operator alerts to
 * {@code abuse-desk@probation.example} and report links to {@code http://localhost:8080}, rather than starting and
 * failing quietly. Runs the jar the build produced, with the environment of a deployment that forgot them.
 */
class PackagedAppWithExampleAddressesIT {

    @Test
    void withoutTheRealAddressesTheApplicationDoesNotStartAndSaysWhatToSet() throws IOException, InterruptedException {
        PackagedAppRun.Ended run = PackagedAppRun.untilItStops(
                environment -> environment.keySet().removeAll(List.of("PROBATION_OPERATOR_EMAIL", "PROBATION_PUBLIC_URL")));

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("Probation will not start in production with example addresses",
                "PROBATION_OPERATOR_EMAIL", "abuse-desk@probation.example", "PROBATION_PUBLIC_URL",
                "http://localhost:8080");
    }
}
