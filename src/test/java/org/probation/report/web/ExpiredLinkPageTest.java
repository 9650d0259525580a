package org.probation.report.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.report.model.ReportToken;
import org.probation.support.MutableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;

/** The page of an expired link tells the customer how to get a new one; a forged link's page does not. */
@QuarkusTest
class ExpiredLinkPageTest {

    /** The test profile's signing key (application.properties, %test). */
    static final ReportToken TEST_KEY = new ReportToken(List.of("test-only-report-link-secret-current-key"));

    @Inject
    MutableClock clock;

    @Test
    void anExpiredLinkSaysInJapaneseAndEnglishToReplyToTheMailForANewLink() {
        String account = newAccountId();
        String id = openIncident(account);
        String expired = "/report/" + TEST_KEY.sign(UUID.fromString(id), clock.instant().minus(Duration.ofDays(1)));

        Response page = given().get(expired);

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString())
                .contains("このリンクは有効期限が切れています",
                        "ご報告用のリンクは、お送りしてから30日で有効期限が切れます。",
                        "お送りしたメールにそのままご返信いただくか、サポート窓口までご連絡ください。担当者より新しいリンクをお送りいたします。",
                        "<div lang=\"en\">", "This link has expired",
                        "Report links stop working 30 days after we send them. Please reply to the mail you received "
                                + "from us, or contact our support, and we will send you a new link.",
                        "<footer class=\"signature\">", "https://support.example/contact?lang=en")
                .doesNotContain(account, id, "このリンクは無効か");
    }

    @Test
    void aForgedOrUnknownLinkDoesNotPromiseANewLink() {
        String id = openIncident(newAccountId());
        String forged = "/report/" + new ReportToken(List.of("an-attackers-own-secret-0123456789abcdef"))
                .sign(UUID.fromString(id), clock.instant().minus(Duration.ofDays(1)));

        for (String bad : List.of(forged, "/report/not-a-token")) {
            Response page = given().get(bad);
            assertThat(page.statusCode()).as(bad).isEqualTo(404);
            assertThat(page.asString()).as(bad).contains("このリンクは無効か、有効期限が切れています", "This link is not valid",
                    "https://support.example/contact", "https://support.example/contact?lang=en")
                    .doesNotContain("有効期限が切れます", "new link", id);
        }
    }
}
