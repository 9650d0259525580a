package org.probation.web;

/** Something named in the request does not exist; answered with 404. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String message) {
        super(message);
    }
}
