package org.probation.incident;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;

@QuarkusTest
class ListIncidentsTest {

    @Inject
    MutableClock clock;

    @Test
    void anAccountsIncidentsAreListedNewestFirst() {
        String account = newAccountId();
        String first = openIncident(account);
        act(first, "{ \"action\": \"LIFT\", \"reason\": \"fixed\" }").statusCode(200);
        clock.advance(Duration.ofMinutes(1));
        String second = openIncident(account);

        given().get("/api/v1/incidents?account={account}", account).then().statusCode(200)
                .body("items.id", contains(second, first))
                .body("total", equalTo(2));
        given().get("/api/v1/incidents?account={account}&size=1&page=1", account).then()
                .body("items.id", contains(first))
                .body("page", equalTo(1))
                .body("size", equalTo(1));
    }

    @Test
    void theStateFilterKeepsOnlyThatState() {
        String account = newAccountId();
        String lifted = openIncident(account);
        act(lifted, "{ \"action\": \"LIFT\", \"reason\": \"fixed\" }").statusCode(200);

        given().get("/api/v1/incidents?state=LIFTED&size=500").then().statusCode(200)
                .body("items.state", everyItem(equalTo("LIFTED")))
                .body("items.id", hasItem(lifted));
        given().get("/api/v1/incidents?state=RESTRICTED&size=500").then()
                .body("items.id", not(hasItem(lifted)));
    }

    @Test
    void badFiltersAreBadRequests() {
        given().get("/api/v1/incidents?state=OPEN").then().statusCode(400).body("errors[0].field", equalTo("state"));
        given().get("/api/v1/incidents?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get("/api/v1/incidents?page=x").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/api/v1/incidents?account=a b").then().statusCode(400);
    }
}
