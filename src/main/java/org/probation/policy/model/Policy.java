package org.probation.policy.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named ladder of stages plus the rules of the monitoring period. Policies come from configuration, never code.
 *
 * @param stages strictest first: {@code stages.get(0)} is the top stage, level {@code stages.size()}
 * @param repeatPolicy the policy a repeat offender starts on (a new incident within {@code repeatWindow} of a lift)
 * @param shadow evaluated beside the real policy on the same samples, changing nothing
 * @param reportReminderAfter a report round without a report this long gets one reminder mail; empty: none
 * @param reportDeadline an incident without any report this long after the customer was asked is escalated; empty:
 *        never
 */
public record Policy(String name, Duration sampleInterval, double minCoverage, Duration minMonitoring,
        Duration maxMonitoring, int maxRelapses, Duration noDataAfter, RelapseTarget relapseTo,
        Optional<String> repeatPolicy, Duration repeatWindow, boolean shadow, Map<String, Gate> gates,
        List<Stage> stages, List<ChecklistItem> checklist, Optional<Duration> reportReminderAfter,
        Optional<Duration> reportDeadline) {

    public Policy {
        // Insertion order (the policy file's order) keeps reasons and views stable from run to run.
        gates = Collections.unmodifiableMap(new LinkedHashMap<>(gates));
        stages = List.copyOf(stages);
        checklist = List.copyOf(checklist);
    }

    public int topLevel() {
        return stages.size();
    }

    public boolean hasStage(int level) {
        return level >= 1 && level <= topLevel();
    }

    /** The stage at {@code level} (1..top). */
    public Stage stage(int level) {
        if (!hasStage(level)) {
            throw new IllegalArgumentException("policy " + name + " has no stage " + level);
        }
        return stages.get(topLevel() - level);
    }

    /** The gates in force at {@code level}: the policy's gates with the stage's overrides applied. */
    public Map<String, Gate> gatesAt(int level) {
        if (!hasStage(level)) {
            return gates;
        }
        Map<String, Gate> merged = new LinkedHashMap<>(gates);
        merged.putAll(stage(level).gateOverrides());
        return merged;
    }

    public List<ChecklistItem> checklistFor(String cause) {
        return checklist.stream().filter(item -> item.appliesTo(cause)).toList();
    }
}
