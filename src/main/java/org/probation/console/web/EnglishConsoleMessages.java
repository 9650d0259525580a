package org.probation.console.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link ConsoleMessages} in English. */
@Localized("en")
public interface EnglishConsoleMessages extends ConsoleMessages {

    @Override
    @Message("Probation monitoring console")
    String productName();

    @Override
    @Message("Skip to content")
    String skipToContent();

    @Override
    @Message("Incidents")
    String incidents();

    @Override
    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Override
    @Message("read only")
    String viewerOnly();

    @Override
    @Message("Dev mode: shown as a demo operator without an identity provider. Production never does this.")
    String demoOperator();

    @Override
    @Message("Sign out")
    String signOut();

    @Override
    @Message("日本語")
    String otherLanguage();

    @Override
    @Message("{#when state}{#is 'RESTRICTED'}Restricted (awaiting report){#is 'MONITORING'}Monitoring"
            + "{#is 'ESCALATED'}Escalated{#is 'LIFTED'}Lifted{#else}{state}{/when}")
    String state(String state);

    @Override
    @Message("{#when cause}{#is 'MASS_MAIL'}Mass mailing{#is 'CMS_BRUTE_FORCE'}CMS admin brute force"
            + "{#is 'MALWARE'}Malware{#is 'FTP_CREDENTIAL_LEAK'}Leaked FTP credentials{#is 'OTHER'}Other{#else}{cause}{/when}")
    String cause(String cause);

    @Override
    @Message("{#when type}{#is 'OPENED'}Restricted{#is 'REPORT_RECEIVED'}Report received"
            + "{#is 'MONITORING_STARTED'}Monitoring started{#is 'STEPPED_DOWN'}Stepped down{#is 'LIFTED'}Lifted"
            + "{#is 'RESTRICTED'}Restricted again{#is 'EXTENDED'}Monitoring extended{#is 'RESUMED'}Monitoring resumed"
            + "{#is 'CANCELLED'}Cancelled{#is 'NOTE'}Note{#is 'RELAPSED'}Relapse{#is 'ESCALATED'}Escalated"
            + "{#is 'NO_DATA'}No data{#is 'APPROVAL_REQUESTED'}Awaiting approval{#is 'NOTICE_RESENT'}Notice resent"
            + "{#is 'CONTACT_CHANGED'}Contact changed{#is 'REPORT_REMINDED'}Report reminder{#else}{type}{/when}")
    String event(String type);

    @Override
    @Message("{#when action}{#is 'LIFT'}Lift the restriction{#is 'STEP_DOWN'}Step down one stage (approve)"
            + "{#is 'RESTRICT'}Restrict to a stage{#is 'EXTEND'}Extend monitoring{#is 'RESUME'}Resume monitoring"
            + "{#is 'CANCEL'}Cancel (false positive){#is 'NOTE'}Write a note{#is 'RESEND_NOTICE'}Resend the notice (new link)"
            + "{#else}{action}{/when}")
    String action(String action);
}
