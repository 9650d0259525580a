package org.probation.policy.model;

/**
 * Who lets an incident step down from a stage once its metrics allow it ({@code approval: operator}). Any other value
 * stops start-up naming the key, instead of silently meaning {@code NONE}.
 */
public enum Approval {
    /** The step-down happens as soon as the metrics allow it (the default). */
    NONE,
    /** The step-down waits for an operator's {@code STEP_DOWN} action. */
    OPERATOR
}
