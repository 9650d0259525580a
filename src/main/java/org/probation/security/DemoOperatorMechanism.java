package org.probation.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.probation.console.web.ConsoleShells;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Dev mode's console without an identity provider: every console request is the demo operator, marked with
 * {@link ConsoleShells#DEMO_ATTRIBUTE} so that every page says so. Off unless {@value #FLAG} is true, which only
 * {@code %dev} sets; {@link ConsoleSignInCheck} refuses to start the packaged app with it.
 */
@ApplicationScoped
public class DemoOperatorMechanism implements HttpAuthenticationMechanism {

    static final String FLAG = "probation.console.demo-operator";
    /** The authentication scheme the console's HTTP permission names in dev mode. */
    static final String SCHEME = "demo";
    public static final String NAME = "demo-operator";

    private final boolean enabled;

    DemoOperatorMechanism(@ConfigProperty(name = FLAG, defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!enabled || !ConsolePaths.isConsole(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(demoOperator());
    }

    static SecurityIdentity demoOperator() {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(NAME)).addRole(Roles.OPERATOR)
                .addAttribute(ConsoleShells.DEMO_ATTRIBUTE, Boolean.TRUE).build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        // The identity is made here, without an identity provider.
        return Set.of();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, SCHEME));
    }
}
