package org.probation;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.probation.security.Roles;
import org.probation.support.Keycloak;
import org.probation.support.SignInBrowser;
import org.probation.support.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

/**
 * The packaged application (prod profile) signs an operator in to the console through a real Keycloak's login page,
 * as a deployment configured with QUARKUS_OIDC_* does: the list, a console form, sign-out. {@link Keycloak} gives the
 * app the provider's settings and turns the sign-in on ({@code quarkus.oidc.tenant-enabled=true}), which the prod
 * profile keeps off otherwise; the database is the other {@code *IT}s' (QUARKUS_DATASOURCE_*, see the pom).
 */
@QuarkusIntegrationTest
@WithTestResource(Keycloak.class)
class ConsoleSignInIT {

    private static final String ACCOUNT = "xsci" + Long.toString(System.nanoTime(), 36).substring(0, 8);

    @Test
    void anOperatorSignsInWritesANoteAndSignsOut() throws Exception {
        String id = given().header("Authorization", "Bearer " + Tokens.token("it-operator", Roles.OPERATOR))
                .contentType(ContentType.JSON).body("""
                        { "account": { "id": "%s", "email": "owner@example.jp", "locale": "ja", "domains": ["c.example"] },
                          "cause": "MASS_MAIL", "evidence": { "summary": "mass mail" } }
                        """.formatted(ACCOUNT))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        SignInBrowser browser = new SignInBrowser();

        HttpResponse<String> list = browser.signIn(app("/console"), Keycloak.OPERATOR, Keycloak.OPERATOR_PASSWORD);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.uri().getPath()).isEqualTo("/console");
        assertThat(list.body()).contains(Keycloak.OPERATOR);
        assertThat(browser.get(app("/console?account=" + ACCOUNT)).body()).contains("href=\"/console/incidents/" + id + "\"");

        HttpResponse<String> page = browser.get(app("/console/incidents/" + id));
        HttpResponse<String> noted = browser.submit(page, "action-NOTE", Map.of("reason", "Called the customer"));
        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(303);
        given().header("Authorization", "Bearer " + Tokens.token("it-viewer", Roles.VIEWER))
                .get("/api/v1/incidents/{id}/events", id).then().statusCode(200)
                .body("findAll { it.type == 'NOTE' }.actor", contains(Keycloak.OPERATOR));

        HttpResponse<String> signOut = browser.submit(browser.get(app("/console")), "sign-out", Map.of());
        assertThat(signOut.statusCode()).isEqualTo(303);
        assertThat(signOut.headers().firstValue("Location").orElseThrow())
                .startsWith(Keycloak.issuer() + "/protocol/openid-connect/logout?id_token_hint=");
        HttpResponse<String> back = browser.followAll(signOut);
        assertThat(back.body()).as("Keycloak asks for the password again").contains("kc-form-login");
    }

    private static URI app(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
    }
}
