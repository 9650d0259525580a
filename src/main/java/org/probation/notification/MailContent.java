package org.probation.notification;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * What a customer mail says, ready for its templates. Times are already written in the mail's zone and language.
 *
 * @param controls the restriction in plain words, one sentence per control
 * @param checklist the remediation checklist in the account's language
 * @param reason the event's reason as the timeline has it, in the desk's words: no customer mail prints it
 * @param reRestriction why and how the restriction came back, for the re-restriction mail
 * @param stageName the operators' name of the stage ({@code foreign-blocked}): no customer mail prints it
 * @param cause the incident's cause ({@code MASS_MAIL}); the mails say it in words through the bundle
 * @param stageTitle the stage's customer title in the mail's language, or empty: the controls say what is restricted
 * @param signature the lines that close the mail: provider and desk, phone and hours, contact form
 * @param roundReportedAt when the current report round was answered, in words; empty while it waits for a report: a
 *        notice resent then says the report arrived instead of asking for it
 */
@TemplateData
public record MailContent(String accountId, String accountName, String cause, String evidenceSummary,
        List<String> affectedDomains, List<String> accountDomains, String stageName, List<String> controls,
        List<String> checklist, String reportLink, String reason, String earliestLift, String minimumMonitoring,
        String maximumMonitoring, int relapses, boolean falsePositive, ReRestriction reRestriction, String stageTitle,
        List<String> signature, String roundReportedAt) {

    /**
     * A re-restriction in the customer's words. Either the engine saw a relapse ({@code relapse}: which figure went
     * over which limit, and when) or the desk restricted again after review (the operator's reason is for the
     * timeline, not for the customer, so it is not here).
     *
     * @param metric the metric in words (「1 時間あたりのメール送信数」), empty for the desk
     * @param value the value seen, with its unit or as a percentage
     * @param bound the relapse bound it went over, written like the value
     * @param seenAt when the sample was taken, in the customer's zone
     * @param stageUnchanged a relapse at the top stage: nothing got stricter, the restriction stays
     * @param escalated a person reviews the account now
     * @param monitoring monitoring goes on (its clean time restarted); otherwise it starts with the report
     * @param cleanWindow the clean time the stage needs before it relaxes
     */
    @TemplateData
    public record ReRestriction(boolean relapse, String metric, String value, String bound, String seenAt,
            int stage, int topStage, boolean stageUnchanged, boolean escalated, boolean monitoring,
            String cleanWindow) {
    }
}
