package org.probation.console;

import java.util.List;
import java.util.UUID;

import org.probation.console.model.ChartDrawing;

import io.quarkus.qute.TemplateData;

/**
 * Everything the incident page shows, already in the operator's language where the words are ours; times are written
 * in the desk's zone. Enum values stay names: the page's bundle words them. The live regions ({@link StatusRegion},
 * {@link ChartsRegion}, {@link TimelineRegion}) are values of their own: each is also built and served alone.
 *
 * @param contact the account's e-mail address masked as the timeline writes addresses ({@code o***@example.jp})
 * @param zone the zone every time on the page is written in, with its offset ({@code JST, UTC+09:00})
 */
@TemplateData
public record IncidentPageView(UUID id, String accountId, String accountName, String contact, String locale,
        List<String> domains, String cause, String evidenceSummary, List<String> evidenceDomains,
        List<Figure> evidenceFigures, String policy, StatusRegion status, List<Report> reports, ChartsRegion charts,
        TimelineRegion timeline, Actions actions, String zone) {

    public String state() {
        return status.state();
    }

    public int stage() {
        return status.stage();
    }

    public boolean open() {
        return !"LIFTED".equals(state());
    }

    /**
     * This page with {@code action}'s form too: a refused action whose form the state no longer offers is shown again
     * with its refusal and the reason the operator typed, not dropped.
     */
    public IncidentPageView withForm(String action) {
        if (actions.offers(action)) {
            return this;
        }
        List<String> offered = new java.util.ArrayList<>(actions.offered());
        offered.add(action);
        return new IncidentPageView(id, accountId, accountName, contact, locale, domains, cause, evidenceSummary,
                evidenceDomains, evidenceFigures, policy, status, reports, charts, timeline,
                new Actions(List.copyOf(offered), actions.stages(), actions.topStage()), zone);
    }

    /**
     * The status region: the state, the ladder, what holds the next step back and each policy's verdict.
     *
     * @param verdicts the real policy's first, then each shadow policy's
     */
    @TemplateData
    public record StatusRegion(String state, int stage, int topStage, int relapses, String openedAt, String reportedAt,
            String monitoringSince, String monitoringUntil, String closedAt, List<Rung> ladder, Standing standing,
            List<Verdict> verdicts) {
    }

    /** The charts region: one chart per gated metric; {@code zone} as on the page. */
    @TemplateData
    public record ChartsRegion(List<Chart> charts, String zone) {
    }

    /** The timeline region: the timeline's entries, oldest first, and the notifications of the outbox. */
    @TemplateData
    public record TimelineRegion(List<Entry> entries, List<Mail> mails) {
    }

    /** A figure of the evidence, or a chart's statistic: the metric in words and its value as a customer reads it. */
    @TemplateData
    public record Figure(String metric, String name, String value) {
    }

    /**
     * One stage of the policy's ladder, strictest first.
     *
     * @param title the customer's title of the stage in the page's language, empty when the policy gives none
     * @param controls what the stage restricts, in words
     */
    @TemplateData
    public record Rung(int level, String name, String title, List<String> controls, String cleanWindow,
            boolean approval, boolean current) {
    }

    /**
     * Where the incident stands and what holds its next step back.
     *
     * @param holdups in the operator's language; empty when nothing holds it back
     * @param engineHoldups the engine's own words (English), as the API gives them
     */
    @TemplateData
    public record Standing(String summary, List<String> holdups, List<String> engineHoldups, String nextStepAt,
            String earliestLiftAt, boolean awaitingApproval, boolean toReview) {
    }

    /** A report with its checklist answers labelled in the page's language; {@code toReview}: the one to read now. */
    @TemplateData
    public record Report(long id, String channel, String receivedAt, String actor, List<Answer> answers,
            String message, boolean toReview) {
    }

    @TemplateData
    public record Answer(String key, String label, boolean answer) {
    }

    /** A notification of the outbox: the recipient of a mail masked; a webhook's is the webhook's name. */
    @TemplateData
    public record Mail(long id, String channel, String kind, String recipient, String createdAt, String sentAt,
            String status, int attempts, String lastError) {
    }

    /** A timeline entry. */
    @TemplateData
    public record Entry(long id, String type, String at, String actor, String reason, Integer fromStage,
            Integer toStage, String figures) {
    }

    /**
     * What a policy made of the incident: the real one first, then each shadow policy's.
     *
     * @param lastType and {@code lastReason}, {@code lastAt}: the policy's newest timeline entry
     */
    @TemplateData
    public record Verdict(String policy, boolean shadow, String state, int stage, int relapses, String lastType,
            String lastAt, String lastReason) {
    }

    /**
     * One gated metric's chart and its text summary.
     *
     * @param bounds each stage's bounds in words, strictest stage first
     * @param current the bounds in force now, {@code null} when none (lifted, or a stage does not gate the metric)
     */
    @TemplateData
    public record Chart(String metric, String name, int samples, ChartDrawing drawing, String min, String max,
            String last, List<StageBound> bounds, StageBound current) {
    }

    @TemplateData
    public record StageBound(int level, String stageName, String clean, String relapse) {
    }

    /**
     * The actions this state offers (the server checks again on posting).
     *
     * @param offered action names, in the order the page lists them
     * @param stages the stages {@code RESTRICT} may choose, strictest first
     */
    @TemplateData
    public record Actions(List<String> offered, List<Rung> stages, int topStage) {

        public boolean offers(String action) {
            return offered.contains(action);
        }
    }
}
