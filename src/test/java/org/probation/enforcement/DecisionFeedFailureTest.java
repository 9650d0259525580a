package org.probation.enforcement;

import java.io.IOException;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DecisionFeedFailureTest {

    /** A feed whose read fails after {@code sent} decisions, as a dropped database connection would. */
    static DecisionLog failingAfter(int sent) {
        return new DecisionLog(null, null, null, Clock.systemUTC()) {
            @Override
            public FeedPage page(long since, int limit) {
                return new FeedPage(since, since + sent + 1, false, since + sent + 1, false);
            }

            @Override
            public void read(FeedPage page, DecisionSink sink) throws IOException {
                for (int i = 1; i <= sent; i++) {
                    sink.accept(DecisionView.of(page.since() + i, "acct-" + i, false, null, null, null));
                }
                throw new IllegalStateException("cursor lost");
            }
        };
    }

    @Test
    void aReadFailureAfterPartOfThePageWasSentCutsTheResponse() {
        QuarkusMock.installMockForType(failingAfter(20_000), DecisionLog.class);
        assertNoPage();
    }

    @Test
    void aReadFailureBeforeAnythingWasSentIsAnError() {
        QuarkusMock.installMockForType(failingAfter(3), DecisionLog.class);
        assertNoPage();
    }

    /** Whatever arrives, it is not a page an agent could take as complete and resume from. */
    private static void assertNoPage() {
        Response response;
        String body;
        try {
            response = given().get("/api/v1/decisions?since=0");
            body = response.asString();
        } catch (Exception cut) { // thrown undeclared by RestAssured, e.g. ConnectionClosedException
            return; // the body was cut: no page
        }
        if (response.statusCode() != 200) {
            return;
        }
        assertThat(parses(body)).as("a 200 whose body is a whole JSON document: %s...",
                body.substring(0, Math.min(200, body.length()))).isFalse();
    }

    private static boolean parses(String body) {
        try {
            new ObjectMapper().readTree(body);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
