package org.probation.web;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Response headers that keep browsers from misusing what the service sends: no MIME sniffing, no framing, no
 * referrer, no caching, and a content security policy. Set as the headers are written, so that the policy can depend
 * on what the response turned out to be (an API document, an HTML page, Swagger UI).
 */
@Singleton
public class SecurityHeaders {

    /** JSON, problems and anything else that is not a page: nothing may load, run or frame it. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Server-rendered pages: their own styles, scripts and images only; forms post back to the service. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** Swagger UI starts itself with an inline script and inline styles; it renders no user input. */
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    static final String SWAGGER_UI_PATH = "/q/swagger-ui";
    /** Quarkus's Dev UI, which exists only in dev mode, brings its own inline import map and web sockets. */
    static final String DEV_UI_PATH = "/q/dev-ui";

    static final String CONSOLE_PATH = "/console";

    /**
     * The console's pages may also send a form on to the identity provider: a sign-out or a form sent after the session
     * ended is redirected there, and Chrome applies {@code form-action} to every redirect of a form submission.
     */
    private final String consolePolicy;

    SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> identityProvider) {
        this.consolePolicy = consolePolicy(identityProvider);
    }

    static String consolePolicy(Optional<String> identityProvider) {
        String origin = identityProvider.map(SecurityHeaders::origin).orElse(null);
        return origin == null ? PAGE_POLICY : PAGE_POLICY.replace("form-action 'self'", "form-action 'self' " + origin);
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> apply(context));
            context.next();
        }, 1_000);
    }

    private void apply(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (!headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
        String path = context.normalizedPath();
        String policy = policyFor(path, headers.get("Content-Type"));
        if (PAGE_POLICY.equals(policy) && (path.equals(CONSOLE_PATH) || path.startsWith(CONSOLE_PATH + "/"))) {
            policy = consolePolicy;
        }
        if (policy != null) {
            headers.set("Content-Security-Policy", policy);
        }
    }

    /** The content security policy of a response, none for the Dev UI. */
    static String policyFor(String path, String contentType) {
        if (path.startsWith(DEV_UI_PATH)) {
            return null;
        }
        if (path.startsWith(SWAGGER_UI_PATH)) {
            return SWAGGER_UI_POLICY;
        }
        if (contentType != null && contentType.startsWith("text/html")) {
            return PAGE_POLICY;
        }
        return API_POLICY;
    }
}
