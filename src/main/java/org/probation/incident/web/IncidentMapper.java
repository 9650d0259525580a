package org.probation.incident.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.incident.model.Progress;
import org.probation.incident.persistence.EventEntity;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.ReportRepository;
import org.probation.policy.ControlsView;
import org.probation.policy.model.ChecklistItem;
import org.probation.policy.model.Policy;

/** Entities to API views, at the edge. */
@ApplicationScoped
class IncidentMapper {

    private final Clock clock;

    IncidentMapper(Clock clock) {
        this.clock = clock;
    }

    IncidentView toView(IncidentEntity incident, Policy policy) {
        var account = incident.account;
        var stage = incident.lifecycle.stage == 0 ? new IncidentView.StageView(0, "lifted", null)
                : new IncidentView.StageView(incident.lifecycle.stage, policy.stage(incident.lifecycle.stage).name(),
                        ControlsView.of(policy.stage(incident.lifecycle.stage).controls()));
        Progress progress = Progress.of(incident.status(), incident.decodedTracks(policy),
                policy, clock.instant());
        return new IncidentView(incident.id,
                new IncidentView.AccountView(account.id, account.email, account.locale, account.name,
                        account.domains),
                incident.cause, incident.policy, incident.lifecycle.state, stage, incident.lifecycle.relapses,
                incident.lifecycle.openedAt,
                incident.lifecycle.reportedAt, incident.lifecycle.monitoringSince, incident.lifecycle.monitoringUntil,
                incident.lifecycle.stageSince,
                incident.lifecycle.cleanSince, incident.lifecycle.closedAt,
                new IncidentView.EvidenceView(incident.evidenceSummary,
                        incident.evidenceDomains == null ? List.of() : incident.evidenceDomains,
                        incident.evidenceFigures == null ? Map.of() : incident.evidenceFigures),
                progress.gates(), new IncidentView.ProgressView(progress.summary(), progress.holdups(),
                        progress.nextStepAt(), progress.earliestLiftAt(), progress.awaitingApproval()),
                incident.reportToReviewId == null ? null
                        : new IncidentView.ReportToReviewView(incident.reportToReviewId, incident.reportToReviewAt));
    }

    /**
     * The answers in the order of the policy's checklist (English labels: the desk's language), then any key the
     * policy no longer has.
     */
    ReportView toView(ReportRepository.ReportRow report, List<ChecklistItem> checklist) {
        Map<String, Boolean> answers = new TreeMap<>(report.checklist() == null ? Map.of() : report.checklist());
        List<ReportView.AnswerView> views = new ArrayList<>();
        for (ChecklistItem item : checklist) {
            Boolean answer = answers.remove(item.key());
            if (answer != null) {
                views.add(new ReportView.AnswerView(item.key(), item.label("en"), answer));
            }
        }
        answers.forEach((key, answer) -> views.add(new ReportView.AnswerView(key, null, answer)));
        return new ReportView(report.id(), report.channel(), views, report.message(), report.actor(),
                report.receivedAt());
    }

    EventView toView(EventEntity event) {
        return new EventView(event.id, event.type, event.occurredAt, event.actor, event.reason, event.fromState,
                event.toState, event.fromStage, event.toStage, event.figures);
    }
}
