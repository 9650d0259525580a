package org.probation.notification;

import java.util.List;

/**
 * What a customer mail says, ready for its templates. Times are already written in the mail's zone and language.
 *
 * @param controls the restriction in plain words, one sentence per control
 * @param checklist the remediation checklist in the account's language
 */
public record MailContent(String accountId, String accountName, String cause, String evidenceSummary,
        List<String> affectedDomains, List<String> accountDomains, String stageName, List<String> controls,
        List<String> checklist, String reportLink, String reason, String earliestLift, String minimumMonitoring,
        String maximumMonitoring, int relapses, boolean falsePositive) {
}
