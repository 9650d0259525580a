package org.probation.web;

import org.junit.jupiter.api.Test;
import org.probation.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.open;

/** Every response tells browsers not to sniff, frame, cache or leak it; pages get a content security policy. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void apiResponsesAreNeitherCachedNorRenderable() {
        hardened(open(newAccountId()).statusCode(201));
        hardened(given().get("/api/v1/decisions").then().statusCode(200));
    }

    @Test
    void problemsCarryTheSameHeaders() {
        hardened(Tokens.anonymous().get("/api/v1/decisions").then().statusCode(401));
        hardened(given().get("/api/v1/nothing-here").then().statusCode(404));
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItRunAndNothingElse() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo(SecurityHeaders.SWAGGER_UI_POLICY));
    }

    @Test
    void htmlPagesGetTheStrictPolicy() {
        assertThat(SecurityHeaders.policyFor("/report/abc", "text/html;charset=UTF-8"))
                .isEqualTo(SecurityHeaders.PAGE_POLICY)
                .contains("default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'")
                .doesNotContain("unsafe");
        assertThat(SecurityHeaders.policyFor("/api/v1/decisions", "application/json"))
                .isEqualTo(SecurityHeaders.API_POLICY);
        assertThat(SecurityHeaders.policyFor("/q/swagger-ui/index.html", "text/html"))
                .isEqualTo(SecurityHeaders.SWAGGER_UI_POLICY);
        assertThat(SecurityHeaders.policyFor("/q/dev-ui/", "text/html")).isNull();
    }

    private static void hardened(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", equalTo("no-store"))
                .header("Content-Security-Policy", equalTo(SecurityHeaders.API_POLICY))
                .header("Server", org.hamcrest.Matchers.nullValue());
    }
}
