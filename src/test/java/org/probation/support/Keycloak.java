package org.probation.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak for the console's sign-in: the server distribution the build unpacks into
 * {@code target/keycloak-<version>} (pom: {@code unpack-keycloak}; skipped with {@code -Dkeycloak.skip=true}), started
 * with {@code kc.sh start-dev} on a free port and the realm {@code src/test/resources/keycloak/probation-realm.json}:
 * realm {@value #REALM}, confidential client {@value #CLIENT_ID} (secret {@value #CLIENT_SECRET}, any redirect URI),
 * users {@value #OPERATOR} / {@value #OPERATOR_PASSWORD} (role operator) and {@value #VIEWER} /
 * {@value #VIEWER_PASSWORD} (role viewer), realm roles in the {@code groups} claim.
 * <p>
 * Use it through {@link KeycloakProfile}: {@code @QuarkusTest @TestProfile(KeycloakProfile.class)}. Keycloak starts
 * once per test JVM, on the first test class that needs it (about 30 s the first time: build and start), and stops
 * when the JVM exits; every class with that profile shares it. The app gets the {@code quarkus.oidc.*} settings and
 * the console's and the API's path mechanisms exactly as in prod. Keycloak runs on the Temurin 25 JDK
 * ({@code KEYCLOAK_JAVA_HOME}, default {@value #DEFAULT_JAVA_HOME}); its data lives under {@code target/}, fresh each
 * run, and its log is {@code target/keycloak.log}.
 */
public class Keycloak implements QuarkusTestResourceLifecycleManager {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "probation";
    public static final String CLIENT_ID = "probation-console";
    public static final String CLIENT_SECRET = "probation-console-test-secret";
    public static final String OPERATOR = "olivia";
    public static final String OPERATOR_PASSWORD = "olivia-password";
    public static final String VIEWER = "victor";
    public static final String VIEWER_PASSWORD = "victor-password";
    static final String DEFAULT_JAVA_HOME = "/usr/lib/jvm/temurin-25-jdk-amd64";
    static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private static String baseUrl;
    private static Process process;

    /** The realm's issuer, e.g. {@code http://localhost:PORT/realms/probation}. */
    public static synchronized String issuer() {
        return ensureStarted() + "/realms/" + REALM;
    }

    @Override
    public Map<String, String> start() {
        return Map.ofEntries(Map.entry("quarkus.oidc.tenant-enabled", "true"),
                Map.entry("quarkus.oidc.auth-server-url", issuer()), Map.entry("quarkus.oidc.client-id", CLIENT_ID),
                Map.entry("quarkus.oidc.credentials.secret", CLIENT_SECRET),
                Map.entry("quarkus.http.auth.permission.console.enabled", "true"),
                Map.entry("quarkus.http.auth.permission.api.enabled", "true"));
    }

    @Override
    public void stop() {
        // Shared by every class of the profile: stopped when the test JVM exits.
    }

    private static synchronized String ensureStarted() {
        if (baseUrl != null) {
            return baseUrl;
        }
        Path home = Path.of("target", "keycloak-" + VERSION).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(home + "/bin/kc.sh is missing: run the build without -Dkeycloak.skip=true "
                    + "(./mvnw generate-test-resources unpacks Keycloak)");
        }
        try {
            deleteTree(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (var realm = Keycloak.class.getResourceAsStream("/keycloak/probation-realm.json")) {
                Files.copy(realm, imports.resolve("probation-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String javaHome = System.getenv().getOrDefault("KEYCLOAK_JAVA_HOME",
                    Files.isDirectory(Path.of(DEFAULT_JAVA_HOME)) ? DEFAULT_JAVA_HOME : System.getProperty("java.home"));
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--import-realm", "--http-management-port=0", "--cache=local")
                    .redirectErrorStream(true).redirectOutput(Path.of("target", "keycloak.log").toFile());
            // Keycloak is a Quarkus application too: the suite's own QUARKUS_* settings (the PostgreSQL pass gives
            // QUARKUS_DATASOURCE_JDBC_URL) and any KC_* of the machine would configure it instead of its own defaults.
            builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("KC_"));
            builder.environment().put("JAVA_HOME", javaHome);
            builder.environment().remove("JAVA_OPTS");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(Keycloak::stopNow));
            String url = "http://localhost:" + port;
            waitForRealm(url);
            baseUrl = url;
            return baseUrl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitForRealm(String url) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/realms/" + REALM
                + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see target/keycloak.log");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stopNow();
        throw new IllegalStateException("Keycloak did not serve the realm within " + START_TIMEOUT
                + "; see target/keycloak.log");
    }

    private static synchronized void stopNow() {
        if (process == null) {
            return;
        }
        // kc.sh runs the server as a child process: stop it and everything it started.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        baseUrl = null;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
