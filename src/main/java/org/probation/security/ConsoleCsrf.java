package org.probation.security;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The console's CSRF token (double submit): a random value in an HttpOnly, SameSite=Lax cookie on {@code /console},
 * repeated in a hidden field of every console form ({@code templates/console/csrf.html}, which reads it as
 * {@code inject:consoleCsrf.token}). {@link ConsoleCsrfFilter} refuses a console form whose field does not match the
 * cookie. (Quarkus' own quarkus-rest-csrf is not published for Quarkus 3.34.1.) Lax, not Strict: a Strict cookie is not
 * sent on the top-level navigation from another site, so such a page would mint a new token and break the forms open
 * in the browser's other tabs; the token in the form body is what protects. A valid cookie is never replaced.
 */
@Named("consoleCsrf")
@RequestScoped
public class ConsoleCsrf {

    public static final String COOKIE = "probation-console-csrf";
    public static final String FIELD = "csrf-token";
    static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext routing;
    private String token;

    ConsoleCsrf(RoutingContext routing) {
        this.routing = routing;
    }

    public String parameterName() {
        return FIELD;
    }

    /** The browser's token, made and set as a cookie on the first form it is shown. */
    public String token() {
        if (token == null) {
            Cookie sent = routing.request().getCookie(COOKIE);
            if (sent != null && isWellFormed(sent.getValue())) {
                token = sent.getValue();
            } else {
                byte[] bytes = new byte[TOKEN_BYTES];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath(ConsolePaths.ROOT).setHttpOnly(true)
                        .setSameSite(CookieSameSite.LAX)
                        .setSecure(LaunchMode.current() == LaunchMode.NORMAL || routing.request().isSSL()));
            }
        }
        return token;
    }

    static boolean isWellFormed(String value) {
        return value != null && value.length() == 43 && value.chars()
                .allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }
}
