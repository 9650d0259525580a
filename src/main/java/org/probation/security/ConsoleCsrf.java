package org.probation.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The console's CSRF token for the signed-in session ({@link ConsoleFormTokens}), in a hidden field of every console
 * form ({@code templates/console/csrf.html}, which reads it as {@code inject:consoleCsrf.token});
 * {@link ConsoleCsrfFilter} refuses a console form without it. No cookie: the session itself is what the token is
 * bound to. (Quarkus' own quarkus-rest-csrf is not published for Quarkus 3.34.1.)
 */
@Named("consoleCsrf")
@RequestScoped
public class ConsoleCsrf {

    public static final String FIELD = "csrf-token";

    private final ConsoleFormTokens tokens;
    private final SecurityIdentity identity;
    private String token;

    ConsoleCsrf(ConsoleFormTokens tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    public String parameterName() {
        return FIELD;
    }

    public String token() {
        if (token == null) {
            token = tokens.tokenFor(identity);
        }
        return token;
    }
}
