package org.probation.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses (403, nothing done) a console request that changes something unless it is a form carrying the browser's
 * CSRF token ({@link ConsoleCsrf}). Only the console: the API takes bearer tokens, which a browser never sends on its
 * own, and the customer's report form is protected by its signed link.
 */
public class ConsoleCsrfFilter {

    private static final Logger LOG = Logger.getLogger(ConsoleCsrfFilter.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    static final String REFUSAL = "このフォームは無効です。ページを読み込み直して、もう一度送信してください。\n"
            + "This form is no longer valid: reload the page and send it again.\n";

    // readBody: the form is read before this filter, so its token field can be compared.
    @ServerRequestFilter(readBody = true)
    public Response verify(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod()) || !ConsolePaths.isConsole(routing.normalizedPath())) {
            return null;
        }
        Cookie cookie = routing.request().getCookie(ConsoleCsrf.COOKIE);
        MediaType type = request.getMediaType();
        if (cookie == null || !ConsoleCsrf.isWellFormed(cookie.getValue()) || type == null
                || !(type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return refused("no CSRF cookie, or not a form");
        }
        Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(ConsoleCsrf.FIELD, true, false);
        if (!(field instanceof String sent) || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII),
                cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
            return refused("the form's CSRF token is missing or does not match the cookie");
        }
        return null;
    }

    private static Response refused(String why) {
        LOG.debugf("Console form refused: %s", why);
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(REFUSAL).build();
    }
}
