package org.probation.console.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link IncidentPageMessages} in English. */
@Localized("en")
public interface EnglishIncidentPageMessages extends IncidentPageMessages {

    @Override
    @Message("Incident {accountId}")
    String title(String accountId);

    @Override
    @Message("Incident of account {accountId}")
    String heading(String accountId);

    @Override
    @Message("Account")
    String account();

    @Override
    @Message("Account ID")
    String accountId();

    @Override
    @Message("Name")
    String accountName();

    @Override
    @Message("Contact (partly masked)")
    String contact();

    @Override
    @Message("Language of mails")
    String locale();

    @Override
    @Message("{#if tag == 'en'}English{#else}Japanese{/if}")
    String localeName(String tag);

    @Override
    @Message("Domains")
    String domains();

    @Override
    @Message("What was detected")
    String evidence();

    @Override
    @Message("Cause")
    String cause();

    @Override
    @Message("Summary")
    String evidenceSummary();

    @Override
    @Message("Domains concerned")
    String evidenceDomains();

    @Override
    @Message("Figures at detection")
    String evidenceFigures();

    @Override
    @Message("Policy")
    String policy();

    @Override
    @Message("State")
    String state();

    @Override
    @Message("Stage")
    String stage();

    @Override
    @Message("{#if stage == 0}lifted{#else}{stage} of {top}{/if}")
    String stageOf(int stage, int top);

    @Override
    @Message("Relapses")
    String relapses();

    @Override
    @Message("Restricted")
    String openedAt();

    @Override
    @Message("Report received")
    String reportedAt();

    @Override
    @Message("Monitoring since")
    String monitoringSince();

    @Override
    @Message("Monitoring until")
    String monitoringUntil();

    @Override
    @Message("Closed")
    String closedAt();

    @Override
    @Message("All times in {zone}")
    String timesIn(String zone);

    @Override
    @Message("Stages of the restriction")
    String ladder();

    @Override
    @Message("current stage")
    String currentStage();

    @Override
    @Message("Stage {level}")
    String level(int level);

    @Override
    @Message("next stage after {window} within the bounds")
    String cleanWindow(String window);

    @Override
    @Message("relaxing needs an operator's approval")
    String approvalNeeded();

    @Override
    @Message("Before the next stage")
    String standing();

    @Override
    @Message("Nothing holds the next step back.")
    String nothingHolds();

    @Override
    @Message("Next stage at the earliest")
    String nextStepAt();

    @Override
    @Message("Lift at the earliest")
    String earliestLiftAt();

    @Override
    @Message("The next stage waits for an operator's approval.")
    String awaitingApproval();

    @Override
    @Message("The customer's report waits to be reviewed.")
    String reportToReview();

    @Override
    @Message("In the engine's words")
    String engineWords();

    @Override
    @Message("Verdicts of the policies")
    String verdicts();

    @Override
    @Message("in force")
    String realPolicy();

    @Override
    @Message("shadow (judges only, restricts nothing)")
    String shadowPolicy();

    @Override
    @Message("Latest entry")
    String lastEntry();

    @Override
    @Message("Measurements over the monitoring period")
    String charts();

    @Override
    @Message("The line is the measurements (each stretch's minimum and maximum). Where it breaks, no measurement arrived. Green dashes are the clean bound, red dashes the relapse bound (per stage), vertical lines stage changes and relapses, the shaded area the current clean window.")
    String chartLegend();

    @Override
    @Message("Chart of {metric}")
    String chartLabel(String metric);

    @Override
    @Message("{samples} samples ({points} points drawn)")
    String sampleCount(int samples, int points);

    @Override
    @Message("min {min}, max {max}, latest {last}")
    String minMaxLast(String min, String max, String last);

    @Override
    @Message("No samples in this period.")
    String noSamples();

    @Override
    @Message("Data missing in {gaps} places")
    String gaps(int gaps);

    @Override
    @Message("Stage {level} ({name}): clean at most {clean}, relapse from {relapse}")
    String bound(int level, String name, String clean, String relapse);

    @Override
    @Message("Bounds now")
    String currentBound();

    @Override
    @Message("Stage changes and relapses")
    String markers();

    @Override
    @Message("The customer's reports")
    String reports();

    @Override
    @Message("No report yet.")
    String noReports();

    @Override
    @Message("to review")
    String toReview();

    @Override
    @Message("{#when channel}{#is 'FORM'}Report form{#is 'EMAIL_REPLY'}Mail reply{#is 'PHONE'}Phone{#is 'OPERATOR'}Operator's record{#else}{channel}{/when}")
    String channel(String channel);

    @Override
    @Message("Recorded by")
    String reportedBy();

    @Override
    @Message("{#if answer}done{#else}not done{/if}")
    String answer(boolean answer);

    @Override
    @Message("The customer's message")
    String customerMessage();

    @Override
    @Message("Notifications sent")
    String mails();

    @Override
    @Message("No notification yet.")
    String noMails();

    @Override
    @Message("Kind")
    String kind();

    @Override
    @Message("Recipient")
    String recipient();

    @Override
    @Message("Written")
    String createdAt();

    @Override
    @Message("Sent")
    String sentAt();

    @Override
    @Message("Status")
    String status();

    @Override
    @Message("Attempts")
    String attempts();

    @Override
    @Message("Last error")
    String lastError();

    @Override
    @Message("{#when status}{#is 'PENDING'}waiting{#is 'SENT'}sent{#is 'DEAD'}given up{#else}{status}{/when}")
    String mailStatus(String status);

    @Override
    @Message("{#when kind}{#is 'RESTRICTION_NOTICE'}Restriction notice{#is 'REPORT_RECEIVED'}Report received"
            + "{#is 'STAGE_RELAXED'}Stage relaxed{#is 'LIFTED'}Lifted{#is 'RE_RESTRICTED'}Restricted again"
            + "{#is 'NOTICE_RESENT'}Notice resent{#is 'REPORT_REMINDER'}Report reminder"
            + "{#is 'DECISION'}Decision webhook{#is 'REPORT_WEBHOOK'}Report webhook"
            + "{#is 'ALERT_ESCALATED'}Operator alert (escalated){#is 'ALERT_NO_DATA'}Operator alert (no data)"
            + "{#is 'ALERT_RELAPSED'}Operator alert (relapse){#is 'ALERT_APPROVAL_REQUESTED'}Operator alert (awaiting approval)"
            + "{#is 'ALERT_SOURCE_FAILING'}Operator alert (data source failing)"
            + "{#is 'ALERT_DEAD_NOTIFICATION'}Operator alert (notification given up)"
            + "{#is 'ALERT_REPORT_RECEIVED'}Operator alert (report received)"
            + "{#else}Operator alert ({kind}){/when}")
    String mailKind(String kind);

    @Override
    @Message("Timeline")
    String timeline();

    @Override
    @Message("When")
    String at();

    @Override
    @Message("What")
    String event();

    @Override
    @Message("Who")
    String actor();

    @Override
    @Message("Reason")
    String reason();

    @Override
    @Message("stage {from} → {to}")
    String stageChange(Integer from, Integer to);

    @Override
    @Message("Actions")
    String actions();

    @Override
    @Message("Every action needs a reason; the reason stays in the timeline.")
    String actionsHint();

    @Override
    @Message("Reason (required)")
    String reasonLabel();

    @Override
    @Message("Approve: one stage down")
    String approve();

    @Override
    @Message("Stage")
    String targetStage();

    @Override
    @Message("Extend by (e.g. 48h, 2d, 30m)")
    String duration();

    @Override
    @Message("Read-only access: no action can be taken.")
    String viewerCannotAct();

    @Override
    @Message("Nothing was done.")
    String refused();

    @Override
    @Message("{#when kind}{#is 'REASON_MISSING'}Please give a reason."
            + "{#is 'REASON_INVALID'}The reason must be at most 2000 characters, without control characters."
            + "{#is 'UNKNOWN_ACTION'}There is no such action."
            + "{#is 'STAGE_INVALID'}The policy has no such stage."
            + "{#is 'DURATION_INVALID'}Please give how long to extend (e.g. 48h, 2d)."
            + "{#is 'CLOSED'}This incident is closed; only a note can be added."
            + "{#is 'EXTEND_BEFORE_MONITORING'}Monitoring can be extended only once it has started (after the customer's report)."
            + "{#is 'RESUME_NOT_ESCALATED'}Only an escalated incident can resume monitoring."
            + "{#is 'CHANGED_MEANWHILE'}The incident changed after this page was opened (another action or the engine). Please reload the page and try again."
            + "{#else}The incident's current state does not allow this action.{/when}")
    String refusal(String kind);

    @Override
    @Message("The rules said")
    String refusalDetail();

    @Override
    @Message("Incident not found")
    String notFound();

    @Override
    @Message("This incident does not exist.")
    String notFoundText();
}
