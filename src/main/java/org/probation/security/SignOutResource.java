package org.probation.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * Sign-out, a console form and nothing else (so it carries the CSRF token; there is no address a link or an image
 * could sign an operator out with). It ends the session here (Quarkus drops the session cookie) and sends the browser
 * to the identity provider's end-session endpoint with the ID token as {@code id_token_hint} (RP-initiated logout),
 * which ends the provider's session too and sends the browser back to the console's sign-in. The demo operator and the
 * tests' identities have no session to end.
 */
@Path("/console/signout")
@RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
public class SignOutResource {

    private final SecurityIdentity identity;
    private final Instance<OidcSession> session;
    private final Instance<OidcConfigurationMetadata> provider;
    private final boolean forceHttps;

    SignOutResource(SecurityIdentity identity, Instance<OidcSession> session,
            Instance<OidcConfigurationMetadata> provider,
            @ConfigProperty(name = "quarkus.oidc.authentication.force-redirect-https-scheme", defaultValue = "false") boolean forceHttps) {
        this.identity = identity;
        this.session = session;
        this.provider = provider;
        this.forceHttps = forceHttps;
    }

    @POST
    @Blocking
    public Uni<Response> signOut(@RestForm(ConsoleCsrf.FIELD) String token, @Context UriInfo uri) {
        // The token itself was checked by ConsoleCsrfFilter; naming it here makes the form body readable there.
        URI console = uri.getBaseUriBuilder().replacePath(ConsolePaths.ROOT).replaceQuery(null).build();
        IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
        if (idToken == null) {
            return Uni.createFrom().item(Response.seeOther(URI.create(ConsolePaths.ROOT)).build());
        }
        URI next = endSession(provider.get().getEndSessionUri(), idToken.getToken(),
                forceHttps ? UriBuilder.fromUri(console).scheme("https").build() : console);
        return session.get().logout().replaceWith(() -> Response.seeOther(next).build());
    }

    /** The provider's end-session address for this session, or the console itself when the provider has none. */
    static URI endSession(String endpoint, String idToken, URI backTo) {
        if (endpoint == null || endpoint.isBlank()) {
            return backTo;
        }
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + "id_token_hint="
                + URLEncoder.encode(idToken, StandardCharsets.UTF_8) + "&post_logout_redirect_uri="
                + URLEncoder.encode(backTo.toString(), StandardCharsets.UTF_8));
    }
}
