package org.probation.incident.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.notification.NotificationDispatcher;
import org.probation.support.Fixtures;
import org.probation.support.MailAndWebhookResource;
import org.probation.support.StoredRows;
import org.probation.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.probation.security.Roles.OPERATOR;
import static org.probation.security.Roles.VIEWER;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;
import static org.probation.support.Monitoring.eventTypes;
import static org.probation.support.Monitoring.events;

/** An operator corrects an account's e-mail, name and locale while its incident is open. */
@QuarkusTest
class ContactChangeTest {

    @Inject
    EntityManager em;

    @Inject
    NotificationDispatcher dispatcher;

    @Test
    void theNewAddressAndLanguageGetTheMailsWrittenAfterTheChangeAndTheTimelineSaysWhatChanged() throws Exception {
        String account = newAccountId();
        String oldEmail = "old+" + account.toLowerCase() + "@example.jp";
        String newEmail = "tanaka+" + account.toLowerCase() + "@example.co.jp";
        String id = open(account, oldEmail);

        change(Tokens.as("alice@abuse-desk.example", OPERATOR), account, """
                { "email": "%s", "name": "Tanaka Hanako", "locale": "en",
                  "reason": "the customer phoned: the old mailbox is gone" }""".formatted(newEmail))
                .statusCode(200).body("email", equalTo(newEmail)).body("locale", equalTo("en"))
                .body("name", equalTo("Tanaka Hanako")).body("openIncident", equalTo(id));

        assertThat(accountRow(account)).containsExactly(newEmail, "Tanaka Hanako", "en");
        assertThat(eventTypes(id)).containsExactly("OPENED", "CONTACT_CHANGED");
        var timeline = events(id);
        assertThat(timeline.getString("[1].actor")).isEqualTo("alice@abuse-desk.example");
        assertThat(timeline.getString("[1].reason")).isEqualTo(
                "contact changed: e-mail (now t***@example.co.jp), name, locale (ja to en); "
                        + "the customer phoned: the old mailbox is gone")
                .doesNotContain(newEmail, oldEmail, "Tanaka", "山田");
        assertThat(timeline.getString("[1].toState")).isEqualTo("RESTRICTED");

        act(id, "{ \"action\": \"RESEND_NOTICE\", \"reason\": \"new address\" }").statusCode(200);
        dispatcher.dispatch();
        List<MimeMessage> resent = mailsTo(newEmail);
        assertThat(resent).hasSize(1);
        assertThat(resent.get(0).getSubject()).startsWith("Resent: the restriction on your server account");
        assertThat(mailsTo(oldEmail)).hasSize(1); // only the first notice, written before the change
    }

    @Test
    void theSameDetailsAgainChangeNothing() {
        String account = newAccountId();
        String email = "same+" + account.toLowerCase() + "@example.jp";
        String id = open(account, email);

        change(given(), account, """
                { "email": "%s", "name": "山田 太郎", "locale": "ja", "reason": "checked" }""".formatted(email))
                .statusCode(200).body("email", equalTo(email));

        assertThat(eventTypes(id)).containsExactly("OPENED");
    }

    @Test
    void badContactDetailsAreRefusedAndNothingIsWritten() {
        String account = newAccountId();
        String email = "bad+" + account.toLowerCase() + "@example.jp";
        String id = open(account, email);
        Map<String, Long> before = StoredRows.count(em);

        change(given(), account, """
                { "email": "not an address", "name": "山田\\u0007太郎", "locale": "fr", "reason": "" }""")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("email", "name", "locale", "reason"));
        change(given(), account, """
                { "name": "山田 太郎", "locale": "ja", "reason": "no address" }""")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("email"));
        change(given(), account, """
                { "email": "%s", "name": "%s", "locale": "en", "reason": "too long a name" }"""
                .formatted(email, "あ".repeat(201)))
                .statusCode(400).body("errors.field", containsInAnyOrder("name"));
        change(given(), account, """
                { "email": "%s", "locale": "en", "reason": "x", "phone": "03-0000-0000" }""".formatted(email))
                .statusCode(400).body("errors.field", containsInAnyOrder("phone"));

        assertThat(StoredRows.count(em)).isEqualTo(before);
        assertThat(accountRow(account)).containsExactly(email, "山田 太郎", "ja");
        assertThat(eventTypes(id)).containsExactly("OPENED");
    }

    @Test
    void anUnknownAccountIsNotFoundAndAnAccountWithoutAnOpenIncidentIsRefused() {
        change(given(), "xs-nobody-" + System.nanoTime() % 100000, """
                { "email": "a@example.jp", "locale": "ja", "reason": "x" }""")
                .statusCode(404).contentType("application/problem+json");

        String account = newAccountId();
        String email = "closed+" + account.toLowerCase() + "@example.jp";
        String id = open(account, email);
        act(id, "{ \"action\": \"LIFT\", \"reason\": \"fixed\" }").statusCode(200);

        change(given(), account, """
                { "email": "new@example.jp", "locale": "en", "reason": "x" }""")
                .statusCode(409).contentType("application/problem+json");
        assertThat(accountRow(account)).containsExactly(email, "山田 太郎", "ja");
    }

    @Test
    void onlyAnOperatorChangesContactDetails() {
        String account = newAccountId();
        open(account, "viewer+" + account.toLowerCase() + "@example.jp");

        change(Tokens.as("vera", VIEWER), account, """
                { "email": "vera@example.jp", "locale": "en", "reason": "x" }""").statusCode(403);
    }

    private static String open(String account, String email) {
        return openWith(Fixtures.incidentBody(account, "MASS_MAIL", null).replace("owner@example.jp", email))
                .statusCode(201).extract().path("id");
    }

    private static ValidatableResponse change(RequestSpecification request, String account, String body) {
        return request.contentType(ContentType.JSON).body(body).when()
                .put("/api/v1/accounts/{id}/contact", account).then();
    }

    private List<Object> accountRow(String account) {
        Object[] row = (Object[]) em.createNativeQuery("select email, name, locale from account where id = :id")
                .setParameter("id", account).getSingleResult();
        return Arrays.asList(row);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MailAndWebhookResource.smtp().getReceivedMessages()).filter(mail -> {
            try {
                return mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
