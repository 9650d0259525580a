package org.probation.report.web;

import org.probation.report.ReportPage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The report page in each language, under {@code templates/ReportPages/}; checked at build time. */
@CheckedTemplate(basePath = "ReportPages")
public class ReportTemplates {

    public static native TemplateInstance formJa(ReportPage page);

    public static native TemplateInstance formEn(ReportPage page);

    public static native TemplateInstance statusJa(ReportPage page);

    public static native TemplateInstance statusEn(ReportPage page);

    /** Both languages: a refused link names no incident, so there is no account locale to choose by. */
    public static native TemplateInstance error(int status);
}
