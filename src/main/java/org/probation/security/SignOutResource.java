package org.probation.security;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.probation.console.web.ConsoleShells;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Sign-out, a console form (so it carries the CSRF token). It hands over to the OIDC logout path, where Quarkus drops
 * the session cookie and sends the browser to the identity provider's end-session endpoint (RP-initiated logout),
 * which sends it back to the console's sign-in. The demo operator has no session to end.
 */
@Path("/console/signout")
@RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
public class SignOutResource {

    /** {@code quarkus.oidc.logout.path}. */
    static final String PROVIDER_LOGOUT = "/console/signout/provider";

    private final SecurityIdentity identity;

    SignOutResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @POST
    public Response signOut(@RestForm("csrf-token") String token) {
        // The token itself was checked by ConsoleCsrfFilter; naming it here makes the form body readable there.
        if (Boolean.TRUE.equals(identity.getAttribute(ConsoleShells.DEMO_ATTRIBUTE))) {
            return Response.seeOther(URI.create("/console")).build();
        }
        return Response.seeOther(URI.create(PROVIDER_LOGOUT)).build();
    }
}
