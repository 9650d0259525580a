package org.probation.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Playwright scripts of {@code src/test/browser} (report page, console journey) in Debian's headless Chromium:
 * checks Chromium is there, installs the locked {@code playwright-core} if missing, runs a command and returns what it
 * printed, failing the test on a non-zero exit or after three minutes.
 */
public final class BrowserScripts {

    public static final Path DIR = Path.of("src/test/browser");

    private BrowserScripts() {
    }

    /** {@code command} in {@code src/test/browser} with {@code env} added, once Chromium and Playwright are there. */
    public static String run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        assertThat(Path.of("/usr/bin/chromium")).as("Debian's chromium package (apt-get install chromium)").exists();
        if (!Files.isDirectory(DIR.resolve("node_modules/playwright-core"))) {
            exec(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of());
        }
        return exec(command, env);
    }

    private static String exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile("browser-script", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(String.join(" ", command) + " finishes").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
