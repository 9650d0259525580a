package org.probation.security;

/**
 * The roles of the API, read from the token's {@code groups} claim. Every endpoint names the roles it admits; the
 * operator is named on all of them.
 */
public final class Roles {

    /** The abuse desk: reads everything and is the only role that changes an incident. */
    public static final String OPERATOR = "operator";

    /** An enforcement agent on a server: pushes samples and reads decisions. */
    public static final String AGENT = "agent";

    /** Read-only access: incidents, timelines, samples, decisions. */
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
