package org.probation.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The mails, one template per kind and language, each with an {@code .html} and a {@code .txt} variant under
 * {@code templates/MailTemplates/}. Checked at build time: a template that names a missing field does not build.
 */
@CheckedTemplate(basePath = "MailTemplates")
public class MailTemplates {

    public static native TemplateInstance restrictionJa(MailContent mail);

    public static native TemplateInstance restrictionEn(MailContent mail);

    /** One template for both languages: its words come from the {@code msg} bundle in the instance's locale. */
    public static native TemplateInstance reportReceived(MailContent mail);

    public static native TemplateInstance relaxedJa(MailContent mail);

    public static native TemplateInstance relaxedEn(MailContent mail);

    public static native TemplateInstance liftedJa(MailContent mail);

    public static native TemplateInstance liftedEn(MailContent mail);

    public static native TemplateInstance reRestrictedJa(MailContent mail);

    public static native TemplateInstance reRestrictedEn(MailContent mail);

    public static native TemplateInstance operatorAlert(String kind, String accountId, String incidentId,
            String summary, String detail, String link);
}
