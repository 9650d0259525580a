package org.probation.console.web;

import java.util.UUID;

import org.probation.console.IncidentPageView;
import org.probation.console.model.ChartDrawing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * The incident page under {@code templates/ConsoleIncident/}, checked at build time. The page includes its live
 * regions ({@code status}, {@code charts}, {@code timeline}), each given its own value as {@code region}; they are also
 * served alone for the refresh.
 * <p>
 * Every value the templates read has a generated resolver ({@code @TemplateData} on the views, and here for the chart's
 * model records, which carry no framework annotation): Qute generates resolvers only for the members its type check
 * sees, and reads the rest by reflection, which a native executable does not have unless told.
 */
@CheckedTemplate(basePath = "ConsoleIncident")
@TemplateData(target = ChartDrawing.class)
@TemplateData(target = ChartDrawing.VerticalMark.class)
@TemplateData(target = ChartDrawing.Band.class)
@TemplateData(target = ChartDrawing.Tick.class)
public class IncidentTemplates {

    public static native TemplateInstance page(IncidentPageView page, ActionForm form, ConsoleShell shell);

    public static native TemplateInstance status(IncidentPageView.StatusRegion region);

    public static native TemplateInstance charts(IncidentPageView.ChartsRegion region);

    public static native TemplateInstance timeline(IncidentPageView.TimelineRegion region);

    public static native TemplateInstance notFound(UUID id, ConsoleShell shell);
}
