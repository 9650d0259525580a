package org.probation.incident.model;

/** What an operator can do to an incident. Every action needs a reason and lands in the timeline. */
public enum ActionType {
    LIFT,
    STEP_DOWN,
    RESTRICT,
    EXTEND,
    RESUME,
    CANCEL,
    NOTE,
    /** The current notice mailed again with a freshly signed report link; changes nothing else. */
    RESEND_NOTICE
}
