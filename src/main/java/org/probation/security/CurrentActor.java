package org.probation.security;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.probation.validation.PlainText;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is acting in the current request, as written in the timeline: the token's {@code upn}, else its
 * {@code preferred_username}, else its {@code sub} — a bearer token on the API, the identity provider's token on the
 * console. An identity without a token (the dev-mode demo operator, a test identity) is its principal's name.
 */
@RequestScoped
public class CurrentActor {

    /** The width of the {@code actor} columns. */
    static final int MAX_LENGTH = 128;

    private final SecurityIdentity identity;

    CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            return nameIn(token);
        }
        return checked(principal == null ? null : principal.getName(), "principal");
    }

    /** The name a token gives its bearer; refused when it has none we can write down faithfully. */
    static String nameIn(JsonWebToken token) {
        for (String claim : new String[] { Claims.upn.name(), Claims.preferred_username.name(), Claims.sub.name() }) {
            Object value = token.getClaim(claim);
            String name = value == null ? null : value.toString();
            if (name != null && !name.isBlank()) {
                return checked(name, "token's " + claim);
            }
        }
        throw new UnusableIdentity("the token names no user (upn, preferred_username or sub)");
    }

    private static String checked(String name, String source) {
        if (name == null || name.isBlank()) {
            throw new UnusableIdentity("the " + source + " names no user");
        }
        if (name.length() > MAX_LENGTH || !PlainText.Validator.isPlain(name, false)) {
            throw new UnusableIdentity("the " + source + " is longer than " + MAX_LENGTH
                    + " characters or holds control characters");
        }
        return name;
    }

    /** A valid token that does not name a person the timeline can show. */
    public static class UnusableIdentity extends RuntimeException {
        UnusableIdentity(String message) {
            super(message);
        }
    }
}
