package org.probation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.support.PackagedAppRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value out of its range stops the packaged application, and the message names the key: the {@code @ConfigMapping}
 * constraints are checked at start-up, not found later by the code that reads them.
 */
class PackagedAppRefusesOutOfRangeValuesIT {

    @TempDir
    Path config;

    @Test
    void aNegativeMaxBatchStopsStartUpAndIsNamed() throws IOException, InterruptedException {
        Path file = Files.writeString(config.resolve("range.properties"), "probation.ingest.max-batch=-1\n");

        PackagedAppRun.Ended run = PackagedAppRun.untilItStops(environment -> {
        }, "-Dquarkus.config.locations=" + file.toUri());

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("probation.ingest.max-batch must be greater than or equal to 1");
    }
}
