package org.probation.policy.model;

/** Where a relapse sends an incident: back to the strictest stage, or one stage stricter than the current one. */
public enum RelapseTarget {
    TOP,
    ONE_UP;

    public int levelAfterRelapse(int currentLevel, int topLevel) {
        return this == TOP ? topLevel : Math.min(topLevel, currentLevel + 1);
    }
}
