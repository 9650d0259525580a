package org.probation.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the ecosystem's own tools on what the application really produced: the locked npm packages of
 * {@code src/test/node} ({@code standardwebhooks}, {@code @redocly/cli}), installed by {@code bin/test-tools}, or
 * here with {@code npm ci} when they are missing. Offline once installed.
 */
public final class NodeTools {

    public static final Path DIR = Path.of("src/test/node");

    /** What the command printed, apart and together (for assertion messages). */
    public record Result(int exitCode, String stdout, String stderr) {

        public String output() {
            return stdout + stderr;
        }
    }

    private NodeTools() {
    }

    /** {@code node SCRIPT ARGS...} in {@code src/test/node}. */
    public static Result node(String script, String... args) {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        return run(command);
    }

    /** A command from {@code src/test/node/node_modules/.bin}, e.g. {@code redocly}. */
    public static Result bin(String name, String... args) {
        List<String> command = new ArrayList<>(List.of(DIR.resolve("node_modules/.bin/" + name).toAbsolutePath()
                .toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private static synchronized Result run(List<String> command) {
        try {
            if (!Files.isDirectory(DIR.resolve("node_modules/standardwebhooks"))
                    || !Files.isDirectory(DIR.resolve("node_modules/@redocly/cli"))) {
                Result install = exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
                if (install.exitCode() != 0) {
                    throw new IllegalStateException("npm ci in " + DIR + " failed:\n" + install.output());
                }
            }
            return exec(command);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + " (is node installed? bin/test-tools)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Result exec(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("node-tools", ".out");
        Path err = Files.createTempFile("node-tools", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // Nothing leaves the machine: no telemetry, no update check.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_UPDATE_NOTIFIER", "1");
        Process process = builder.start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 3 minutes");
            }
        } finally {
            process.destroyForcibly();
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return result;
    }
}
