package org.probation.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.probation.support.Keycloak;
import org.probation.support.KeycloakProfile;
import org.probation.support.SignInBrowser;
import org.probation.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the console through a real Keycloak's login page, as a browser does it (redirects followed by hand,
 * cookies kept), and what the session may and may not do.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class ConsoleSignInTest {

    /** The double-submit cookie the console used before its tokens were bound to the session. */
    private static final String OLD_CSRF_COOKIE = "probation-console-csrf";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void anAnonymousConsoleRequestIsSentToKeycloaksLoginPage() throws Exception {
        SignInBrowser browser = new SignInBrowser();

        HttpResponse<String> first = browser.get(app("/console/test-probe"));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow())
                .startsWith(Keycloak.issuer() + "/protocol/openid-connect/auth")
                .contains("client_id=" + Keycloak.CLIENT_ID);

        HttpResponse<String> login = browser.follow(first);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("kc-form-login");
    }

    @Test
    void anOperatorSignsInWithKeycloaksLoginFormAndIsNamedOnThePage() throws Exception {
        SignInBrowser browser = new SignInBrowser();

        HttpResponse<String> page = browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR,
                Keycloak.OPERATOR_PASSWORD);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/console/test-probe");
        assertThat(page.body()).contains("<p id=\"signed-in\">olivia</p>").contains("<p id=\"operator\">true</p>");
        assertThat(browser.cookie("q_session")).as("session cookie").isNotNull();
        assertThat(browser.cookie("q_session").getPath()).isEqualTo("/console");
        assertThat(browser.cookie("q_session").isHttpOnly()).isTrue();
    }

    @Test
    void anOperatorsFormIsWrittenOnlyWithTheCsrfToken() throws Exception {
        SignInBrowser browser = new SignInBrowser();
        HttpResponse<String> page = browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR,
                Keycloak.OPERATOR_PASSWORD);
        int before = ConsoleProbeResource.WRITES.get();

        HttpResponse<String> withoutToken = browser.postForm(app("/console/test-probe"), "note=hello");
        HttpResponse<String> wrongToken = browser.postForm(app("/console/test-probe"),
                "note=hello&csrf-token=" + "A".repeat(43));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(ConsoleProbeResource.WRITES.get()).isEqualTo(before);

        HttpResponse<String> written = browser.postForm(app("/console/test-probe"),
                "note=hello&csrf-token=" + csrfToken(page));
        assertThat(written.statusCode()).isEqualTo(200);
        assertThat(written.body()).isEqualTo("written by olivia");
        assertThat(ConsoleProbeResource.WRITES.get()).isEqualTo(before + 1);
    }

    @Test
    void aViewerIsSignedInButRefusedAnOperatorsFormAndNothingIsWritten() throws Exception {
        SignInBrowser browser = new SignInBrowser();
        HttpResponse<String> page = browser.signIn(app("/console/test-probe"), Keycloak.VIEWER,
                Keycloak.VIEWER_PASSWORD);
        assertThat(page.body()).contains("<p id=\"signed-in\">victor</p>").contains("<p id=\"operator\">false</p>");
        int before = ConsoleProbeResource.WRITES.get();

        HttpResponse<String> refused = browser.postForm(app("/console/test-probe"),
                "note=hello&csrf-token=" + csrfToken(page));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(ConsoleProbeResource.WRITES.get()).isEqualTo(before);
    }

    @Test
    void theApiTakesBearerTokensAndNotTheConsolesSession() throws Exception {
        SignInBrowser browser = new SignInBrowser();
        browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR, Keycloak.OPERATOR_PASSWORD);
        // The session cookie is only ever sent to /console; even sent on purpose, the API does not take it.
        String session = browser.sessionCookies();

        HttpResponse<String> withCookie = browser.send(HttpRequest.newBuilder(app("/api/v1/incidents"))
                .header("Cookie", session).GET().build());
        HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(app("/api/v1/incidents"))
                .header("Authorization", "Bearer " + Tokens.token("alice", Roles.VIEWER)).GET().build());

        assertThat(withCookie.statusCode()).isEqualTo(401);
        assertThat(withCookie.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionHereAndAtKeycloak() throws Exception {
        SignInBrowser browser = new SignInBrowser();
        HttpResponse<String> page = browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR,
                Keycloak.OPERATOR_PASSWORD);

        HttpResponse<String> signOut = browser.postForm(app("/console/signout"), "csrf-token=" + csrfToken(page));

        // Straight to Keycloak's end-session endpoint, with the ID token as the hint (so Keycloak asks no question)
        // and the console to come back to; the session cookie is gone already.
        assertThat(signOut.statusCode()).isEqualTo(303);
        assertThat(signOut.headers().firstValue("Location").orElseThrow())
                .startsWith(Keycloak.issuer() + "/protocol/openid-connect/logout?id_token_hint=")
                .contains("&post_logout_redirect_uri=" + URLEncoder.encode(app("/console").toString(),
                        StandardCharsets.UTF_8));
        assertThat(browser.cookie("q_session")).as("session cookie").isNull();
        HttpResponse<String> back = browser.followAll(signOut);

        // Keycloak's session is gone too: the console asks for the password again.
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("kc-form-login");
        HttpResponse<String> again = browser.get(app("/console/test-probe"));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).startsWith(Keycloak.issuer());
        assertThat(browser.followAll(again).body()).contains("kc-form-login");
    }

    @Test
    void noGetSignsOut() throws Exception {
        SignInBrowser browser = new SignInBrowser();
        browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR, Keycloak.OPERATOR_PASSWORD);

        // What a link or an <img> on any page could make the browser do: the old provider logout path, the form's.
        HttpResponse<String> oldPath = browser.get(app("/console/signout/provider"));
        HttpResponse<String> formPath = browser.get(app("/console/signout"));

        assertThat(oldPath.statusCode()).isEqualTo(404);
        assertThat(formPath.statusCode()).isEqualTo(405);
        assertThat(browser.cookie("q_session")).as("session cookie").isNotNull();
        HttpResponse<String> still = browser.get(app("/console/test-probe"));
        assertThat(still.statusCode()).isEqualTo(200);
        assertThat(still.body()).contains("<p id=\"signed-in\">olivia</p>");
    }

    @Test
    void aSignOutWithoutTheCsrfTokenIsRefused() throws Exception {
        SignInBrowser browser = new SignInBrowser();
        browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR, Keycloak.OPERATOR_PASSWORD);

        HttpResponse<String> refused = browser.postForm(app("/console/signout"), "");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(browser.get(app("/console/test-probe")).statusCode()).isEqualTo(200);
    }

    @Test
    void consolePagesCarryTheSecurityHeadersAndMayPostOnToTheProvider() throws Exception {
        SignInBrowser browser = new SignInBrowser();
        HttpResponse<String> page = browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR,
                Keycloak.OPERATOR_PASSWORD);

        String origin = URI.create(Keycloak.issuer()).resolve("/").toString().replaceAll("/$", "");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + origin + ";").contains("script-src 'self';")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void theFormTokenIsTheSessionsOwnOnEveryPageWithoutACookie() throws Exception {
        SignInBrowser browser = new SignInBrowser();
        HttpResponse<String> first = browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR,
                Keycloak.OPERATOR_PASSWORD);
        HttpResponse<String> second = browser.get(app("/console/test-probe"));

        assertThat(csrfToken(second)).isEqualTo(csrfToken(first));
        assertThat(browser.cookie(OLD_CSRF_COOKIE)).isNull();
    }

    @Test
    void aTokenOfAnotherSignInOfTheSameOperatorIsRefusedEvenWithItsCookiePlanted() throws Exception {
        assertTheTokenOfAnotherSignInIsRefused(Keycloak.OPERATOR, Keycloak.OPERATOR_PASSWORD);
    }

    @Test
    void aTokenOfAnotherUserIsRefused() throws Exception {
        assertTheTokenOfAnotherSignInIsRefused(Keycloak.VIEWER, Keycloak.VIEWER_PASSWORD);
    }

    /**
     * The operator posts a form with the token of another browser's sign-in of {@code user}, the old double-submit
     * cookie planted to match (what a sibling subdomain could do): refused, nothing written.
     */
    private void assertTheTokenOfAnotherSignInIsRefused(String user, String password) throws Exception {
        SignInBrowser mine = new SignInBrowser();
        SignInBrowser other = new SignInBrowser();
        mine.signIn(app("/console/test-probe"), Keycloak.OPERATOR, Keycloak.OPERATOR_PASSWORD);
        String othersToken = csrfToken(other.signIn(app("/console/test-probe"), user, password));
        int before = ConsoleProbeResource.WRITES.get();

        mine.plant(app("/console"), OLD_CSRF_COOKIE, othersToken, "/console");
        HttpResponse<String> refused = mine.postForm(app("/console/test-probe"), "note=hello&csrf-token="
                + othersToken);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo(ConsoleCsrfFilter.REFUSAL);
        assertThat(ConsoleProbeResource.WRITES.get()).isEqualTo(before);
    }

    @Test
    void aCookieAndAFieldMadeUpTogetherAreRefused() throws Exception {
        SignInBrowser browser = new SignInBrowser();
        browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR, Keycloak.OPERATOR_PASSWORD);
        int before = ConsoleProbeResource.WRITES.get();
        String madeUp = "A".repeat(43);

        browser.plant(app("/console"), OLD_CSRF_COOKIE, madeUp, "/console");
        HttpResponse<String> refused = browser.postForm(app("/console/test-probe"), "note=hello&csrf-token=" + madeUp);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(ConsoleProbeResource.WRITES.get()).isEqualTo(before);
    }

    private URI app(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfToken(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("CSRF field on the page").isTrue();
        return matcher.group(1);
    }
}
