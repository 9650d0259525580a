package org.probation.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.open;
import static org.probation.support.Fixtures.openIncident;

@QuarkusTest
class DecisionFeedTest {

    @Inject
    EntityManager em;

    @Inject
    DecisionLog log;

    @Test
    void sinceZeroIsTheFullCurrentSetOfActiveRestrictions() {
        String restricted = newAccountId();
        String lifted = newAccountId();
        openIncident(restricted);
        act(openIncident(lifted), "{ \"action\": \"LIFT\", \"reason\": \"x\" }").statusCode(200);

        JsonPath feed = given().get("/api/v1/decisions?since=0").then().statusCode(200).extract().jsonPath();
        List<String> accounts = feed.getList("decisions.account");
        assertThat(accounts).contains(restricted).doesNotContain(lifted).doesNotHaveDuplicates();
        assertThat(feed.getList("decisions.active", Boolean.class)).containsOnly(true);
        assertThat(feed.getLong("revision")).isGreaterThanOrEqualTo(feed.getLong("decisions[-1].revision"));
    }

    @Test
    void pollingFromTheHighWaterMarkReturnsNothingNewUntilSomethingChanges() {
        long highWater = given().get("/api/v1/decisions?since=0").then().extract().jsonPath().getLong("revision");
        given().get("/api/v1/decisions?since={rev}", highWater).then().statusCode(200)
                .body("decisions", empty())
                .body("revision", equalTo((int) highWater))
                .body("more", equalTo(false));

        String account = newAccountId();
        openIncident(account);

        given().get("/api/v1/decisions?since={rev}", highWater).then().statusCode(200)
                .body("decisions.size()", equalTo(1))
                .body("decisions[0].account", equalTo(account))
                .body("decisions[0].revision", equalTo((int) highWater + 1))
                .body("decisions[0].active", equalTo(true))
                .body("decisions[0].stage.level", equalTo(2))
                .body("decisions[0].stage.name", equalTo("foreign-blocked"))
                .body("decisions[0].controls.webForeign", equalTo("block"))
                .body("revision", equalTo((int) highWater + 1));
    }

    @Test
    void theFeedReadsByteForByteAsAgentsParseIt() {
        long h = given().get("/api/v1/decisions?since=0").then().extract().jsonPath().getLong("revision");
        String top = newAccountId();
        String stepped = newAccountId();
        String lifted = newAccountId();
        openIncident(top);
        act(openIncident(stepped), "{ \"action\": \"STEP_DOWN\", \"reason\": \"x\" }").statusCode(200);
        act(openIncident(lifted), "{ \"action\": \"LIFT\", \"reason\": \"x\" }").statusCode(200);

        String body = given().get("/api/v1/decisions?since={rev}", h).then().statusCode(200)
                .contentType("application/json").extract().asString();

        assertThat(body).isEqualTo("{\"revision\":" + (h + 5) + ",\"more\":false,\"decisions\":["
                + "{\"revision\":" + (h + 1) + ",\"account\":\"" + top + "\",\"active\":true,"
                + "\"stage\":{\"level\":2,\"name\":\"foreign-blocked\"},"
                + "\"controls\":{\"webForeign\":\"block\",\"allowCountries\":[\"JP\"],\"mailForeign\":\"block\","
                + "\"mailMaxPerHour\":50}},"
                + "{\"revision\":" + (h + 3) + ",\"account\":\"" + stepped + "\",\"active\":true,"
                + "\"stage\":{\"level\":1,\"name\":\"admin-paths-blocked\"},"
                + "\"controls\":{\"webForeign\":\"admin-only\",\"allowCountries\":[\"JP\"],"
                + "\"blockedPaths\":[\"/wp-login.php\",\"/xmlrpc.php\",\"/wp-admin/\"],\"mailMaxPerHour\":200}},"
                + "{\"revision\":" + (h + 5) + ",\"account\":\"" + lifted + "\",\"active\":false}]}");
    }

    @Test
    void anAgentPagesThroughTheFeedWithLimit() {
        long start = given().get("/api/v1/decisions?since=0").then().extract().jsonPath().getLong("revision");
        for (int i = 0; i < 3; i++) {
            openIncident(newAccountId());
        }
        JsonPath first = given().get("/api/v1/decisions?since={rev}&limit=2", start).then().extract().jsonPath();
        assertThat(first.getList("decisions")).hasSize(2);
        assertThat(first.getBoolean("more")).isTrue();
        assertThat(first.getLong("revision")).isEqualTo(start + 2);

        JsonPath second = given().get("/api/v1/decisions?since={rev}&limit=2", first.getLong("revision")).then()
                .extract().jsonPath();
        assertThat(second.getList("decisions")).hasSize(1);
        assertThat(second.getBoolean("more")).isFalse();
        assertThat(second.getLong("revision")).isEqualTo(start + 3);
    }

    @Test
    void aDecisionThatChangesWhileItsPageIsStreamedComesInTheNextPage() throws Exception {
        long start = given().get("/api/v1/decisions?since=0").then().extract().jsonPath().getLong("revision");
        String changing = newAccountId();
        String steady = newAccountId();
        String changingIncident = openIncident(changing);
        openIncident(steady);

        FeedPage page = log.page(start, 10);
        act(changingIncident, "{ \"action\": \"STEP_DOWN\", \"reason\": \"x\" }").statusCode(200);
        List<String> streamed = new ArrayList<>();
        log.read(page, decision -> streamed.add(decision.account()));

        assertThat(page.revision()).isEqualTo(start + 2);
        assertThat(streamed).containsExactly(steady);
        given().get("/api/v1/decisions?since={rev}", page.revision()).then().statusCode(200)
                .body("decisions.account", contains(changing))
                .body("decisions[0].stage.level", equalTo(1));
    }

    @Test
    void revisionsStayGapFreeAndIncreasingUnderConcurrentWrites() throws Exception {
        long start = given().get("/api/v1/decisions?since=0").then().extract().jsonPath().getLong("revision");
        int writers = 8;
        int perWriter = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        String id = openIncident(newAccountId());
                        act(id, "{ \"action\": \"STEP_DOWN\", \"reason\": \"concurrent\" }").statusCode(200);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        // A duplicate open in the middle of the race must not burn a revision either.
        String account = newAccountId();
        openIncident(account);
        open(account).statusCode(409);

        List<Long> revisions = em.createQuery(
                "select d.revision from DecisionEntity d where d.revision > :start order by d.revision", Long.class)
                .setParameter("start", start).getResultList();
        long expected = writers * perWriter * 2L + 1;
        assertThat(revisions).containsExactlyElementsOf(
                LongStream.rangeClosed(start + 1, start + expected).boxed().toList());
    }

    @Test
    void aNegativeOrOversizedCursorIsABadRequest() {
        given().get("/api/v1/decisions?since=-1").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("since"));
        given().get("/api/v1/decisions?limit=100000").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().get("/api/v1/decisions?since=abc").then().statusCode(400).body("errors[0].field", equalTo("since"));
    }
}
