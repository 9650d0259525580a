package org.probation.security;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * A console page and a console form of the tests' own, so that the sign-in is tested without the console's real pages:
 * the page names the signed-in user and carries the CSRF token; the form, for operators only, counts what it wrote.
 */
@Path("/console/test-probe")
public class ConsoleProbeResource {

    static final AtomicInteger WRITES = new AtomicInteger();

    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final ConsoleCsrf csrf;

    ConsoleProbeResource(CurrentActor actor, SecurityIdentity identity, ConsoleCsrf csrf) {
        this.actor = actor;
        this.identity = identity;
        this.csrf = csrf;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
    public String page() {
        return "<!DOCTYPE html><p id=\"signed-in\">" + actor.name() + "</p><p id=\"operator\">"
                + identity.hasRole(Roles.OPERATOR) + "</p><form method=\"post\"><input type=\"hidden\" name=\""
                + csrf.parameterName() + "\" value=\"" + csrf.token() + "\"></form>";
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    public String write(@RestForm String note) {
        WRITES.incrementAndGet();
        return "written by " + actor.name();
    }
}
