package org.probation.sampling.remotewrite;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.sampling.remotewrite.model.WriteRequestDecoder;
import org.probation.sampling.remotewrite.model.WriteRequests;
import org.probation.security.Roles;
import org.probation.support.MutableClock;
import org.probation.support.Tokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.probation.sampling.remotewrite.model.WriteRequests.request;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;

/** {@code POST /api/v1/write} over real HTTP: what is taken, what is dropped, and what is refused whole. */
@QuarkusTest
@TestProfile(RemoteWriteProfile.class)
class RemoteWriteResourceTest {

    @Inject
    MutableClock clock;

    @Inject
    MeterRegistry meters;

    @Test
    void mappedSeriesOfWatchedAccountsAreStoredAndEverythingElseIsDropped() {
        String watched = newAccountId();
        String unwatched = newAccountId();
        openIncident(watched);
        long at = clock.instant().minusSeconds(60).toEpochMilli();
        double accepted = count("accepted");
        double ignored = count("ignored");
        double unmapped = count("unmapped");
        double stale = count("stale");

        byte[] body = request()
                .series(Map.of("__name__", "account_cpu_load", "account", watched, "instance", "web1:9100"),
                        new double[] { 0.25, Double.longBitsToDouble(WriteRequestDecoder.STALE_NAN_BITS) },
                        new long[] { at, at + 1000 })
                .series(Map.of("__name__", "account_mail_sent_per_hour", "account", watched, "job", "fleet"),
                        new double[] { 12 }, new long[] { at })
                // Not the configured job: not ours.
                .series(Map.of("__name__", "account_mail_sent_per_hour", "account", watched, "job", "other"),
                        new double[] { 9999 }, new long[] { at })
                .series("account_cpu_load", unwatched, 5.0, at)
                .series("up", watched, 1.0, at)
                .withMetadata().snappy();

        write(as(Roles.AGENT), body).statusCode(204);

        assertThat(samples(watched, "cpu_load")).containsExactly(0.25f);
        assertThat(samples(watched, "mail_sent_per_hour")).containsExactly(12f);
        assertThat(samples(unwatched, "cpu_load")).isEmpty();
        assertThat(count("accepted") - accepted).isEqualTo(2);
        assertThat(count("ignored") - ignored).isEqualTo(1);
        assertThat(count("unmapped") - unmapped).as("job=other and up").isEqualTo(2);
        assertThat(count("stale") - stale).as("the staleness marker").isEqualTo(1);
    }

    @Test
    void samplesTheRulesRefuseAreDroppedAndTheValidOnesOfTheSameBodyStored() {
        String account = newAccountId();
        String other = newAccountId();
        openIncident(account);
        openIncident(other);
        long at = clock.instant().minusSeconds(60).toEpochMilli();
        double rejected = count("rejected");
        double accepted = count("accepted");

        byte[] body = request().series("account_cpu_load", account, 0.3, at)
                .series(Map.of("__name__", "account_cpu_load", "account", account), new double[] { 0.4, Double.NaN },
                        new long[] { at + 1000, at + 2000 })
                .series("account_cpu_load", "bad account!", 0.3, at)
                .series("account_cpu_load", account, -1, at + 3000)
                .series("account_cpu_load", account, 0.3, clock.instant().plusSeconds(3600).toEpochMilli())
                .series("account_cpu_load", other, 0.5, at)
                .snappy();

        // Prometheus never retries a 400 and would drop every account's series with it.
        write(as(Roles.AGENT), body).statusCode(204);

        assertThat(samples(account, "cpu_load")).containsExactly(0.3f, 0.4f);
        assertThat(samples(other, "cpu_load")).containsExactly(0.5f);
        assertThat(count("accepted") - accepted).isEqualTo(3);
        assertThat(count("rejected") - rejected).isEqualTo(4);
    }

    @Test
    void aBodyWhoseMappedSamplesAreAllRefusedIsA400NamingThemAndWritesNothing() {
        String account = newAccountId();
        openIncident(account);
        long at = clock.instant().minusSeconds(60).toEpochMilli();
        double rejected = count("rejected");

        byte[] body = request()
                .series(Map.of("__name__", "account_cpu_load", "account", account), new double[] { Double.NaN },
                        new long[] { at })
                .series("account_cpu_load", "bad account!", 0.3, at)
                .series("account_cpu_load", account, -1, at + 3000)
                .series("account_cpu_load", account, 0.3, clock.instant().plusSeconds(3600).toEpochMilli())
                .series("up", account, 1, at)
                .snappy();

        write(as(Roles.AGENT), body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("timeseries[0].samples[0].value", "timeseries[1].labels.account",
                        "timeseries[2].samples[0].value", "timeseries[3].samples[0].timestamp")))
                .body("errors.message", equalTo(List.of("must be a finite number", "must match "
                        + "[A-Za-z0-9][A-Za-z0-9._-]{0,31}", "must not be negative",
                        "is more than 300s in the future (now is " + clock.instant() + ")")));

        assertThat(samples(account, "cpu_load")).isEmpty();
        assertThat(count("rejected") - rejected).isEqualTo(4);
    }

    @Test
    void aBodyWithMoreMappedSamplesThanMaxBatchIsA400AndWritesNothing() {
        String account = newAccountId();
        openIncident(account);
        long at = clock.instant().minusSeconds(3000).toEpochMilli();
        double[] values = new double[1001];
        long[] timestamps = new long[1001];
        for (int i = 0; i < values.length; i++) {
            values[i] = 0.1;
            timestamps[i] = at + i * 1000L;
        }
        byte[] body = request().series(Map.of("__name__", "account_cpu_load", "account", account), values, timestamps)
                .snappy();

        write(as(Roles.AGENT), body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("timeseries")))
                .body("errors.message", equalTo(List.of("holds more than 1000 samples; at most 1000 per request")));

        assertThat(samples(account, "cpu_load")).isEmpty();
    }

    @Test
    void theOpenApiDocumentListsThe415() {
        assertThat(given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getMap("paths.'/api/v1/write'.post.responses").keySet()).contains("204", "415");
    }

    @Test
    void aBodyThatIsNotSnappyCompressedProtobufIsA400AndWritesNothing() {
        String account = newAccountId();
        openIncident(account);
        long at = clock.instant().minusSeconds(60).toEpochMilli();
        byte[] protobuf = request().series("account_cpu_load", account, 0.3, at)
                .series("account_cpu_load", account, 0.4, at + 1000).protobuf();

        write(as(Roles.AGENT), protobuf).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("not a valid snappy block"));
        byte[] truncated = WriteRequests.compress(Arrays.copyOf(protobuf, protobuf.length - 2));
        write(as(Roles.AGENT), truncated).statusCode(400)
                .body("errors[0].message", containsString("not a valid protobuf WriteRequest (timeseries[1]"));

        assertThat(samples(account, "cpu_load")).isEmpty();
    }

    @Test
    void onlyAgentsAndOperatorsMayWrite() {
        byte[] body = request().series("up", "xs1", 1, clock.instant().toEpochMilli()).snappy();

        write(Tokens.anonymous(), body).statusCode(401).contentType("application/problem+json");
        write(as(Roles.VIEWER), body).statusCode(403).contentType("application/problem+json");
        write(as(Roles.AGENT), body).statusCode(204);
        write(given(), body).statusCode(204);
    }

    @Test
    void aBodyOverTheSizeLimitIsA413CompressedOrUncompressed() {
        write(as(Roles.AGENT), new byte[3 * 1024 * 1024]).statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:probation:problem:body-too-large"));

        byte[] bomb = WriteRequests.compress(new byte[100 * 1024]);
        assertThat(bomb.length).isLessThan(10 * 1024);
        write(as(Roles.AGENT), bomb).statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:probation:problem:body-too-large"))
                .body("detail", equalTo("the body would uncompress to 102400 bytes, over the limit of 65536 bytes"));
    }

    @Test
    void otherEncodingsAndRemoteWrite2AreRefusedAs415() {
        byte[] body = request().series("up", "xs1", 1, clock.instant().toEpochMilli()).snappy();

        given().contentType("application/x-protobuf").body(body).post("/api/v1/write").then().statusCode(415)
                .body("detail", containsString("Content-Encoding: snappy"));
        given().contentType("application/x-protobuf;proto=io.prometheus.write.v2.Request")
                .header("Content-Encoding", "snappy").body(body).post("/api/v1/write").then().statusCode(415)
                .body("detail", containsString("only remote write 1.0"));
        given().contentType("application/json").header("Content-Encoding", "snappy").body(body)
                .post("/api/v1/write").then().statusCode(415);
    }

    private static RequestSpecification as(String role) {
        return Tokens.as("rw-" + role, role);
    }

    static ValidatableResponse write(RequestSpecification request, byte[] body) {
        return request.contentType("application/x-protobuf").header("Content-Encoding", "snappy")
                .header("X-Prometheus-Remote-Write-Version", "0.1.0").body(body).when().post("/api/v1/write").then();
    }

    private List<Float> samples(String account, String metric) {
        Instant now = clock.instant();
        return given().queryParam("metric", metric).queryParam("from", now.minusSeconds(3600).toString())
                .queryParam("to", now.plusSeconds(3600).toString()).get("/api/v1/accounts/{id}/samples", account)
                .then().statusCode(200).extract().jsonPath().getList("value", Float.class);
    }

    private double count(String outcome) {
        var counter = meters.find("probation.samples").tags("source", "remote-write", "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
