package org.probation.web;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.probation.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Health and metrics are for the cluster: served without a token on the management interface, and not at all on the
 * public port. The API document stays public on the main port, with the bearer scheme Swagger UI needs.
 */
@QuarkusTest
class OperationsEndpointsTest {

    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void healthIsUpWithoutAToken() {
        Tokens.anonymous().get(live).then().statusCode(200).body("status", equalTo("UP"));
        Tokens.anonymous().get(ready).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "scheduler heartbeat", "metric sources"))
                // The tests run the tick themselves (the scheduler is off), so the heartbeat is reported, not required.
                .body("checks.find { it.name == 'scheduler heartbeat' }.data.checked", equalTo(false));
    }

    @Test
    void metricsAreScrapedWithoutAToken() {
        Tokens.anonymous().get(metrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        Tokens.anonymous().get("/q/health/ready").then().statusCode(404);
        Tokens.anonymous().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void theApiDocumentIsPublicAndDeclaresBearerTokens() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"))
                .body("paths.'/api/v1/samples'.post.security[0].bearer", org.hamcrest.Matchers.hasItems("operator",
                        "agent"));
        Tokens.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }
}
