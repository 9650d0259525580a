package org.probation.incident.model;

/** A rule refused a change: the incident is not in a state that allows it. Nothing is written. */
public class TransitionRefused extends RuntimeException {

    public TransitionRefused(String message) {
        super(message);
    }
}
