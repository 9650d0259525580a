package org.probation.console.web;

import java.util.UUID;

import org.probation.console.IncidentPageView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The incident page under {@code templates/ConsoleIncident/}, checked at build time. The page includes its live
 * regions ({@code status}, {@code charts}, {@code timeline}), each given its own value as {@code region}; they are also
 * served alone for the refresh.
 */
@CheckedTemplate(basePath = "ConsoleIncident")
public class IncidentTemplates {

    public static native TemplateInstance page(IncidentPageView page, ActionForm form, ConsoleShell shell);

    public static native TemplateInstance status(IncidentPageView.StatusRegion region);

    public static native TemplateInstance charts(IncidentPageView.ChartsRegion region);

    public static native TemplateInstance timeline(IncidentPageView.TimelineRegion region);

    public static native TemplateInstance notFound(UUID id, ConsoleShell shell);
}
