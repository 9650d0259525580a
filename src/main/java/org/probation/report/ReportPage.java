package org.probation.report;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * Everything the report page shows, already in the page's language. Nothing here is an operator's note.
 *
 * @param switchHref the same page in the other language
 * @param action where the form posts (the link itself, keeping the language)
 * @param issuedAt and {@code nonce}: the form's anti-forgery pair, see {@code ReportToken#formNonce}
 * @param reported whether the current report round has its report: the page then shows the status, not the form
 * @param monitoring whether monitoring has started: a report asked for again after a relapse does not start it
 * @param causeWords the incident's cause in the customer's words, before the operator's evidence summary
 * @param stageTitle the stage's customer title, or empty (the controls say what is restricted)
 * @param signature the lines that close the page: provider and desk, phone and hours, contact form
 */
@TemplateData
public record ReportPage(String lang, String switchHref, String switchLabel, String action, String accountId,
        String accountName, String evidenceSummary, List<String> domains, boolean reported, int stage, int topStage,
        List<String> controls, List<Item> checklist, String message, long issuedAt, String nonce, List<String> errors,
        String summary, List<String> holdups, String nextStepAt, String earliestLiftAt, List<Step> history,
        boolean monitoring, String causeWords, String stageTitle, List<String> signature) {

    @TemplateData
    public record Item(String key, String id, String label, String explanation, boolean required, boolean checked) {
    }

    @TemplateData
    public record Step(String at, String text) {
    }
}
