package org.probation.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;

/** Drives a monitoring period through the real API: samples pushed by an agent, time moved by the test clock. */
public final class Monitoring {

    public static final Duration INTERVAL = Duration.ofMinutes(5);

    private Monitoring() {
    }

    /** Pushes one sample per metric every 5 minutes over {@code (from, to]}. */
    public static void pushSeries(String account, Instant from, Instant to, Map<String, Double> values) {
        List<String> items = new ArrayList<>();
        for (Instant at = from.plus(INTERVAL); !at.isAfter(to); at = at.plus(INTERVAL)) {
            for (var value : values.entrySet()) {
                items.add("{ \"account\": \"%s\", \"metric\": \"%s\", \"at\": \"%s\", \"value\": %s }"
                        .formatted(account, value.getKey(), at, value.getValue()));
            }
        }
        for (int from0 = 0; from0 < items.size(); from0 += 5_000) {
            String batch = String.join(",", items.subList(from0, Math.min(items.size(), from0 + 5_000)));
            given().contentType(ContentType.JSON).body("{ \"samples\": [" + batch + "] }").post("/api/v1/samples")
                    .then().statusCode(200);
        }
    }

    public static JsonPath incident(String id) {
        return given().get("/api/v1/incidents/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    public static List<String> eventTypes(String id) {
        return given().get("/api/v1/incidents/{id}/events", id).then().statusCode(200).extract().jsonPath()
                .getList("type");
    }

    public static JsonPath events(String id) {
        return given().get("/api/v1/incidents/{id}/events", id).then().statusCode(200).extract().jsonPath();
    }
}
