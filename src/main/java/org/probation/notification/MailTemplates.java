package org.probation.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The mails, one template per kind, each with an {@code .html} and a {@code .txt} variant under
 * {@code templates/MailTemplates/}. A customer mail is written once for both languages: its words come from the
 * {@code msg} bundle ({@code CustomerMessages}) in the locale set on the instance. Checked at build time: a template
 * that names a missing field or message does not build. {@link MailContent} carries {@code @TemplateData}: Qute
 * generates resolvers only for the members its type check sees ({@code mail.affectedDomains} in an {@code #if} was not
 * among them) and reads the rest by reflection, which the native executable does not have; its mails failed there.
 */
@CheckedTemplate(basePath = "MailTemplates")
public class MailTemplates {

    public static native TemplateInstance restriction(MailContent mail);

    public static native TemplateInstance reportReceived(MailContent mail);

    public static native TemplateInstance relaxed(MailContent mail);

    public static native TemplateInstance lifted(MailContent mail);

    public static native TemplateInstance reRestricted(MailContent mail);

    /** A report round without a report after {@code report-reminder-after}: the reminder, with a fresh link. */
    public static native TemplateInstance reminder(MailContent mail);

    public static native TemplateInstance operatorAlert(String kind, String accountId, String incidentId,
            String summary, String detail, String link);
}
