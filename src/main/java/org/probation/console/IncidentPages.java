package org.probation.console;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.console.IncidentChartsView.GateChart;
import org.probation.console.IncidentChartsView.StageBounds;
import org.probation.console.IncidentPageView.Actions;
import org.probation.console.IncidentPageView.Answer;
import org.probation.console.IncidentPageView.Chart;
import org.probation.console.IncidentPageView.ChartsRegion;
import org.probation.console.IncidentPageView.Entry;
import org.probation.console.IncidentPageView.Figure;
import org.probation.console.IncidentPageView.Mail;
import org.probation.console.IncidentPageView.Report;
import org.probation.console.IncidentPageView.Rung;
import org.probation.console.IncidentPageView.StageBound;
import org.probation.console.IncidentPageView.Standing;
import org.probation.console.IncidentPageView.StatusRegion;
import org.probation.console.IncidentPageView.TimelineRegion;
import org.probation.console.IncidentPageView.Verdict;
import org.probation.console.model.ChartSvg;
import org.probation.console.model.Masked;
import org.probation.evaluation.shadow.ShadowRuns;
import org.probation.evaluation.shadow.ShadowView;
import org.probation.incident.IncidentService;
import org.probation.incident.model.ActionType;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.Progress;
import org.probation.incident.persistence.EventEntity;
import org.probation.incident.persistence.EventRepository;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.ReportRepository;
import org.probation.notification.persistence.NotificationEntity;
import org.probation.notification.persistence.NotificationRepository;
import org.probation.policy.model.ChecklistItem;
import org.probation.policy.model.Policy;
import org.probation.policy.model.Stage;
import org.probation.report.model.CustomerWords;
import org.probation.words.WordsConfig;
import org.probation.words.i18n.Language;
import org.probation.words.model.ControlsWording;
import org.probation.words.model.MetricWords;
import org.probation.words.model.Words;

/**
 * Reads what the console's incident page shows, in one transaction, in the operator's language: the whole page, or one
 * of its live regions alone, each reading only what it shows: the status region neither samples nor the whole
 * timeline, the timeline region no samples, the charts region neither reports nor the outbox.
 */
@ApplicationScoped
public class IncidentPages {

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("z, 'UTC'xxx", Locale.ENGLISH);

    private final IncidentService incidents;
    private final EventRepository events;
    private final IncidentCharts charts;
    private final ShadowRuns shadows;
    private final NotificationRepository notifications;
    private final WordsConfig words;
    private final Clock clock;

    IncidentPages(IncidentService incidents, EventRepository events, IncidentCharts charts, ShadowRuns shadows,
            NotificationRepository notifications, WordsConfig words, Clock clock) {
        this.incidents = incidents;
        this.events = events;
        this.charts = charts;
        this.shadows = shadows;
        this.notifications = notifications;
        this.words = words;
        this.clock = clock;
    }

    /** The whole page: the timeline is read once, for its region, the verdicts and the charts' markers. */
    @Transactional
    public IncidentPageView page(UUID id, Language language) {
        IncidentEntity incident = incidents.get(id);
        Policy policy = incidents.policyOf(incident);
        Instant now = clock.instant();
        List<EventEntity> timeline = incidents.timeline(id);
        EventEntity newest = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
        return new IncidentPageView(incident.id, incident.account.id, incident.account.name,
                Masked.email(incident.account.email), incident.account.locale, list(incident.account.domains),
                incident.cause.name(), incident.evidenceSummary, list(incident.evidenceDomains),
                figures(incident.evidenceFigures, language), policy.name(),
                status(incident, policy, newest, now, language), reports(incident, policy, language),
                charts(incident, policy, timeline, now, language), timeline(id, timeline, language),
                actions(incident, policy, language), zoneLabel(now, words.timeZone()));
    }

    /** The status region alone: the incident, its newest timeline entry and the shadow runs. */
    @Transactional
    public StatusRegion status(UUID id, Language language) {
        IncidentEntity incident = incidents.get(id);
        return status(incident, incidents.policyOf(incident), events.newest(id).orElse(null), clock.instant(),
                language);
    }

    /** The charts region alone: the incident, its timeline (the markers) and its samples, bucketed here. */
    @Transactional
    public ChartsRegion charts(UUID id, Language language) {
        IncidentEntity incident = incidents.get(id);
        return charts(incident, incidents.policyOf(incident), incidents.timeline(id), clock.instant(), language);
    }

    /** The timeline region alone: the timeline and the outbox's notifications. */
    @Transactional
    public TimelineRegion timeline(UUID id, Language language) {
        return timeline(id, incidents.timeline(id), language);
    }

    private StatusRegion status(IncidentEntity incident, Policy policy, EventEntity newest, Instant now,
            Language language) {
        var lifecycle = incident.lifecycle;
        Progress progress = Progress.of(incident.status(), incident.decodedTracks(policy), policy, now);
        Standing standing = new Standing(progress.summary(),
                CustomerWords.holdups(incident.status(), progress, policy, now, language), progress.holdups(),
                time(progress.nextStepAt(), language), time(progress.earliestLiftAt(), language),
                progress.awaitingApproval(), incident.reportToReviewId != null);
        return new StatusRegion(lifecycle.state.name(), lifecycle.stage, policy.topLevel(), lifecycle.relapses,
                time(lifecycle.openedAt, language), time(lifecycle.reportedAt, language),
                time(lifecycle.monitoringSince, language), time(lifecycle.monitoringUntil, language),
                time(lifecycle.closedAt, language), ladder(policy, lifecycle.stage, language), standing,
                verdicts(incident, newest, language));
    }

    private ChartsRegion charts(IncidentEntity incident, Policy policy, List<EventEntity> timeline, Instant now,
            Language language) {
        return new ChartsRegion(chartsOf(charts.of(incident, policy, timeline), policy, incident.lifecycle.stage,
                language), zoneLabel(now, words.timeZone()));
    }

    private TimelineRegion timeline(UUID id, List<EventEntity> timeline, Language language) {
        return new TimelineRegion(entries(timeline, language), mails(id, language));
    }

    private String time(Instant at, Language language) {
        return Words.time(at, words.timeZone(), language);
    }

    static String zoneLabel(Instant now, ZoneId zone) {
        return OFFSET.format(ZonedDateTime.ofInstant(now, zone)).replace("UTC+00:00", "UTC±00:00");
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<Figure> figures(Map<String, Double> figures, Language language) {
        if (figures == null) {
            return List.of();
        }
        return new TreeMap<>(figures).entrySet().stream().map(f -> new Figure(f.getKey(),
                MetricWords.name(f.getKey(), language), MetricWords.value(f.getKey(), f.getValue(), language)))
                .toList();
    }

    private static List<Rung> ladder(Policy policy, int current, Language language) {
        List<Rung> rungs = new ArrayList<>();
        for (Stage stage : policy.stages()) {
            rungs.add(new Rung(stage.level(), stage.name(), stage.title(language.tag()).orElse(""),
                    ControlsWording.describe(stage.controls(), language),
                    Words.duration(stage.cleanWindow(), language), stage.operatorApproval(),
                    stage.level() == current));
        }
        return rungs;
    }

    private List<Report> reports(IncidentEntity incident, Policy policy, Language language) {
        List<ChecklistItem> checklist = policy.checklistFor(incident.cause.name());
        List<Report> reports = new ArrayList<>();
        for (ReportRepository.ReportRow row : incidents.reports(incident.id)) {
            Map<String, Boolean> answers = new TreeMap<>(row.checklist() == null ? Map.of() : row.checklist());
            List<Answer> labelled = new ArrayList<>();
            for (ChecklistItem item : checklist) {
                Boolean answer = answers.remove(item.key());
                if (answer != null) {
                    labelled.add(new Answer(item.key(), item.label(language.tag()), answer));
                }
            }
            // A key the policy no longer has is still the customer's answer: shown by its key.
            answers.forEach((key, answer) -> labelled.add(new Answer(key, key, answer)));
            reports.add(new Report(row.id(), row.channel().name(), time(row.receivedAt(), language), row.actor(),
                    labelled, row.message(), Objects.equals(incident.reportToReviewId, row.id())));
        }
        return reports;
    }

    private List<Mail> mails(UUID id, Language language) {
        return notifications.ofIncident(id).stream()
                .map(row -> new Mail(row.id(), row.channel().name(), row.kind().name(),
                        row.channel() == NotificationEntity.Channel.MAIL ? Masked.email(row.recipient())
                                : row.recipient(),
                        time(row.createdAt(), language), time(row.sentAt(), language), row.status().name(),
                        row.attempts(), row.lastError()))
                .toList();
    }

    private List<Entry> entries(List<EventEntity> timeline, Language language) {
        return timeline.stream().map(e -> new Entry(e.id, e.type.name(), time(e.occurredAt, language), e.actor,
                e.reason, e.fromStage, e.toStage, figuresText(e.figures))).toList();
    }

    private static String figuresText(Map<String, Object> figures) {
        if (figures == null || figures.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        // A null figure is a fact too (a gate that never sent a sample has no last time): a dash, not "null".
        new TreeMap<>(figures).forEach((key, value) -> parts.add(key + " = " + (value == null ? "—" : value)));
        return String.join(", ", parts);
    }

    /** @param last the incident's newest timeline entry, {@code null} when none */
    private List<Verdict> verdicts(IncidentEntity incident, EventEntity last, Language language) {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(new Verdict(incident.policy, false, incident.lifecycle.state.name(), incident.lifecycle.stage,
                incident.lifecycle.relapses, last == null ? null : last.type.name(),
                last == null ? null : time(last.occurredAt, language), last == null ? null : last.reason));
        for (ShadowView shadow : shadows.of(incident.id)) {
            ShadowView.Entry newest = shadow.timeline().isEmpty() ? null
                    : shadow.timeline().get(shadow.timeline().size() - 1);
            verdicts.add(new Verdict(shadow.policy(), true, shadow.state().name(), shadow.stage(), shadow.relapses(),
                    newest == null ? null : newest.type().name(),
                    newest == null ? null : time(newest.at(), language), newest == null ? null : newest.reason()));
        }
        return verdicts;
    }

    private List<Chart> chartsOf(IncidentChartsView view, Policy policy, int currentStage, Language language) {
        ZoneId zone = words.timeZone();
        // The stage in force over the period: the top from the opening, then each change the timeline recorded.
        List<ChartSvg.StageFrom> stages = new ArrayList<>();
        stages.add(new ChartSvg.StageFrom(view.from(), policy.topLevel()));
        List<ChartSvg.Mark> marks = new ArrayList<>();
        for (IncidentChartsView.Marker marker : view.markers()) {
            if (marker.toStage() != null && !marker.toStage().equals(marker.fromStage())) {
                stages.add(new ChartSvg.StageFrom(marker.at(), marker.toStage()));
            }
            marks.add(new ChartSvg.Mark(marker.at(), marker.type().name(), time(marker.at(), language),
                    marker.fromStage(), marker.toStage()));
        }
        List<Chart> result = new ArrayList<>();
        for (GateChart gate : view.charts()) {
            Map<Integer, ChartSvg.Bounds> bounds = new LinkedHashMap<>();
            List<StageBound> words = new ArrayList<>();
            StageBound current = null;
            for (StageBounds stage : gate.stages()) {
                bounds.put(stage.level(), new ChartSvg.Bounds(stage.clean(), stage.relapse()));
                StageBound bound = new StageBound(stage.level(), stage.name(),
                        MetricWords.value(gate.metric(), stage.clean(), language),
                        MetricWords.value(gate.metric(), stage.relapse(), language));
                words.add(bound);
                if (stage.level() == currentStage) {
                    current = bound;
                }
            }
            var drawing = ChartSvg.draw(view.from(), view.until(), gate.points(), stages, bounds, marks,
                    view.cleanWindow() == null ? null : view.cleanWindow().from(), zone);
            result.add(new Chart(gate.metric(), MetricWords.name(gate.metric(), language), gate.samples(), drawing,
                    value(gate.metric(), drawing.minValue(), language),
                    value(gate.metric(), drawing.maxValue(), language),
                    value(gate.metric(), drawing.lastValue(), language), words, current));
        }
        return result;
    }

    private static String value(String metric, Double value, Language language) {
        return value == null ? null : MetricWords.value(metric, value, language);
    }

    /**
     * What the page offers in this state, mirroring the rules: a closed incident takes only a note; {@code RESUME}
     * only when escalated; {@code EXTEND} once monitoring has started. The service decides again on posting.
     */
    private static Actions actions(IncidentEntity incident, Policy policy, Language language) {
        List<String> offered = new ArrayList<>();
        IncidentState state = incident.lifecycle.state;
        if (state.isOpen()) {
            offered.add(ActionType.STEP_DOWN.name());
            if (state == IncidentState.ESCALATED) {
                offered.add(ActionType.RESUME.name());
            }
            if (incident.lifecycle.monitoringSince != null) {
                offered.add(ActionType.EXTEND.name());
            }
            offered.add(ActionType.RESTRICT.name());
            offered.add(ActionType.LIFT.name());
            offered.add(ActionType.RESEND_NOTICE.name());
            offered.add(ActionType.CANCEL.name());
        }
        offered.add(ActionType.NOTE.name());
        return new Actions(offered, ladder(policy, incident.lifecycle.stage, language), policy.topLevel());
    }
}
