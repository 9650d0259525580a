package org.probation.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Just enough of a browser to sign in to the console through {@link Keycloak}'s login page over HTTP: cookies kept
 * per site, redirects followed one by one, forms posted with their hidden inputs. Used by the {@code @QuarkusTest}s
 * and the packaged app's {@code *IT} alike.
 */
public final class SignInBrowser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>",
            Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    /**
     * Keycloak marks its cookies Secure, and so does the prod profile the console's session cookie; a browser sends
     * them to http://localhost, java.net does not.
     */
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

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    public HttpResponse<String> postForm(URI uri, String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /**
     * Posts the form of {@code page} that holds the element with id {@code formId}, with its hidden inputs (the CSRF
     * token among them) and {@code fields} on top, to its action.
     */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        ConsoleForms.Form form = ConsoleForms.in(page.body(), formId, page.uri().toString());
        Map<String, String> sent = new LinkedHashMap<>(form.hidden());
        sent.putAll(fields);
        return postForm(page.uri().resolve(form.action()), sent.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
    }

    public HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
        return get(redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow()));
    }

    public HttpResponse<String> followAll(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            response = follow(response);
        }
        return response;
    }

    /** Opens the console page, fills in Keycloak's login form and follows the redirects back. */
    public HttpResponse<String> signIn(URI page, String user, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> login = followAll(get(page));
        Matcher form = LOGIN_FORM.matcher(login.body());
        assertThat(form.find()).as("Keycloak's login form").isTrue();
        Matcher action = ACTION.matcher(form.group());
        assertThat(action.find()).isTrue();
        URI target = login.uri().resolve(action.group(1).replace("&amp;", "&"));
        HttpResponse<String> signedIn = postForm(target,
                "username=" + encode(user) + "&password=" + encode(password) + "&credentialId=");
        assertThat(signedIn.statusCode()).as("Keycloak accepts the password").isEqualTo(302);
        return followAll(signedIn);
    }

    /** A cookie by name; the session cookie may come in chunks (q_session_chunk_1, ...): the first. */
    public HttpCookie cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name) || c.getName().startsWith(name + "_chunk_")).findFirst()
                .orElse(null);
    }

    /**
     * Sets a cookie for {@code site} as a sibling site of the same domain could (an attacker's, in the tests): through
     * a {@code Set-Cookie} header, so it replaces the site's own cookie of that name and path.
     */
    public void plant(URI site, String name, String value, String path) throws IOException {
        cookies.put(site, Map.of("Set-Cookie", List.of(name + "=" + value + "; Path=" + path)));
        assertThat(cookies.getCookieStore().get(site)).filteredOn(c -> c.getName().equals(name))
                .extracting(HttpCookie::getValue).as("planted cookie").containsExactly(value);
    }

    /** The Quarkus session cookie (all its chunks), as a Cookie header. */
    public String sessionCookies() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().startsWith("q_session")).map(c -> c.getName() + "=" + c.getValue())
                .toList());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
