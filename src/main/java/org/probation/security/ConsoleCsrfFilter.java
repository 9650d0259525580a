package org.probation.security;

import java.util.Set;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses (403, nothing done) a console request that changes something unless it is a form carrying the CSRF token of
 * the session that sends it ({@link ConsoleFormTokens}): a token of another user or another sign-in is refused like a
 * missing one. Only the console: the API takes bearer tokens, which a browser never sends on its own, and the
 * customer's report form is protected by its signed link.
 */
public class ConsoleCsrfFilter {

    private static final Logger LOG = Logger.getLogger(ConsoleCsrfFilter.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    static final String REFUSAL = "このフォームは無効です。ページを読み込み直して、もう一度送信してください。\n"
            + "This form is no longer valid: reload the page and send it again.\n";

    private final ConsoleFormTokens tokens;
    private final CurrentIdentityAssociation identities;

    ConsoleCsrfFilter(ConsoleFormTokens tokens, CurrentIdentityAssociation identities) {
        this.tokens = tokens;
        this.identities = identities;
    }

    // readBody: the form is read before this filter, so its token field can be compared.
    @ServerRequestFilter(readBody = true)
    public Uni<Response> verify(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod()) || !ConsolePaths.isConsole(routing.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        MediaType type = request.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return Uni.createFrom().item(refused("not a form"));
        }
        Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(ConsoleCsrf.FIELD, true, false);
        String sent = field instanceof String text ? text : null;
        // Deferred: the console authenticates only when a request needs it (quarkus.http.auth.proactive=false).
        return identities.getDeferredIdentity().map(identity -> tokens.accepts(identity, sent) ? null
                : refused("the form's CSRF token is missing or not the signed-in session's"));
    }

    private static Response refused(String why) {
        LOG.debugf("Console form refused: %s", why);
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(REFUSAL).build();
    }
}
