package org.probation.words.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link CustomerMessages} in English. */
@Localized("en")
public interface EnglishMessages extends CustomerMessages {

    @Override
    @Message("Important: {#when cause}{#is 'MASS_MAIL'}mass mailing{#is 'CMS_BRUTE_FORCE'}login attempts on your admin pages"
            + "{#is in 'MALWARE' 'FTP_CREDENTIAL_LEAK'}unauthorized access{#else}suspicious activity{/when}"
            + " detected and your server account restricted ({account})")
    String restrictionNoticeSubject(String account, String cause);

    @Override
    @Message("We received your report ({account})")
    String reportReceivedSubject(String account);

    @Override
    @Message("The restriction on your server account has been relaxed ({account})")
    String stageRelaxedSubject(String account);

    @Override
    @Message("The restriction on your server account has been lifted ({account})")
    String liftedSubject(String account);

    @Override
    @Message("Important: abuse seen again, restriction tightened ({account})")
    String reRestrictedSubject(String account);

    @Override
    @Message("{amount} day{#if amount != 1}s{/if}")
    String days(long amount);

    @Override
    @Message("{amount} hour{#if amount != 1}s{/if}")
    String hours(long amount);

    @Override
    @Message("{amount} minute{#if amount != 1}s{/if}")
    String minutes(long amount);

    @Override
    @Message("{amount} second{#if amount != 1}s{/if}")
    String seconds(long amount);

    @Override
    @Message("d MMMM yyyy, HH:mm")
    String timePattern();

    @Override
    @Message("{time} ({zone})")
    String timeInZone(String time, String zone);

    @Override
    @Message("{#when code}{#is 'JP'}Japan{#is 'US'}the United States{#is 'KR'}South Korea{#is 'TW'}Taiwan"
            + "{#else}{code}{/when}")
    String country(String code);

    @Override
    @Message(", ")
    String countrySeparator();

    @Override
    @Message(" ({paths})")
    String blockedPaths(String paths);

    @Override
    @Message(", ")
    String pathSeparator();

    @Override
    @Message("Web access from outside {#if allowed}{allowed}{#else}the country{/if} returns HTTP 403 Forbidden."
            + "{#if allowed} Access from {allowed} is unaffected.{/if}")
    String webBlocked(String allowed);

    @Override
    @Message("From outside {#if allowed}{allowed}{#else}the country{/if}, only the CMS login and admin pages{paths}"
            + " are blocked. Your websites can be viewed from anywhere.")
    String webAdminOnly(String allowed, String paths);

    @Override
    @Message("Web access is not restricted.")
    String webOpen();

    @Override
    @Message("Mail to recipients abroad is blocked.")
    String mailForeignBlocked();

    @Override
    @Message("Outgoing mail is limited to {cap} messages per hour.")
    String mailCapped(int cap);

    @Override
    @Message("Nothing is restricted.")
    String nothingRestricted();

    @Override
    @Message("{#when metric}{#is 'mail_sent_per_hour'}mail sent per hour{#is 'mail_foreign_ratio'}share of mail sent abroad"
            + "{#is 'cpu_load'}CPU load{#else}{metric}{/when}")
    String metric(String metric);

    @Override
    @Message("{#when key}"
            + "{#is 'recaptcha'}Keeps robots from abusing your forms to send mass mail."
            + "{#is 'vulnerabilities'}See the vendors' sites and notices for vulnerabilities in the versions you use."
            + "{#is 'updates'}Back up first, then update the CMS, its plugins and themes to their latest versions."
            + "{#is 'tampering'}Compare with an unaffected domain or the original files, and remove files you did not place."
            + "{#is 'passwords'}Use long passwords that you use nowhere else."
            + "{/when}")
    String explanation(String key);

    @Override
    @Message("ja")
    String otherLanguage();

    @Override
    @Message("日本語")
    String otherLanguageName();

    @Override
    @Message("We are waiting for your report.")
    String summaryRestricted();

    @Override
    @Message("Your account is being monitored. The next step lifts the restriction.")
    String summaryMonitoringLastStage();

    @Override
    @Message("Your account is being monitored. The next step relaxes the restriction.")
    String summaryMonitoring();

    @Override
    @Message("Our staff are reviewing your account and will contact you.")
    String summaryEscalated();

    @Override
    @Message("The restriction has been lifted.")
    String summaryLifted();

    @Override
    @Message("Every figure must stay within limits for {window}{#if elapsed} ({elapsed} so far).{#else}.{/if}")
    String holdupCleanWindow(String window, String elapsed);

    @Override
    @Message("No measurement of the {metric} has arrived yet.")
    String holdupNoMeasurement(String metric);

    @Override
    @Message("The latest {metric} was over the limit, so the time is counted again from then.")
    String holdupOverLimit(String metric);

    @Override
    @Message("There are not enough measurements of the {metric} yet.")
    String holdupTooFewMeasurements(String metric);

    @Override
    @Message("Monitoring lasts at least {minimum}.")
    String holdupMinimumMonitoring(String minimum);

    @Override
    @Message("Our staff check before the next step.")
    String holdupApproval();

    @Override
    @Message("Abuse detected; your account was restricted.")
    String stepOpened();

    @Override
    @Message("We received your report.")
    String stepReportReceived();

    @Override
    @Message("Monitoring started.")
    String stepMonitoringStarted();

    @Override
    @Message("The restriction was relaxed.")
    String stepSteppedDown();

    @Override
    @Message("The restriction was lifted.")
    String stepLifted();

    @Override
    @Message("The restriction was changed.")
    String stepRestricted();

    @Override
    @Message("Abuse was seen again; the restriction was tightened.")
    String stepRelapsed();

    @Override
    @Message("Monitoring was extended.")
    String stepExtended();

    @Override
    @Message("Monitoring resumed.")
    String stepResumed();

    @Override
    @Message("Our staff took over the review.")
    String stepEscalated();

    @Override
    @Message("The form expired or was not sent correctly. Please check it and send it again.")
    String formExpired();

    @Override
    @Message("Please keep your message within {max} characters.")
    String messageTooLong(int max);

    @Override
    @Message("Your message contains characters that cannot be used.")
    String messageNotPlain();

    @Override
    @Message("Please complete and tick: {items}")
    String itemsMissing(String items);

    @Override
    @Message("Please tick every required item.")
    String requiredItemsMissing();

    @Override
    @Message("Report your fix ({account})")
    String formTitle(String account);

    @Override
    @Message("Report your fix")
    String formHeading();

    @Override
    @Message("Where your restriction stands ({account})")
    String statusTitle(String account);

    @Override
    @Message("Where your restriction stands")
    String statusHeading();

    @Override
    @Message("Server account")
    String serverAccount();

    @Override
    @Message(" ({name})")
    String accountName(String name);

    @Override
    @Message("Please check")
    String pleaseCheck();

    @Override
    @Message("What we detected")
    String detected();

    @Override
    @Message("Domains concerned:")
    String domainsConcerned();

    @Override
    @Message("What is restricted now")
    String restrictedNow();

    @Override
    @Message("What you have done")
    String whatYouDid();

    @Override
    @Message("Please work through these steps and tick each one you have completed. Once every ")
    String checklistIntroBefore();

    @Override
    @Message("required")
    String required();

    @Override
    @Message(" step is done, you can send your report.")
    String checklistIntroAfter();

    @Override
    @Message("What you changed (optional)")
    String messageLabel();

    @Override
    @Message("For example the programs you updated or the files you removed (at most 4000 characters).")
    String messageHelp();

    @Override
    @Message("Send the report")
    String send();

    @Override
    @Message("Once we receive your report, monitoring starts. You can follow it on this page.")
    String afterSending();

    @Override
    @Message("What is restricted now (stage {stage} of {top})")
    String restrictedAtStage(int stage, int top);

    @Override
    @Message("Before the next step")
    String beforeNextStep();

    @Override
    @Message("The next check should take the next step.")
    String nextCheckSteps();

    @Override
    @Message("If every figure stays within limits, the next step comes at the earliest around ")
    String nextStepAtBefore();

    @Override
    @Message(".")
    String nextStepAtAfter();

    @Override
    @Message("The restriction can be lifted at the earliest around ")
    String earliestLiftBefore();

    @Override
    @Message(".")
    String earliestLiftAfter();

    @Override
    @Message("So far")
    String soFar();

    @Override
    @Message("If you have any questions, please reply to the mail we sent you.")
    String questions();

    @Override
    @Message("en")
    String lang();

    @Override
    @Message("{#if name}Dear {name},{#else}Dear customer,{/if}")
    String dear(String name);

    @Override
    @Message("We have received your report on the measures taken for your server account ({account}). Thank you.")
    String reportReceivedThanksText(String account);

    @Override
    @Message("We have received your report on the measures taken for your server account ({account}). Thank you.")
    String reportReceivedThanksHtml(String account);

    @Override
    @Message("We will now monitor the server's load and mail for {minimum} to {maximum}. As soon as\nit stays clean we relax the restriction step by step, or lift it, and tell you by mail.")
    String reportReceivedMonitoringText(String minimum, String maximum);

    @Override
    @Message("We will now monitor the server's load and mail for {minimum} to {maximum}. As soon as it stays clean we relax the restriction step by step, or lift it, and tell you by mail.")
    String reportReceivedMonitoringHtml(String minimum, String maximum);

    @Override
    @Message("If everything stays clean, the restriction can be lifted at the earliest around {at}.")
    String reportReceivedEarliest(String at);

    @Override
    @Message("You can see where you stand at any time here:")
    String reportReceivedWhereText();

    @Override
    @Message("<h2>You can see where you stand at any time here:</h2>")
    String reportReceivedWhereHtml();

    @Override
    @Message("- ")
    String bullet();

    @Override
    @Message("We have lifted the restriction on your server account ({account}). Our review found no abuse: we apologize\nfor the inconvenience.")
    String liftedFalsePositiveText(String account);

    @Override
    @Message("We have lifted the restriction on your server account ({account}). Our review found no abuse: we apologize for the inconvenience.")
    String liftedFalsePositiveHtml(String account);

    @Override
    @Message("Monitoring of your server account ({account}) showed no problem, and we have lifted the restriction\ncompletely. Thank you for your cooperation.")
    String liftedCleanText(String account);

    @Override
    @Message("Monitoring of your server account ({account}) showed no problem, and we have lifted the restriction completely. Thank you for your cooperation.")
    String liftedCleanHtml(String account);

    @Override
    @Message("To keep it from happening again, please keep these measures in place:")
    String liftedKeepText();

    @Override
    @Message("<h2>To keep it from happening again, please keep these measures in place:</h2>")
    String liftedKeepHtml();

    @Override
    @Message("")
    String section();

    @Override
    @Message("p")
    String restrictionNowTag();

    @Override
    @Message("h2")
    String checkAgainTag();

    @Override
    @Message("{#if stage}Restriction now: {stage}{#else}Restriction now:{/if}")
    String restrictionNow(String stage);

    @Override
    @Message("Monitoring of your server account ({account}) showed no problem for a while, so we have relaxed the\nrestriction.")
    String relaxedIntroText(String account);

    @Override
    @Message("Monitoring of your server account ({account}) showed no problem for a while, so we have relaxed the restriction.")
    String relaxedIntroHtml(String account);

    @Override
    @Message("{#if stage}Restriction now: {stage}{#else}Restriction now:{/if}")
    String relaxedNow(String stage);

    @Override
    @Message("We keep monitoring; if everything stays clean the restriction can be lifted at the earliest around {at}.")
    String relaxedEarliest(String at);

    @Override
    @Message("Where you stand:")
    String whereYouStand();

    @Override
    @Message("We saw abuse from your server account ({account}) again and have tightened the restriction.")
    String reRestrictedIntroText(String account);

    @Override
    @Message("We saw abuse from your server account ({account}) again and have tightened the restriction.")
    String reRestrictedIntroHtml(String account);

    @Override
    @Message("What we saw:")
    String reRestrictedSaw();

    @Override
    @Message("When you have finished, please report again. When you report, you will confirm that you have:")
    String reRestrictedCheckAgain();

    @Override
    @Message("Report and status:")
    String reportAndStatus();

    @Override
    @Message("Thank you for using our hosting service. This is the abuse desk.")
    String restrictionGreetingText();

    @Override
    @Message("Thank you for using our hosting service. This is the abuse desk.")
    String restrictionGreetingHtml();

    @Override
    @Message("{#when cause}{#is 'MASS_MAIL'}We detected a large amount of mail sent from your server account ({account})."
            + "{#is 'CMS_BRUTE_FORCE'}We detected attempts to log in to the admin pages on your server account ({account}) without permission."
            + "{#is in 'MALWARE' 'FTP_CREDENTIAL_LEAK'}We detected unauthorized access to your server account ({account}) and suspicious activity caused by it."
            + "{#else}We detected suspicious activity on your server account ({account}).{/when}")
    String restrictionDetectedText(String account, String cause);

    @Override
    @Message("{#when cause}{#is 'MASS_MAIL'}We detected a large amount of mail sent from your server account ({account})."
            + "{#is 'CMS_BRUTE_FORCE'}We detected attempts to log in to the admin pages on your server account ({account}) without permission."
            + "{#is in 'MALWARE' 'FTP_CREDENTIAL_LEAK'}We detected unauthorized access to your server account ({account}) and suspicious activity caused by it."
            + "{#else}We detected suspicious activity on your server account ({account}).{/when}")
    String restrictionDetectedHtml(String account, String cause);

    @Override
    @Message("What we detected:")
    String restrictionWhatDetected();

    @Override
    @Message("Affected domains:")
    String restrictionAffectedDomains();

    @Override
    @Message("{#if stage}Current restriction: {stage}{#else}Current restriction:{/if}")
    String restrictionCurrent(String stage);

    @Override
    @Message("When you report, you will confirm that you have:")
    String restrictionBeforeLift();

    @Override
    @Message("When you have finished, please tell us here:")
    String restrictionReportHereText();

    @Override
    @Message("<h2>When you have finished, please tell us here:</h2>")
    String restrictionReportHereHtml();

    @Override
    @Message("After your report we monitor the server for {minimum} to {maximum}. Once it stays\nclean, we relax the restriction step by step, or lift it.")
    String restrictionAfterReportText(String minimum, String maximum);

    @Override
    @Message("After your report we monitor the server for {minimum} to {maximum}. Once it stays clean, we relax the restriction step by step, or lift it.")
    String restrictionAfterReportHtml(String minimum, String maximum);

    @Override
    @Message("We apologize for the inconvenience and thank you for your cooperation.")
    String restrictionApology();

    @Override
    @Message("{#when metric}{#is 'mail_sent_per_hour'}{number} messages{#else}{number}{/when}")
    String metricValue(String metric, String number);

    @Override
    @Message("Important: abuse seen again, restriction kept at its strictest ({account})")
    String relapseAtTopSubject(String account);

    @Override
    @Message("We saw abuse from your server account ({account}) again. The restriction is already at its strictest\nstage, so it stays as it is.")
    String relapseAtTopIntroText(String account);

    @Override
    @Message("We saw abuse from your server account ({account}) again. The restriction is already at its strictest stage, so it stays as it is.")
    String relapseAtTopIntroHtml(String account);

    @Override
    @Message("After reviewing your server account ({account}), our abuse desk has tightened the restriction again.")
    String reRestrictedByDeskIntroText(String account);

    @Override
    @Message("After reviewing your server account ({account}), our abuse desk has tightened the restriction again.")
    String reRestrictedByDeskIntroHtml(String account);

    @Override
    @Message("Our abuse desk reviewed your server account and decided that a stricter restriction is needed.")
    String reRestrictedByDesk();

    @Override
    @Message("Measured {at}: the {metric} reached {value}, over the limit of {bound} at which we treat the abuse as back.")
    String relapseSeen(String at, String metric, String value, String bound);

    @Override
    @Message("{#if unchanged}The restriction stays at its strictest stage (stage {stage} of {top})."
            + "{#else if stage == top}The restriction is back at its strictest stage (stage {stage} of {top})."
            + "{#else}The restriction is back at stage {stage} of {top}.{/if}")
    String reRestrictedStage(int stage, int top, boolean unchanged);

    @Override
    @Message("The clean time is counted again from now: once every figure stays within its limits for {window}, we relax the restriction step by step.")
    String reRestrictedCleanWindow(String window);

    @Override
    @Message("Monitoring starts once we receive your report.")
    String reRestrictedMonitoringAfterReport();

    @Override
    @Message("From now on, a member of our staff reviews your server account in person and will contact you.")
    String reRestrictedEscalated();

    @Override
    @Message("Your new report:")
    String reRestrictedNewReport();

    @Override
    @Message("When you are done, please send us a new report on this page. It also shows where you stand:")
    String reRestrictedNewReportHere();

    @Message("Resent: the restriction on your server account, with a new report link ({account})")
    String noticeResentSubject(String account);

    @Override
    @Message("This link has expired")
    String linkExpiredTitle();

    @Override
    @Message("Report links stop working {ttl} after we send them. Please reply to the mail you received from us, "
            + "or contact our support, and we will send you a new link.")
    String linkExpiredBody(String ttl);

    // --- mails: the report reminder ---------------------------------------------------------------------------------

    @Override
    @Message("Reminder: we are waiting for your report ({account})")
    String reportReminderSubject(String account);

    @Override
    @Message("We wrote to you about the restriction of your server account ({account}) and have not yet\nreceived your report.")
    String reminderIntroText(String account);

    @Override
    @Message("We wrote to you about the restriction of your server account ({account}) and have not yet received your report.")
    String reminderIntroHtml(String account);

    @Override
    @Message("Once you have finished, please tell us on the page below. When you report, you will confirm that you have:")
    String reminderCheck();

    @Override
    @Message("If you have sent your report in the meantime, please disregard this reminder. Thank you for your cooperation.")
    String reminderCrossed();

    // --- report page: the form of a later report round ---------------------------------------------------------------

    @Override
    @Message("Monitoring goes on after your report. You can follow it on this page.")
    String afterSendingAgain();

    @Override
    @Message("{#when cause}"
            + "{#is 'MASS_MAIL'}A large amount of what appears to be spam was being sent from your server account."
            + "{#is 'CMS_BRUTE_FORCE'}Someone was repeatedly trying to log in to your CMS admin pages (WordPress, for example) by guessing passwords."
            + "{#is 'MALWARE'}We found a malicious program (malware) on your server that a third party appears to have placed there."
            + "{#is 'FTP_CREDENTIAL_LEAK'}A third party was logging in to your server over FTP with what appear to be leaked FTP credentials."
            + "{#else}We saw suspicious access and activity on your server account.{/when}")
    String causeDetected(String cause);

    @Override
    @Message("Details: {summary}")
    String evidenceDetail(String summary);

    @Override
    @Message("{#if cause == 'CMS_BRUTE_FORCE'}A third party is very likely to log in to your account without permission. "
            + "To stop the damage from spreading, we have restricted your server account as follows."
            + "{#else if cause == 'FTP_CREDENTIAL_LEAK'}Your login credentials are very likely being misused by a third party. "
            + "To stop the damage from spreading, we have restricted your server account as follows."
            + "{#else}A program on your account very likely has a serious vulnerability that lets a third party run commands or place files. "
            + "To stop the damage from spreading, we have restricted your server account as follows.{/if}")
    String restrictionReason(String cause);

    @Override
    @Message("What usually causes this:")
    String rootCauseHeading();

    @Override
    @Message("{#when cause}"
            + "{#is 'MASS_MAIL'}Mass mailing like this usually comes from a public form (a contact form, for example) abused by a bot, "
            + "or from a malicious program placed through a vulnerable program such as a CMS plugin or theme. "
            + "Please add reCAPTCHA to your public forms, update your programs, and remove any files you do not recognize."
            + "{#is 'CMS_BRUTE_FORCE'}Logins to your admin pages are being tried again and again from abroad; an easily guessed password "
            + "will sooner or later let someone in. Please change your CMS admin and FTP passwords to new, hard-to-guess ones, "
            + "and delete admin accounts nobody uses."
            + "{#is 'MALWARE'}Malicious programs are usually placed through a vulnerable program such as a CMS plugin or theme. "
            + "Removing the files found is not enough, as they may be placed again: please update your programs to their latest "
            + "versions and check for tampered files as well."
            + "{#is 'FTP_CREDENTIAL_LEAK'}FTP credentials usually leak from a computer infected with a virus, or through a password "
            + "that was easy to guess. Please check the virus protection of the computers you use FTP from, then change your FTP "
            + "and CMS admin passwords to new ones."
            + "{#else}The usual root causes are a vulnerable program (a CMS plugin or theme, for example) that lets a third party run "
            + "commands or place files, and leaked FTP credentials. Please also change your admin passwords to hard-to-guess ones.{/when}")
    String rootCause(String cause);

    @Override
    @Message("{desk}, {provider}")
    String signatureFrom(String provider, String desk);

    @Override
    @Message("Phone: {phone}{#if hours} ({hours}){/if}")
    String signaturePhone(String phone, String hours);

    @Override
    @Message("Contact form: {url}")
    String signatureForm(String url);

    @Override
    @Message("Hours: {hours}")
    String signatureHours(String hours);

    @Override
    @Message("--")
    String signatureRule();

    @Override
    @Message(" ")
    String durationSeparator();

    @Override
    @Message("Important: the restriction on your server account was tightened ({account})")
    String reRestrictedByDeskSubject(String account);

    @Message("We received your report of {reportedAt}, thank you. You can see where your account\nstands on this page:")
    String restrictionReportedText(String reportedAt);

    @Override
    @Message("Your report")
    String restrictionReportedHeading();

    @Override
    @Message("We received your report of {reportedAt}, thank you. You can see where your account stands on this page:")
    String restrictionReportedHtml(String reportedAt);
}
