package org.probation.policy;

/** No policy has the name the caller gave. */
public class PolicyNotFound extends RuntimeException {

    public PolicyNotFound(String name) {
        super("no policy named '" + name + "'");
    }
}
