package org.probation.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probation.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.incidentBody;
import static org.probation.support.Fixtures.newAccountId;

/**
 * Bearer tokens never reach the log, even with the security and JWT categories at DEBUG: neither the valid tokens
 * of successful calls nor the refused ones (whose signatures are as sensitive as any).
 */
@QuarkusTest
@TestProfile(SecretsAreNotLoggedTest.VerboseSecurityLogging.class)
class SecretsAreNotLoggedTest {

    public static class VerboseSecurityLogging implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.category.\"io.smallrye.jwt\".level", "DEBUG",
                    "quarkus.log.category.\"org.jose4j\".level", "DEBUG",
                    "quarkus.log.category.\"io.quarkus.smallrye.jwt\".level", "DEBUG",
                    "quarkus.log.category.\"io.quarkus.security\".level", "DEBUG",
                    "quarkus.log.category.\"io.quarkus.vertx.http.runtime.security\".level", "DEBUG",
                    "quarkus.log.category.\"org.probation\".level", "DEBUG");
        }
    }

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(record.getLoggerName() + " " + record.getMessage());
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    text.append(' ').append(parameter);
                }
            }
            for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
                text.append(' ').append(thrown);
            }
            logged.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void noTokenAppearsInTheLog() {
        String valid = Tokens.token("alice", Roles.OPERATOR);
        String expired = Tokens.claims("alice", Roles.OPERATOR).issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1))).sign(Tokens.devKey());
        String foreign = Tokens.claims("alice", Roles.OPERATOR).sign(Tokens.foreignKey());
        String otherIssuer = Tokens.claims("alice", Roles.OPERATOR).issuer("https://idp.example").sign(Tokens.devKey());
        String viewer = Tokens.token("vera", Roles.VIEWER);

        Tokens.withToken(valid).contentType(ContentType.JSON).body(incidentBody(newAccountId(), "MASS_MAIL", null))
                .post("/api/v1/incidents").then().statusCode(201);
        for (String refused : List.of(expired, foreign, otherIssuer)) {
            Tokens.withToken(refused).get("/api/v1/decisions").then().statusCode(401);
        }
        Tokens.withToken(viewer).contentType(ContentType.JSON).body("{}").post("/api/v1/incidents").then()
                .statusCode(403);

        assertThat(logged).as("refusals are logged, with their reason")
                .anyMatch(line -> line.contains("Bearer token refused: expired"))
                .anyMatch(line -> line.contains("Bearer token refused: signature does not verify with the trusted key"))
                .anyMatch(line -> line.contains("Bearer token refused: issued by another issuer"));
        for (String token : List.of(valid, expired, foreign, otherIssuer, viewer)) {
            String signature = token.substring(token.lastIndexOf('.') + 1);
            String payload = token.split("\\.")[1];
            assertThat(logged.stream().filter(line -> line.contains(signature) || line.contains(payload)))
                    .as("log lines holding a token").isEmpty();
        }
    }
}
