package org.probation.evaluation.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The simulate endpoint shows a gate's minimum volume and each spike it did not judge for too little volume. */
@QuarkusTest
class TinyVolumeSimulationTest {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final Instant SPIKE = START.plus(Duration.ofHours(30));

    @Test
    void theEchoedPolicyShowsEachGatesMinimumVolume() {
        JsonPath result = simulate("default", quietDays(null)).extract().jsonPath();

        assertThat(result.getMap("gates.find { it.metric == 'mail_foreign_ratio' }")).containsAllEntriesOf(
                Map.of("clean", 0.2f, "relapse", 0.6f,
                        "minVolume", Map.of("metric", "mail_sent_per_hour", "atLeast", 20.0f)));
        assertThat(result.getMap("gates.find { it.metric == 'cpu_load' }")).containsEntry("minVolume", null);
        assertThat(result.getMap("stageGates")).isEmpty();
    }

    @Test
    void aForeignSpikeAtTinyVolumeIsMarkedAndDoesNotCount() {
        JsonPath result = simulate("default", quietDays(1.0)).extract().jsonPath();

        assertThat(result.getList("events.type")).containsExactly("OPENED", "MONITORING_STARTED", "LOW_VOLUME",
                "STEPPED_DOWN", "LIFTED");
        assertThat(result.getInt("relapses")).isZero();
        assertThat(result.getString("events[2].reason")).isEqualTo("low volume: mail_foreign_ratio 1 at " + SPIKE
                + " not judged; mail_sent_per_hour 2 < min-volume 20");
        assertThat(result.getMap("events[2].figures")).containsEntry("sampledAt", SPIKE.toString())
                .containsEntry("volumeMetric", "mail_sent_per_hour").containsEntry("volume", 2.0f)
                .containsEntry("minVolume", 20.0f);
    }

    @Test
    void theSameSpikeAtTwentyMailsAnHourIsARelapse() {
        JsonPath result = simulate("default", body(quietSamples(1.0, 20))).extract().jsonPath();

        assertThat(result.getList("events.type")).contains("RELAPSED").doesNotContain("LOW_VOLUME");
        assertThat(result.getInt("relapses")).isEqualTo(1);
    }

    /** Five days of 2 mails an hour, none of them foreign, with a ratio of 1.0 at {@link #SPIKE} if given. */
    private static String quietDays(Double spike) {
        return body(quietSamples(spike, 2));
    }

    /** {@link #quietDays}, with {@code spikeVolume} mails an hour at the spike. */
    private static List<String> quietSamples(Double spike, double spikeVolume) {
        List<String> samples = new ArrayList<>();
        for (Instant at = START.plus(Duration.ofMinutes(5)); !at.isAfter(START.plus(Duration.ofDays(5))); at = at
                .plus(Duration.ofMinutes(5))) {
            boolean spiking = spike != null && at.equals(SPIKE);
            samples.add(sample("mail_sent_per_hour", at, spiking ? spikeVolume : 2));
            samples.add(sample("mail_foreign_ratio", at, spiking ? spike : 0.0));
            samples.add(sample("cpu_load", at, 0.2));
        }
        return samples;
    }

    private static String sample(String metric, Instant at, double value) {
        return "{ \"metric\": \"%s\", \"at\": \"%s\", \"value\": %s }".formatted(metric, at, value);
    }

    private static String body(List<String> samples) {
        return "{ \"openedAt\": \"" + START + "\", \"samples\": [" + String.join(",", samples) + "] }";
    }

    private static io.restassured.response.ValidatableResponse simulate(String policy, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/policies/{name}/simulate", policy)
                .then().statusCode(200);
    }
}
