package org.probation.console.web;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * One incident of the list.
 *
 * @param needs why it needs a person first ({@code REST} when it does not)
 * @param stageName the policy's name of the stage, {@code ""} when it has none (stage 0, once lifted)
 * @param monitoringDays with {@code monitoringHours} and {@code monitoringMinutes}: how long it has been monitored
 *        ({@code monitored} false when monitoring has not started)
 * @param earliestLift when it can be lifted at the earliest if every metric stays clean, in UTC; {@code null} when
 *        that is not known (waiting for a report, escalated, lifted)
 */
@TemplateData
public record ListRow(String id, String account, String accountName, List<String> domains, String cause, String state,
        int stage, int topStage, String stageName, int relapses, boolean monitored, long monitoringDays,
        long monitoringHours, long monitoringMinutes, String earliestLift, String earliestLiftIso, String needs) {

    public boolean needsPerson() {
        return !"REST".equals(needs);
    }

    /** Restricted and not yet reported: it waits for the customer's report. */
    public boolean awaitingReport() {
        return "RESTRICTED".equals(state);
    }
}
