package org.probation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged application (prod profile) refuses to start when it is given no key to verify API tokens, rather than
 * starting and answering every call with 401. Runs the jar the build produced, with the environment of a deployment
 * that forgot MP_JWT_VERIFY_*.
 */
class PackagedAppWithoutTokenKeyIT {

    @Test
    void withoutAKeyTheApplicationDoesNotStartAndSaysWhatToSet() throws IOException, InterruptedException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        Path log = Files.createTempFile("probation-no-key", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dquarkus.http.port=0", "-Dquarkus.management.port=0", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MP_JWT_") || name.startsWith("SMALLRYE_JWT_"));

        Process app = builder.start();
        try {
            assertThat(app.waitFor(3, TimeUnit.MINUTES)).as("the application should stop by itself").isTrue();
        } finally {
            app.destroyForcibly();
        }

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(app.exitValue()).as(output).isNotZero();
        assertThat(output).contains("Probation will not start without a way to verify API tokens",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER");
        Files.deleteIfExists(log);
    }
}
