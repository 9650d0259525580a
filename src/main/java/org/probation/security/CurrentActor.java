package org.probation.security;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.probation.validation.PlainText;

/**
 * Who is acting in the current request, as written in the timeline: the token's {@code upn}, else its
 * {@code preferred_username}, else its {@code sub}.
 */
@RequestScoped
public class CurrentActor {

    /** The width of the {@code actor} columns. */
    static final int MAX_LENGTH = 128;

    private final JsonWebToken token;

    CurrentActor(JsonWebToken token) {
        this.token = token;
    }

    public String name() {
        return nameIn(token);
    }

    /** The name a token gives its bearer; refused when it has none we can write down faithfully. */
    static String nameIn(JsonWebToken token) {
        for (String claim : new String[] { Claims.upn.name(), Claims.preferred_username.name(), Claims.sub.name() }) {
            Object value = token.getClaim(claim);
            String name = value == null ? null : value.toString();
            if (name != null && !name.isBlank()) {
                if (name.length() > MAX_LENGTH || !PlainText.Validator.isPlain(name, false)) {
                    throw new UnusableIdentity("the token's " + claim + " is longer than " + MAX_LENGTH
                            + " characters or holds control characters");
                }
                return name;
            }
        }
        throw new UnusableIdentity("the token names no user (upn, preferred_username or sub)");
    }

    /** A valid token that does not name a person the timeline can show. */
    public static class UnusableIdentity extends RuntimeException {
        UnusableIdentity(String message) {
            super(message);
        }
    }
}
