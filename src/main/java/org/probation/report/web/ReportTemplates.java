package org.probation.report.web;

import java.util.List;

import org.probation.report.ReportPage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The report page under {@code templates/ReportPages/}, checked at build time. The form and the status view are
 * written once; their words come from the {@code msg} bundle in the locale the instance is given.
 */
@CheckedTemplate(basePath = "ReportPages")
public class ReportTemplates {

    public static native TemplateInstance form(ReportPage page);

    public static native TemplateInstance status(ReportPage page);

    /**
     * Both languages: a refused link names no incident, so there is no account locale to choose by. An expired link
     * ({@code expired}) gets its own words, telling how to get a new one. Both signatures close it: who to ask.
     */
    public static native TemplateInstance error(int status, boolean expired, ExpiredLinkWords ja, ExpiredLinkWords en,
            List<String> signatureJa, List<String> signatureEn);
}
