package org.probation.security;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.probation.support.Keycloak;
import org.probation.support.KeycloakProfile;
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

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>",
            Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void anAnonymousConsoleRequestIsSentToKeycloaksLoginPage() throws Exception {
        Browser browser = new Browser();

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
        Browser browser = new Browser();

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
        Browser browser = new Browser();
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
        Browser browser = new Browser();
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
        Browser browser = new Browser();
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
        Browser browser = new Browser();
        HttpResponse<String> page = browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR,
                Keycloak.OPERATOR_PASSWORD);

        HttpResponse<String> signOut = browser.postForm(app("/console/signout"), "csrf-token=" + csrfToken(page));
        assertThat(signOut.statusCode()).isEqualTo(303);
        HttpResponse<String> providerLogout = browser.follow(signOut);
        assertThat(providerLogout.statusCode()).isEqualTo(302);
        assertThat(providerLogout.headers().firstValue("Location").orElseThrow())
                .startsWith(Keycloak.issuer() + "/protocol/openid-connect/logout");
        HttpResponse<String> back = browser.followAll(providerLogout);

        // Keycloak's session is gone too: the console asks for the password again.
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("kc-form-login");
        HttpResponse<String> again = browser.get(app("/console/test-probe"));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).startsWith(Keycloak.issuer());
    }

    @Test
    void aSignOutWithoutTheCsrfTokenIsRefused() throws Exception {
        Browser browser = new Browser();
        browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR, Keycloak.OPERATOR_PASSWORD);

        HttpResponse<String> refused = browser.postForm(app("/console/signout"), "");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(browser.get(app("/console/test-probe")).statusCode()).isEqualTo(200);
    }

    @Test
    void consolePagesCarryTheSecurityHeadersAndMayPostOnToTheProvider() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.signIn(app("/console/test-probe"), Keycloak.OPERATOR,
                Keycloak.OPERATOR_PASSWORD);

        String origin = URI.create(Keycloak.issuer()).resolve("/").toString().replaceAll("/$", "");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + origin + ";").contains("script-src 'self';")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(browser.cookie(ConsoleCsrf.COOKIE).isHttpOnly()).isTrue();
    }

    private URI app(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfToken(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("CSRF field on the page").isTrue();
        return matcher.group(1);
    }

    /** Just enough of a browser: cookies kept per site, redirects followed one by one. */
    static final class Browser {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        /** Keycloak marks its cookies Secure, which a browser sends to http://localhost and java.net does not. */
        private final CookieHandler jar = new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return cookies.get(uri, headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                Map<String, List<String>> insecure = new HashMap<>();
                headers.forEach((name, values) -> insecure.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                        ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList()
                        : values));
                cookies.put(uri, insecure);
            }
        };
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(jar)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri).GET().build());
        }

        HttpResponse<String> postForm(URI uri, String form) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
            return get(redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow()));
        }

        HttpResponse<String> followAll(HttpResponse<String> response) throws IOException, InterruptedException {
            for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
                response = follow(response);
            }
            return response;
        }

        /** Opens the console page, fills in Keycloak's login form and follows the redirects back. */
        HttpResponse<String> signIn(URI page, String user, String password) throws IOException, InterruptedException {
            HttpResponse<String> login = followAll(get(page));
            Matcher form = LOGIN_FORM.matcher(login.body());
            assertThat(form.find()).as("Keycloak's login form").isTrue();
            Matcher action = ACTION.matcher(form.group());
            assertThat(action.find()).isTrue();
            URI target = login.uri().resolve(action.group(1).replace("&amp;", "&"));
            HttpResponse<String> signedIn = postForm(target, "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=");
            assertThat(signedIn.statusCode()).as("Keycloak accepts the password").isEqualTo(302);
            return followAll(signedIn);
        }

        /** A cookie by name; the session cookie may come in chunks (q_session_chunk_1, ...): the first. */
        java.net.HttpCookie cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name) || c.getName().startsWith(name + "_chunk_")).findFirst()
                    .orElse(null);
        }

        /** The Quarkus session cookie (all its chunks), as a Cookie header. */
        String sessionCookies() {
            return String.join("; ", cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().startsWith("q_session")).map(c -> c.getName() + "=" + c.getValue())
                    .toList());
        }
    }
}
