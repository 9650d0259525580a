package org.probation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probation.support.PackagedAppRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A misspelt key in an added configuration file stops the packaged application, and the message names the key: a
 * typo must not leave a default silently in force. Covers both a misspelt feature and a misspelt key of a real one.
 */
class PackagedAppRefusesUnknownKeysIT {

    @TempDir
    Path config;

    @ParameterizedTest
    @ValueSource(strings = { "probation.evalution.every", "probation.evaluation.evry" })
    void aMisspeltKeyStopsStartUpAndIsNamed(String key) throws IOException, InterruptedException {
        Path file = Files.writeString(config.resolve("typo.properties"), key + "=1m\n");

        PackagedAppRun.Ended run = PackagedAppRun.untilItStops(environment -> {
        }, "-Dquarkus.config.locations=" + file.toUri());

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains(key);
    }
}
