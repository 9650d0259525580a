package org.probation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.probation.support.NodeTools;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live {@code /q/openapi} document is one a client generator can use: {@code @redocly/cli lint} with its
 * recommended rules (npm, {@code src/test/node}, run offline) finds no error in it, every operation has an id, and
 * the answers are the ones the API really gives.
 */
@QuarkusTest
class OpenApiLintTest {

    @Test
    void redoclyFindsNoErrorInTheLiveDocument() throws IOException {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Path file = Files.createTempFile("openapi", ".json");
        try {
            Files.writeString(file, document, StandardCharsets.UTF_8);
            NodeTools.Result lint = NodeTools.bin("redocly", "lint", file.toAbsolutePath().toString(),
                    "--extends=recommended", "--format=json");

            JsonPath report = JsonPath.from(lint.stdout());
            List<Map<String, Object>> problems = report.getList("problems");
            System.out.printf("redocly lint /q/openapi: %d errors, %d warnings%n", report.getInt("totals.errors"),
                    report.getInt("totals.warnings"));
            problems.forEach(problem -> System.out.printf("  %s %s: %s%n", problem.get("severity"),
                    problem.get("ruleId"), problem.get("message")));
            assertThat(report.getInt("totals.errors")).as(lint.output()).isZero();
            assertThat(lint.exitCode()).as(lint.output()).isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void everyOperationHasAUniqueIdAndTheHtmlPagesAreNotInTheApi() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((verb, operation) -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(verb)) {
                assertThat(operation).as(verb + " " + path).containsKey("operationId");
                ids.add((String) operation.get("operationId"));
            }
        }));
        assertThat(ids).doesNotHaveDuplicates().contains("openIncident", "pushSamples", "takeAction",
                "listDecisions");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    void openingAnIncidentIsDocumentedAsItAnswers() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String open = "paths.'/api/v1/incidents'.post.";

        assertThat(document.getMap(open + "responses").keySet()).containsExactlyInAnyOrder("201", "400", "401",
                "403", "409", "413");
        assertThat(document.getString(open + "responses.'201'.headers.Location.schema.type")).isEqualTo("string");
        assertThat(document.getString(open + "responses.'409'.$ref")).isEqualTo("#/components/responses/Conflict");
        assertThat(document.getString("components.responses.Conflict.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.getMap("components.schemas.Problem.properties").keySet()).contains("type", "title",
                "status", "detail", "errors");
        assertThat(document.getMap(open + "requestBody.content.'application/json'.examples")).isNotEmpty();
        assertThat(document.getMap("paths.'/api/v1/incidents/{id}'.get.responses").keySet()).contains("200",
                "404");
        assertThat(document.getString("servers[0].url")).isEqualTo("/");
        assertThat(document.getString("info.license.name")).isNotBlank();
    }
}
