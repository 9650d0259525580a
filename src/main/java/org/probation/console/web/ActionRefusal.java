package org.probation.console.web;

import java.util.Locale;

/**
 * Why an action from the console was not taken, as the page words it in the operator's language. The rules give their
 * reasons in English sentences (the API's {@code detail}); the ones the page can put in the operator's words are
 * recognised here, any other is shown as the rules wrote it.
 */
public enum ActionRefusal {
    REASON_MISSING,
    REASON_INVALID,
    UNKNOWN_ACTION,
    STAGE_INVALID,
    DURATION_INVALID,
    CLOSED,
    EXTEND_BEFORE_MONITORING,
    RESUME_NOT_ESCALATED,
    CHANGED_MEANWHILE,
    /** The rules refused for a reason the page has no words of its own for: their sentence is shown. */
    NOT_ALLOWED;

    /** The kind of a refusal of the rules ({@code TransitionRefused}'s message). */
    static ActionRefusal ofRules(String reason) {
        String text = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (text.contains("needs an open incident")) {
            return CLOSED;
        }
        if (text.startsWith("extend needs monitoring")) {
            return EXTEND_BEFORE_MONITORING;
        }
        if (text.startsWith("extend needs a positive duration")) {
            return DURATION_INVALID;
        }
        if (text.startsWith("resume applies to escalated")) {
            return RESUME_NOT_ESCALATED;
        }
        if (text.startsWith("policy ") && text.contains(" has stages ")) {
            return STAGE_INVALID;
        }
        return NOT_ALLOWED;
    }
}
