package org.probation.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The incident list and the new-incident form, under {@code templates/ConsoleList/}, checked at build time. */
@CheckedTemplate(basePath = "ConsoleList")
public class ListTemplates {

    /** The whole list page. */
    public static native TemplateInstance list(ListPage page);

    /** The counts and the table alone: what the page refreshes in place. */
    public static native TemplateInstance live(ListPage page);

    public static native TemplateInstance newIncident(NewIncidentForm form);
}
