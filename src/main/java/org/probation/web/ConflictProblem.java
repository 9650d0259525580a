package org.probation.web;

import java.util.Map;

/** The request contradicts the current state; answered with 409 and whatever the client needs to recover. */
public class ConflictProblem extends RuntimeException {

    private final Map<String, Object> extensions;

    public ConflictProblem(String message, Map<String, Object> extensions) {
        super(message);
        this.extensions = Map.copyOf(extensions);
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
