package org.probation.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.probation.enforcement.persistence.DecisionEntity;
import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.Progress;
import org.probation.incident.persistence.EventEntity;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.ReportEntity;
import org.probation.json.JsonText;
import org.probation.notification.model.AlertKind;
import org.probation.notification.model.NotificationKind;
import org.probation.notification.persistence.NotificationEntity;
import org.probation.notification.persistence.NotificationEntity.Channel;
import org.probation.notification.persistence.NotificationRepository;
import org.probation.policy.model.ChecklistItem;
import org.probation.policy.model.Policy;
import org.probation.words.CustomerSignature;
import org.probation.words.WordsConfig;
import org.probation.words.i18n.CustomerMessages;
import org.probation.words.i18n.Language;
import org.probation.words.model.ControlsWording;
import org.probation.words.model.MetricWords;
import org.probation.words.model.Words;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;

/**
 * Decides which mails and webhook calls an event causes and writes them to the outbox, in the event's own
 * transaction: if the event commits, they will be delivered; if it rolls back, they never existed.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);

    private final NotificationRepository notifications;
    private final NotificationConfig config;
    private final WordsConfig wordsConfig;
    private final CustomerSignature signature;
    private final WebhooksConfig webhooks;
    private final ReportLinks links;
    private final JsonText json;
    private final Clock clock;

    Notifier(NotificationRepository notifications, NotificationConfig config, WordsConfig wordsConfig,
            CustomerSignature signature, WebhooksConfig webhooks, ReportLinks links, JsonText json, Clock clock) {
        this.notifications = notifications;
        this.config = config;
        this.wordsConfig = wordsConfig;
        this.signature = signature;
        this.webhooks = webhooks;
        this.links = links;
        this.json = json;
        this.clock = clock;
    }

    /** The customer's mail and the operators' alert an incident event calls for, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eventWritten(IncidentEntity incident, Policy policy, EventEntity event) {
        NotificationKind kind = customerMail(event);
        if (kind != null) {
            enqueueCustomerMail(incident, policy, event, kind);
        }
        switch (event.type) {
            case ESCALATED -> operatorAlert(AlertKind.ESCALATED, incident.id, incident.account.id,
                    "incident escalated: an operator decides", alertDetail(event));
            case NO_DATA -> operatorAlert(AlertKind.NO_DATA, incident.id, incident.account.id, "no data from the account",
                    event.reason);
            case RELAPSED -> operatorAlert(AlertKind.RELAPSED, incident.id, incident.account.id, "relapse",
                    alertDetail(event));
            case APPROVAL_REQUESTED -> operatorAlert(AlertKind.APPROVAL_REQUESTED, incident.id, incident.account.id,
                    "a step down waits for an operator's approval", event.reason);
            default -> {
            }
        }
    }

    /** Each configured webhook whose filter matches gets the decision, signed, through the outbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decisionChanged(DecisionEntity decision, EventType cause) {
        if (webhooks.endpoints().isEmpty()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revision", decision.revision);
        body.put("account", decision.accountId);
        body.put("active", decision.active);
        if (decision.active) {
            body.put("stage", Map.of("level", decision.stageLevel, "name", decision.stageName));
            body.put("controls", decision.controls);
        }
        body.put("incident", decision.incidentId == null ? null : decision.incidentId.toString());
        body.put("event", cause.name());
        body.put("decidedAt", decision.decidedAt.toString());
        enqueueWebhookCalls(cause.name(), true, NotificationKind.DECISION, "decision:" + decision.revision,
                decision.incidentId, json.write(body));
    }

    /**
     * A customer's report: the operators' alert with what the customer answered and wrote, and a call to each webhook
     * that names {@link WebhooksConfig#REPORT_RECEIVED} in its {@code events}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reportReceived(IncidentEntity incident, Policy policy, ReportEntity report) {
        StringBuilder detail = new StringBuilder("Report ").append(report.id).append(" (").append(report.channel)
                .append(") received ").append(report.receivedAt).append(".\nChecklist:\n");
        Map<String, Boolean> answers = new TreeMap<>(report.checklist);
        for (ChecklistItem item : policy.checklistFor(incident.cause.name())) {
            Boolean answer = answers.remove(item.key());
            if (answer != null) {
                detail.append(answer ? "  [x] " : "  [ ] ").append(item.label("en")).append(" (").append(item.key())
                        .append(")\n");
            }
        }
        answers.forEach((key, answer) -> detail.append(answer ? "  [x] " : "  [ ] ").append(key).append("\n"));
        detail.append("Message:\n").append(report.message == null ? "(none)" : report.message).append("\n\n")
                .append("Read it: GET /api/v1/incidents/").append(incident.id).append("/reports\n")
                .append("Any action on the incident, a NOTE too, marks it reviewed.");
        operatorAlert(AlertKind.REPORT_RECEIVED, incident.id, incident.account.id,
                "the customer sent the report form: it waits to be read", detail.toString());

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", WebhooksConfig.REPORT_RECEIVED);
        body.put("incident", incident.id.toString());
        body.put("account", incident.account.id);
        body.put("report", report.id);
        body.put("channel", report.channel.name());
        body.put("receivedAt", report.receivedAt.toString());
        // Unfiltered webhooks are enforcement agents that read every body as a decision: they never get this one.
        enqueueWebhookCalls(WebhooksConfig.REPORT_RECEIVED, false, NotificationKind.REPORT_WEBHOOK,
                "report:" + report.id, incident.id, json.write(body));
    }

    /**
     * One signed call through the outbox to each webhook whose {@code events} name {@code event}; a webhook without
     * {@code events} gets it when {@code unfilteredGetsIt}. The dedupe key is {@code dedupePrefix:webhook}.
     */
    private void enqueueWebhookCalls(String event, boolean unfilteredGetsIt, NotificationKind kind, String dedupePrefix,
            UUID incidentId, String payload) {
        webhooks.endpoints().forEach((name, webhook) -> {
            if (webhook.events().map(events -> events.contains(event)).orElse(unfilteredGetsIt)) {
                NotificationEntity call = pending(Channel.WEBHOOK, kind, name, dedupePrefix + ":" + name);
                call.incidentId = incidentId;
                call.payload = payload;
                notifications.persist(call);
            }
        });
    }

    /**
     * An alert to the operators. Alerts of one kind for one incident are held back for
     * {@code alert-repeat-interval} after the last one, so a flapping metric does not flood the desk. A report's alert
     * is not: the form takes one report per round, and the report of a new round is news.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void operatorAlert(AlertKind kind, UUID incidentId, String accountId, String summary, String detail) {
        if (config.operatorEmail().isEmpty()) {
            LOG.warnf("Operator alert %s for %s not mailed: probation.notifications.operator-email is not set: %s",
                    kind, accountId, summary);
            return;
        }
        Instant now = clock.instant();
        if (kind != AlertKind.REPORT_RECEIVED
                && notifications.alertedSince(kind.notification(), incidentId, now.minus(config.alertRepeatInterval()))) {
            return;
        }
        TemplateInstance template = MailTemplates.operatorAlert(kind.name(), accountId,
                incidentId == null ? null : incidentId.toString(), summary, detail == null ? "" : detail,
                incidentId == null ? null : links.linkFor(incidentId));
        NotificationEntity mail = pending(Channel.MAIL, kind.notification(), config.operatorEmail().get(),
                "alert:" + kind + ":" + incidentId + ":" + now.toEpochMilli());
        mail.incidentId = incidentId;
        mail.subject = "[Probation] " + kind + (accountId == null ? "" : " " + accountId) + ": " + summary;
        mail.bodyText = render(template, Variant.TEXT_PLAIN);
        mail.bodyHtml = render(template, Variant.TEXT_HTML);
        notifications.persist(mail);
    }

    private static NotificationKind customerMail(EventEntity event) {
        int from = stageOf(event.fromStage);
        int to = stageOf(event.toStage);
        return switch (event.type) {
            case OPENED -> NotificationKind.RESTRICTION_NOTICE;
            case MONITORING_STARTED -> NotificationKind.REPORT_RECEIVED;
            case STEPPED_DOWN -> NotificationKind.STAGE_RELAXED;
            case LIFTED, CANCELLED -> NotificationKind.LIFTED;
            case RELAPSED -> NotificationKind.RE_RESTRICTED;
            case NOTICE_RESENT -> NotificationKind.NOTICE_RESENT;
            // An escalation by relapse at the top stage changes no stage, and still is abuse seen again: told.
            case RESTRICTED, ESCALATED -> to > from || byRelapse(event) ? NotificationKind.RE_RESTRICTED
                    : to < from && to > 0 ? NotificationKind.STAGE_RELAXED : null;
            case REPORT_REMINDED -> NotificationKind.REPORT_REMINDER;
            default -> null;
        };
    }

    private void enqueueCustomerMail(IncidentEntity incident, Policy policy, EventEntity event, NotificationKind kind) {
        Language language = Language.of(incident.account.locale);
        CustomerMessages words = language.messages();
        MailContent content = content(incident, policy, event, language);
        String id = incident.account.id;
        TemplateInstance template;
        String subject;
        switch (kind) {
            case RESTRICTION_NOTICE -> {
                template = MailTemplates.restriction(content);
                subject = words.restrictionNoticeSubject(id, incident.cause.name());
            }
            case REPORT_RECEIVED -> {
                template = MailTemplates.reportReceived(content);
                subject = words.reportReceivedSubject(id);
            }
            case STAGE_RELAXED -> {
                template = MailTemplates.relaxed(content);
                subject = words.stageRelaxedSubject(id);
            }
            case LIFTED -> {
                template = MailTemplates.lifted(content);
                subject = words.liftedSubject(id);
            }
            case NOTICE_RESENT -> {
                // The restriction notice as it stands now (current stage and controls), with its new link.
                template = MailTemplates.restriction(content);
                subject = words.noticeResentSubject(id);
            }
            case REPORT_REMINDER -> {
                template = MailTemplates.reminder(content);
                subject = words.reportReminderSubject(id);
            }
            default -> {
                template = MailTemplates.reRestricted(content);
                // The desk's RESTRICT measured no recurrence: its subject says only that the restriction was tightened.
                subject = !content.reRestriction().relapse() ? words.reRestrictedByDeskSubject(id)
                        : content.reRestriction().stageUnchanged() ? words.relapseAtTopSubject(id)
                                : words.reRestrictedSubject(id);
            }
        }
        template.setLocale(language.locale());
        NotificationEntity mail = pending(Channel.MAIL, kind, incident.account.email,
                "event:" + event.id + ":" + kind);
        mail.incidentId = incident.id;
        mail.eventId = event.id;
        mail.subject = subject;
        mail.bodyText = render(template, Variant.TEXT_PLAIN);
        mail.bodyHtml = render(template, Variant.TEXT_HTML);
        notifications.persist(mail);
    }

    private MailContent content(IncidentEntity incident, Policy policy, EventEntity event, Language language) {
        var account = incident.account;
        List<String> controls = incident.lifecycle.stage == 0 ? List.of()
                : ControlsWording.describe(policy.stage(incident.lifecycle.stage).controls(), language);
        List<String> checklist = policy.checklistFor(incident.cause.name()).stream()
                .map((ChecklistItem item) -> item.label(language.tag())).toList();
        Progress progress = Progress.of(incident.status(), incident.decodedTracks(policy),
                policy, clock.instant());
        return new MailContent(account.id, account.name, incident.cause.name(), incident.evidenceSummary,
                incident.evidenceDomains == null ? List.of() : incident.evidenceDomains, account.domains,
                incident.lifecycle.stage == 0 ? "" : policy.stage(incident.lifecycle.stage).name(), controls, checklist,
                links.linkFor(incident.id), event.reason == null ? "" : event.reason,
                Words.time(progress.earliestLiftAt(), wordsConfig.timeZone(), language),
                Words.duration(policy.minMonitoring(), language), Words.duration(policy.maxMonitoring(), language),
                incident.lifecycle.relapses, event.type == EventType.CANCELLED,
                reRestriction(incident, policy, event, language),
                incident.lifecycle.stage == 0 ? ""
                        : policy.stage(incident.lifecycle.stage).title(language.tag()).orElse(""),
                signature.in(language).lines(language),
                Objects.requireNonNullElse(Words.time(incident.status().round().reportedAt(),
                        wordsConfig.timeZone(), language), ""));
    }

    /**
     * Why the restriction came back, in the customer's words: the figure, its limit and when it was measured for a
     * relapse; for the desk's RESTRICT nothing of the operator's reason, which is written for the timeline.
     */
    private MailContent.ReRestriction reRestriction(IncidentEntity incident, Policy policy, EventEntity event,
            Language language) {
        int stage = incident.lifecycle.stage;
        boolean relapse = byRelapse(event);
        String metric = "";
        String value = "";
        String bound = "";
        String seenAt = "";
        if (relapse) {
            String key = String.valueOf(event.figures.get("metric"));
            metric = MetricWords.name(key, language);
            value = MetricWords.value(key, ((Number) event.figures.get("value")).doubleValue(), language);
            bound = MetricWords.value(key, ((Number) event.figures.get("relapseBound")).doubleValue(), language);
            Object sampledAt = event.figures.get("sampledAt");
            seenAt = sampledAt == null ? ""
                    : Words.time(Instant.parse(sampledAt.toString()), wordsConfig.timeZone(), language);
        }
        IncidentState state = incident.lifecycle.state;
        return new MailContent.ReRestriction(relapse, metric, value, bound, seenAt, stage, policy.topLevel(),
                relapse && stageOf(event.toStage) == stageOf(event.fromStage), state == IncidentState.ESCALATED,
                state == IncidentState.MONITORING,
                stage == 0 ? "" : Words.duration(policy.stage(stage).cleanWindow(), language));
    }

    /** The engine's relapse (RELAPSED, or ESCALATED past max-relapses): its figures name the metric and the bound. */
    private static boolean byRelapse(EventEntity event) {
        return event.figures != null && event.figures.containsKey("relapseBound") && event.figures.containsKey("metric")
                && event.figures.get("value") instanceof Number && event.figures.get("relapseBound") instanceof Number;
    }

    /** A relapse leaves the stage where it was only at the top stage: the operators read that first. */
    private static String alertDetail(EventEntity event) {
        String reason = event.reason == null ? "" : event.reason;
        return byRelapse(event) && stageOf(event.fromStage) == stageOf(event.toStage)
                ? "at the top stage (" + stageOf(event.toStage) + "), no stage change; " + reason
                : reason;
    }

    private static int stageOf(Integer stage) {
        return stage == null ? 0 : stage;
    }

    private NotificationEntity pending(Channel channel, NotificationKind kind, String recipient, String dedupeKey) {
        NotificationEntity n = new NotificationEntity();
        n.channel = channel;
        n.kind = kind;
        n.recipient = recipient;
        n.dedupeKey = dedupeKey;
        n.status = NotificationEntity.Status.PENDING;
        n.attempts = 0;
        n.createdAt = clock.instant();
        n.nextAttemptAt = n.createdAt;
        return n;
    }

    private static String render(TemplateInstance template, String contentType) {
        return template.setAttribute(TemplateInstance.SELECTED_VARIANT, Variant.forContentType(contentType)).render();
    }
}
