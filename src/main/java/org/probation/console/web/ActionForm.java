package org.probation.console.web;

import io.quarkus.qute.TemplateData;

/**
 * An action form as the operator sent it, shown again with its refusal: the typed reason is kept, so a refused action
 * costs no retyping.
 *
 * @param action the action the form was for ({@code ""} when the page is shown without a post)
 * @param refusal why nothing was done ({@link ActionRefusal} name), {@code ""} when nothing was refused
 * @param detail the rules' own reason, as the service gave it (English), {@code ""} when none
 */
@TemplateData
public record ActionForm(String action, String reason, String stage, String duration, String refusal,
        String detail) {

    public static final ActionForm NONE = new ActionForm("", "", "", "", "", "");

    public ActionForm refused(ActionRefusal why, String detail) {
        return new ActionForm(action, reason, stage, duration, why.name(), detail == null ? "" : detail);
    }

    /** The reason typed into {@code form}'s form, empty for the other forms. */
    public String reasonFor(String form) {
        return action.equals(form) ? reason : "";
    }

    public String durationFor(String form) {
        return action.equals(form) ? duration : "";
    }

    public boolean refusedFor(String form) {
        return !refusal.isEmpty() && action.equals(form);
    }

    /** Whether {@code level} was the stage chosen in a refused {@code RESTRICT}. */
    public boolean chose(int level) {
        return "RESTRICT".equals(action) && String.valueOf(level).equals(stage);
    }
}
