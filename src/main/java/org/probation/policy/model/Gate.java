package org.probation.policy.model;

/**
 * A bound on one metric. A value at or under {@code clean} is clean; over {@code relapse} is a relapse; anything in
 * between is dirty: it restarts the clean window but is not a relapse (hysteresis).
 */
public record Gate(String metric, double clean, double relapse) {

    public boolean isClean(double value) {
        return value <= clean;
    }

    public boolean isRelapse(double value) {
        return value > relapse;
    }
}
