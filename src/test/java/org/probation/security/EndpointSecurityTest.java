package org.probation.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probation.sampling.remotewrite.model.WriteRequests;
import org.probation.support.LazyIncident;
import org.probation.support.StoredRows;
import org.probation.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.probation.security.Roles.AGENT;
import static org.probation.security.Roles.OPERATOR;
import static org.probation.security.Roles.VIEWER;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.incidentBody;
import static org.probation.support.Fixtures.newAccountId;

/**
 * Every endpoint of {@code /api/v1} against every role and every kind of bad credential, with real signed tokens:
 * the roles a request may hold are allowed, the others get 403; a request without a valid token gets 401. Refused
 * requests write nothing.
 */
@QuarkusTest
class EndpointSecurityTest {

    /** The API and who may call it: the contract of PRODUCT.md section 5. */
    enum Endpoint {
        OPEN_INCIDENT("POST", "/api/v1/incidents", OPERATOR),
        LIST_INCIDENTS("GET", "/api/v1/incidents", OPERATOR, VIEWER),
        GET_INCIDENT("GET", "/api/v1/incidents/{id}", OPERATOR, VIEWER),
        TIMELINE("GET", "/api/v1/incidents/{id}/events", OPERATOR, VIEWER),
        REPORTS("GET", "/api/v1/incidents/{id}/reports", OPERATOR, VIEWER),
        SHADOWS("GET", "/api/v1/incidents/{id}/shadows", OPERATOR, VIEWER),
        POLICIES("GET", "/api/v1/policies", OPERATOR, VIEWER),
        SIMULATE("POST", "/api/v1/policies/{name}/simulate", OPERATOR, VIEWER),
        RECORD_REPORT("POST", "/api/v1/incidents/{id}/reports", OPERATOR),
        TAKE_ACTION("POST", "/api/v1/incidents/{id}/actions", OPERATOR),
        PUSH_SAMPLES("POST", "/api/v1/samples", OPERATOR, AGENT),
        ACCOUNT_SAMPLES("GET", "/api/v1/accounts/{id}/samples", OPERATOR, VIEWER),
        DECISIONS("GET", "/api/v1/decisions", OPERATOR, AGENT, VIEWER),
        CHANGE_CONTACT("PUT", "/api/v1/accounts/{id}/contact", OPERATOR),
        REMOTE_WRITE("POST", "/api/v1/write", OPERATOR, AGENT),
        INCIDENT_CHARTS("GET", "/api/v1/incidents/{id}/charts", OPERATOR, VIEWER);

        final String method;
        final String path;
        final Set<String> roles;

        Endpoint(String method, String path, String... roles) {
            this.method = method;
            this.path = path;
            this.roles = Set.of(roles);
        }

        /** A request that succeeds for an allowed role, on the incident and account every test shares. */
        Response send(RequestSpecification request) {
            LazyIncident.Target target = TARGET.get();
            String body = switch (this) {
                case OPEN_INCIDENT -> incidentBody(newAccountId(), "MASS_MAIL", null);
                case RECORD_REPORT -> EMAIL_REPLY_REPORT;
                case TAKE_ACTION -> "{ \"action\": \"NOTE\", \"reason\": \"checked the logs\" }";
                // The details the account already has: allowed, and changes nothing.
                case CHANGE_CONTACT -> """
                        { "email": "owner@example.jp", "name": "山田 太郎", "locale": "ja", "reason": "checked" }""";
                case PUSH_SAMPLES -> """
                        { "samples": [ { "account": "%s", "metric": "cpu_load", "at": "2020-01-01T00:00:00Z",
                                         "value": 0.5 } ] }""".formatted(target.account());
                case SIMULATE -> """
                        { "openedAt": "2026-01-05T00:00:00Z", "until": "2026-01-05T01:00:00Z",
                          "samples": [ { "metric": "cpu_load", "at": "2026-01-05T00:05:00Z", "value": 0.5 } ] }""";
                default -> null;
            };
            if (body != null) {
                request.contentType(ContentType.JSON).body(body);
            }
            if (this == REMOTE_WRITE) {
                // A series no mapping names (the default test profile maps none): taken, and nothing is written.
                request.contentType("application/x-protobuf").header("Content-Encoding", "snappy")
                        .body(WriteRequests.request().series("cpu_load", target.account(), 0.5, 0).snappy());
            }
            String id = path.startsWith("/api/v1/accounts") ? target.account()
                    : path.startsWith("/api/v1/policies") ? "default" : target.incident();
            return request.request(method, path, path.contains("{") ? new Object[] { id } : new Object[0]);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Tokens and headers that must not get in. */
    enum BadCredential {
        NONE,
        EXPIRED,
        SIGNED_WITH_A_FOREIGN_KEY,
        FROM_ANOTHER_ISSUER,
        UNSIGNED,
        HMAC_WITH_THE_PUBLIC_KEY,
        GARBAGE,
        BASIC_SCHEME;

        boolean presentsABearerToken() {
            return this != NONE && this != BASIC_SCHEME;
        }

        RequestSpecification request() {
            return switch (this) {
                case NONE -> Tokens.anonymous();
                case EXPIRED -> Tokens.withToken(Tokens.claims("alice", OPERATOR)
                        .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                        .expiresAt(Instant.now().minus(Duration.ofMinutes(10))).sign(Tokens.devKey()));
                case SIGNED_WITH_A_FOREIGN_KEY -> Tokens.withToken(
                        Tokens.claims("alice", OPERATOR).sign(Tokens.foreignKey()));
                case FROM_ANOTHER_ISSUER -> Tokens.withToken(
                        Tokens.claims("alice", OPERATOR).issuer("https://idp.example").sign(Tokens.devKey()));
                case UNSIGNED -> Tokens.withToken(unsigned());
                case HMAC_WITH_THE_PUBLIC_KEY -> Tokens.withToken(hmacWithThePublicKey());
                case GARBAGE -> Tokens.withToken("not.a.token");
                case BASIC_SCHEME -> given().header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("operator:operator".getBytes(StandardCharsets.UTF_8)));
            };
        }

        /** {@code alg: none}: a token anyone can write. */
        private static String unsigned() {
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = Tokens.token("alice", OPERATOR).split("\\.")[1];
            return header + "." + payload + ".";
        }

        /** The classic algorithm confusion: HS256 keyed with the (public) verification key. */
        private static String hmacWithThePublicKey() {
            try {
                return Tokens.claims("alice", OPERATOR).signWithSecret(Files.readString(Tokens.DEV_PUBLIC_KEY));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** One incident and its account, shared by the table's requests. */
    private static final LazyIncident TARGET = new LazyIncident();

    @Inject
    EntityManager em;

    static Stream<Arguments> endpointsAndRoles() {
        return Stream.of(Endpoint.values()).flatMap(endpoint -> Stream.of(OPERATOR, AGENT, VIEWER, "customer")
                .map(role -> Arguments.of(endpoint, role)));
    }

    static Stream<Arguments> endpointsAndBadCredentials() {
        return Stream.of(Endpoint.values()).flatMap(endpoint -> Stream.of(BadCredential.values())
                .map(credential -> Arguments.of(endpoint, credential)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointsAndRoles")
    void eachRoleIsAllowedOrRefusedAsSpecified(Endpoint endpoint, String role) {
        TARGET.get();
        Map<String, Long> before = StoredRows.count(em);

        Response response = endpoint.send(Tokens.as("user-" + role, role));

        if (endpoint.roles.contains(role)) {
            assertThat(response.statusCode()).as(response.asString()).isBetween(200, 299);
        } else {
            response.then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403))
                    .body("title", equalTo("Forbidden"));
            assertThat(StoredRows.count(em)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("endpointsAndBadCredentials")
    void requestsWithoutAValidTokenAreUnauthorized(Endpoint endpoint, BadCredential credential) {
        TARGET.get();
        Map<String, Long> before = StoredRows.count(em);

        endpoint.send(credential.request()).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", credential.presentsABearerToken()
                        ? equalTo("Bearer realm=\"probation\", error=\"invalid_token\"")
                        : equalTo("Bearer realm=\"probation\""))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("detail", not(org.hamcrest.Matchers.containsString("at io.")));
        assertThat(StoredRows.count(em)).isEqualTo(before);
    }

    @Test
    void aTokenWithoutRolesIsForbiddenEverywhere() {
        for (Endpoint endpoint : Endpoint.values()) {
            endpoint.send(Tokens.as("nobody")).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void authenticationAndRolesAreCheckedBeforeTheBodyIsRead() {
        Tokens.anonymous().contentType(ContentType.JSON).body("{ \"account\": ").post("/api/v1/incidents").then()
                .statusCode(401);
        Tokens.as("vera", VIEWER).contentType(ContentType.JSON).body("{ \"account\": ").post("/api/v1/incidents")
                .then().statusCode(403);
    }

    @Test
    void theTableCoversEveryEndpointOfTheApi() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(verb -> Set.of("get", "post", "put", "patch", "delete").contains(verb))
                .forEach(verb -> documented.add(verb.toUpperCase() + " " + path)));
        Set<String> inTable = new TreeSet<>();
        for (Endpoint endpoint : Endpoint.values()) {
            inTable.add(endpoint.toString());
        }
        assertThat(inTable).as("every /api/v1 endpoint needs its roles in EndpointSecurityTest.Endpoint")
                .isEqualTo(documented.stream().filter(e -> e.contains(" /api/v1/")).collect(
                        java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
}
