package org.probation.console.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.incident.IncidentService;
import org.probation.incident.OpenIncident;
import org.probation.incident.model.Cause;
import org.probation.incident.persistence.EventEntity;
import org.probation.support.ConsoleForms;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.EMAIL_REPLY_REPORT;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;
import static org.probation.support.Fixtures.report;

/**
 * Actions from the incident page, posted as a browser posts its forms: each lands in the timeline with its reason and
 * the signed-in operator; a refusal shows on the page with the typed reason and writes nothing; a viewer gets no form
 * and a 403.
 */
@QuarkusTest
class IncidentPageActionsTest {

    @Inject
    IncidentService incidents;

    @Test
    @TestSecurity(user = "olivia", roles = "operator")
    void eachActionLandsInTheTimelineWithItsReasonAndTheSignedInOperator() {
        String id = openIncident(newAccountId());

        taken(id, "NOTE", "顧客から電話あり、対応中とのこと", Map.of());
        taken(id, "RESEND_NOTICE", "Customer lost the first mail", Map.of());
        report(id, EMAIL_REPLY_REPORT).statusCode(200);
        taken(id, "EXTEND", "Second site not yet checked", Map.of("duration", "48h"));
        taken(id, "RESTRICT", "Customer asked for the lighter stage", Map.of("stage", "1"));
        taken(id, "STEP_DOWN", "Clean since yesterday, approved", Map.of());

        List<EventEntity> timeline = incidents.timeline(UUID.fromString(id));
        assertThat(timeline).extracting(e -> e.type.name()).containsExactly("OPENED", "NOTE", "NOTICE_RESENT",
                "MONITORING_STARTED", "EXTENDED", "RESTRICTED", "LIFTED");
        assertThat(timeline.subList(1, timeline.size())).filteredOn(e -> !e.type.name().equals("MONITORING_STARTED"))
                .extracting(e -> e.actor).containsOnly("olivia");
        assertThat(timeline.get(5).toStage).isEqualTo(1);

        // The page shows the newest entry with its actor and reason; the closed incident offers only a note.
        String html = IncidentPageForms.page(id).asString();
        assertThat(html).contains("data-type=\"LIFTED\" data-actor=\"olivia\"", "Clean since yesterday, approved",
                "顧客から電話あり、対応中とのこと", "id=\"action-NOTE\"");
        assertThat(html).doesNotContain("id=\"action-LIFT\"", "id=\"action-STEP_DOWN\"");
    }

    @Test
    @TestSecurity(user = "olivia", roles = "operator")
    void liftAndCancelCloseTheIncident() {
        String lifted = openIncident(newAccountId());
        taken(lifted, "LIFT", "Verified by phone", Map.of());
        String cancelled = openIncident(newAccountId());
        taken(cancelled, "CANCEL", "False positive: newsletter to opted-in list", Map.of());

        assertThat(last(lifted).type.name()).isEqualTo("LIFTED");
        assertThat(last(cancelled).type.name()).isEqualTo("CANCELLED");
        assertThat(last(cancelled).actor).isEqualTo("olivia");
    }

    @Test
    @TestSecurity(user = "olivia", roles = "operator")
    void aRefusedActionShowsTheRefusalKeepsTheReasonAndWritesNothing() {
        String id = openIncident(newAccountId());
        int before = incidents.timeline(UUID.fromString(id)).size();

        // EXTEND before any report: the rules refuse; the page is not offering it, but the server decides.
        Response refused = IncidentPageForms.post(id, "EXTEND",
                Map.of("reason", "Waiting for <the> customer", "duration", "48h"));

        assertThat(refused.statusCode()).isEqualTo(409);
        String html = refused.asString();
        assertThat(html).contains("id=\"refusal\" data-refusal=\"EXTEND_BEFORE_MONITORING\"",
                "監視が始まるまで（お客様の報告を受けるまで）延長はできません。",
                "EXTEND needs monitoring to have started");
        assertThat(incidents.timeline(UUID.fromString(id))).hasSize(before);

        // RESUME on an incident that is not escalated.
        Response resume = IncidentPageForms.post(id, "RESUME", Map.of("reason", "Handing back to the rules"));
        assertThat(resume.statusCode()).isEqualTo(409);
        assertThat(resume.asString()).contains("data-refusal=\"RESUME_NOT_ESCALATED\"");

        // A closed incident refuses a lift in the operator's language, and keeps the typed reason in its form.
        IncidentPageForms.post(id, "LIFT", Map.of("reason", "done")).then().statusCode(303);
        int closed = incidents.timeline(UUID.fromString(id)).size();
        Response again = IncidentPageForms.postIn("en", id, "LIFT", Map.of("reason", "Lift it again & again"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("data-refusal=\"CLOSED\"", "This incident is closed",
                "Lift it again &amp; again");
        assertThat(incidents.timeline(UUID.fromString(id))).hasSize(closed);
    }

    @Test
    @TestSecurity(user = "olivia", roles = "operator")
    void aMissingReasonIsRefusedAndNothingIsWritten() {
        String id = openIncident(newAccountId());
        int before = incidents.timeline(UUID.fromString(id)).size();

        Response blank = IncidentPageForms.post(id, "LIFT", Map.of("reason", "   "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.asString()).contains("data-refusal=\"REASON_MISSING\"", "理由を入力してください。");

        Response unknown = IncidentPageForms.post(id, "DELETE", Map.of("reason", "why not"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).contains("data-refusal=\"UNKNOWN_ACTION\"");

        Response badStage = IncidentPageForms.post(id, "RESTRICT", Map.of("reason", "stricter", "stage", "7"));
        assertThat(badStage.statusCode()).isEqualTo(409);
        assertThat(badStage.asString()).contains("data-refusal=\"STAGE_INVALID\"");

        assertThat(incidents.timeline(UUID.fromString(id))).hasSize(before);
        assertThat(incidents.get(UUID.fromString(id)).lifecycle.state.name()).isEqualTo("RESTRICTED");
    }

    @Test
    @TestSecurity(user = "victor", roles = "viewer")
    void aViewerSeesNoFormAndCannotPostOne() {
        String id = incidents.open(new OpenIncident(
                new OpenIncident.AccountDetails(newAccountId(), "owner@example.jp", "ja", null, List.of("a.example")),
                Cause.MASS_MAIL, null, null), "test-operator").id.toString();

        String html = IncidentPageForms.page(id).then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"viewer-only\"", "閲覧のみの権限のため、操作はできません。")
                .doesNotContain("<form method=\"post\" action=\"/console/incidents");

        // With the real CSRF token and cookie (from the sign-out form in the bar), so the role check is what refuses.
        ConsoleForms.Form signOut = ConsoleForms.read("/console/incidents/" + id, "sign-out");
        Map<String, String> fields = new java.util.HashMap<>(signOut.hidden());
        fields.putAll(Map.of("action", "LIFT", "reason", "I am only a viewer"));
        String refusal = IncidentPageForms.console().redirects().follow(false).cookies(signOut.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields)
                .post("/console/incidents/{id}/actions", id).then().statusCode(403).extract().asString();
        assertThat(refusal).doesNotContain("This form is no longer valid");
        assertThat(incidents.timeline(UUID.fromString(id))).hasSize(1);
        assertThat(incidents.get(UUID.fromString(id)).lifecycle.state.name()).isEqualTo("RESTRICTED");
    }

    /** Posts the action's form and follows the redirect back to the page, as a browser would. */
    private static void taken(String id, String action, String reason, Map<String, String> fields) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("reason", reason);
        Response posted = IncidentPageForms.post(id, action, all);
        assertThat(posted.statusCode()).as("%s: %s", action, posted.asString()).isEqualTo(303);
        assertThat(posted.header("Location")).endsWith("/console/incidents/" + id);
    }

    private EventEntity last(String id) {
        List<EventEntity> timeline = incidents.timeline(UUID.fromString(id));
        return timeline.get(timeline.size() - 1);
    }
}
