package org.probation.web;

import jakarta.enterprise.context.RequestScoped;

/** Who is acting in the current request, as written in the timeline. */
@RequestScoped
public class CurrentActor {

    /** Until the API is authenticated every request acts as the unnamed operator. */
    public static final String ANONYMOUS_OPERATOR = "operator";

    public String name() {
        return ANONYMOUS_OPERATOR;
    }
}
