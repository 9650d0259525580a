package org.probation.report.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.model.Progress;
import org.probation.incident.model.Progress.GateProgress;
import org.probation.policy.model.Policy;
import org.probation.words.i18n.CustomerMessages;
import org.probation.words.i18n.Language;
import org.probation.words.model.Words;

/**
 * What the report page tells a customer, in the page's language: where the incident stands, what holds the next step
 * back, and the timeline in the desk's words. Operator notes and reasons never reach the customer; only the kind of
 * each step does.
 */
public final class CustomerWords {

    private CustomerWords() {
    }

    /** One sentence: where the incident stands. */
    public static String summary(IncidentStatus status, Policy policy, Language language) {
        CustomerMessages words = language.messages();
        return switch (status.state()) {
            case RESTRICTED -> words.summaryRestricted();
            case MONITORING -> status.stage() == 1 ? words.summaryMonitoringLastStage() : words.summaryMonitoring();
            case ESCALATED -> words.summaryEscalated();
            case LIFTED -> words.summaryLifted();
        };
    }

    /** What still holds the next step back, in the customer's terms; empty when nothing does. */
    public static List<String> holdups(IncidentStatus status, Progress progress, Policy policy, Instant now,
            Language language) {
        CustomerMessages words = language.messages();
        List<String> lines = new ArrayList<>();
        if (status.state() != IncidentState.MONITORING) {
            return lines;
        }
        Duration window = policy.stage(status.stage()).cleanWindow();
        if (status.cleanSince() != null && now.isBefore(status.cleanSince().plus(window))) {
            Duration clean = Duration.between(status.cleanSince(), now).withNanos(0);
            // Right after the report "0 seconds so far" says nothing: the sentence stops at the window.
            String elapsed = clean.toMinutes() < 1 ? "" : Words.duration(clean, language);
            lines.add(words.holdupCleanWindow(Words.duration(window, language), elapsed));
        }
        for (GateProgress gate : progress.gates()) {
            String name = words.metric(gate.metric());
            if (gate.lastAt() == null) {
                lines.add(words.holdupNoMeasurement(name));
            } else if (gate.lastValue() != null && gate.lastValue() > gate.clean()) {
                lines.add(words.holdupOverLimit(name));
            } else if (gate.coverage() == null || gate.coverage() < policy.minCoverage()) {
                lines.add(words.holdupTooFewMeasurements(name));
            }
        }
        if (status.stage() == 1 && status.monitoringSince() != null
                && now.isBefore(status.monitoringSince().plus(policy.minMonitoring()))) {
            lines.add(words.holdupMinimumMonitoring(Words.duration(policy.minMonitoring(), language)));
        }
        if (policy.stage(status.stage()).operatorApproval()) {
            lines.add(words.holdupApproval());
        }
        return lines;
    }

    /** A timeline entry as the customer reads it; empty for the desk's internal entries. */
    public static Optional<String> step(EventType type, Integer toStage, Language language) {
        CustomerMessages words = language.messages();
        String text = switch (type) {
            case OPENED -> words.stepOpened();
            case REPORT_RECEIVED -> words.stepReportReceived();
            case MONITORING_STARTED -> words.stepMonitoringStarted();
            case STEPPED_DOWN -> words.stepSteppedDown();
            case LIFTED, CANCELLED -> words.stepLifted();
            case RESTRICTED -> words.stepRestricted();
            case RELAPSED -> words.stepRelapsed();
            case EXTENDED -> words.stepExtended();
            case RESUMED -> words.stepResumed();
            case ESCALATED -> words.stepEscalated();
            case NOTE, NO_DATA, APPROVAL_REQUESTED, NOTICE_RESENT, CONTACT_CHANGED -> null;
            // The reminder is a mail of its own; the history shows what happened to the account.
            case REPORT_REMINDED -> null;
        };
        return Optional.ofNullable(text);
    }
}
