package org.probation.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar the build produced, started as a deployment would start it, for tests of what start-up refuses. */
public final class PackagedAppRun {

    /** What a run that stopped by itself printed, and how it ended. */
    public record Ended(int exitCode, String output) {
    }

    private PackagedAppRun() {
    }

    /** Starts the packaged app with {@code arguments} before {@code -jar} and waits for it to stop by itself. */
    public static Ended untilItStops(Consumer<Map<String, String>> environment, String... arguments)
            throws IOException, InterruptedException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        Path log = Files.createTempFile("probation-start", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dquarkus.http.port=0", "-Dquarkus.management.port=0"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment.accept(builder.environment());

        Process app = builder.start();
        try {
            assertThat(app.waitFor(3, TimeUnit.MINUTES)).as("the application should stop by itself").isTrue();
        } finally {
            app.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Ended(app.exitValue(), output);
    }
}
