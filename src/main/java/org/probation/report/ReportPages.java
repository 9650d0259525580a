package org.probation.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.probation.incident.IncidentService;
import org.probation.incident.RecordReport;
import org.probation.incident.model.Progress;
import org.probation.incident.model.ReportChannel;
import org.probation.incident.persistence.EventRepository;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.IncidentRepository;
import org.probation.policy.model.ChecklistItem;
import org.probation.policy.model.Policy;
import org.probation.report.model.CustomerWords;
import org.probation.report.model.ReportToken;
import org.probation.words.CustomerSignature;
import org.probation.words.WordsConfig;
import org.probation.words.i18n.CustomerMessages;
import org.probation.words.i18n.Language;
import org.probation.words.model.ControlsWording;
import org.probation.words.model.Words;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What the report page reads and writes: the incident a link names, the page's content, the customer's report. */
@ApplicationScoped
public class ReportPages {

    /** The actor of reports sent through the page. */
    public static final String ACTOR = "customer";

    private final IncidentRepository incidentRows;
    private final EventRepository events;
    private final IncidentService incidents;
    private final ReportLinkSigner signer;
    private final WordsConfig wordsConfig;
    private final CustomerSignature signature;
    private final MeterRegistry registry;
    private final Clock clock;

    ReportPages(IncidentRepository incidentRows, EventRepository events, IncidentService incidents,
            ReportLinkSigner signer, WordsConfig wordsConfig, CustomerSignature signature, MeterRegistry registry,
            Clock clock) {
        this.incidentRows = incidentRows;
        this.events = events;
        this.incidents = incidents;
        this.signer = signer;
        this.wordsConfig = wordsConfig;
        this.signature = signature;
        this.registry = registry;
        this.clock = clock;
    }

    /** The incident a link opens, or why it opens none ({@code reason} of the failure metric). */
    public record Link(UUID incidentId, String refusal) {
        public boolean open() {
            return refusal == null;
        }

        /** 410 for a link that was good once (expired, incident closed), 404 for one that never was. */
        public int status() {
            return "expired".equals(refusal) || "closed".equals(refusal) ? 410 : 404;
        }
    }

    @Transactional
    public Link open(String token) {
        ReportToken.Verified verified = signer.verify(token);
        if (!verified.valid()) {
            return refused(verified.failure().name().toLowerCase(java.util.Locale.ROOT));
        }
        IncidentEntity incident = incidentRows.findById(verified.incidentId());
        if (incident == null) {
            // Signed by us but unknown: a database restored from an older backup. Nothing to show either way.
            return refused("unknown");
        }
        if (!incident.lifecycle.state.isOpen()) {
            return refused("closed");
        }
        return new Link(incident.id, null);
    }

    /** Counts a refused link or form: forged and guessed links show up in the metric, never in a page. */
    public Link refused(String reason) {
        Counter.builder("probation.report.link.failures").description("Report page requests refused, by reason")
                .tag("reason", reason).register(registry).increment();
        return new Link(null, reason);
    }

    /** What the customer typed, kept when the form is shown again. */
    public record FormInput(Set<String> checked, String message, List<String> errors) {
        public static final FormInput EMPTY = new FormInput(Set.of(), "", List.of());
    }

    @Transactional
    public ReportPage page(UUID id, String token, String requestedLang, FormInput input) {
        IncidentEntity incident = incidents.get(id);
        Policy policy = incidents.policyOf(incident);
        Language language = Language.requested(requestedLang, incident.account.locale);
        CustomerMessages words = language.messages();
        String lang = language.tag();
        Instant now = clock.instant();
        ZoneId zone = wordsConfig.timeZone();
        String action = "/report/" + token + "?lang=" + lang;

        List<ReportPage.Item> checklist = policy.checklistFor(incident.cause.name()).stream()
                .map(item -> new ReportPage.Item(item.key(), "item-" + item.key(), item.label(lang),
                        words.explanation(item.key()), item.required(),
                        input.checked().contains(item.key())))
                .toList();
        Progress progress = Progress.of(incident.status(), incident.decodedTracks(policy),
                policy, now);
        List<ReportPage.Step> history = events.timeline(incident.id).stream()
                .flatMap(e -> CustomerWords.step(e.type, e.toStage, language).stream()
                        .map(text -> new ReportPage.Step(Words.time(e.occurredAt, zone, language), text)))
                .toList();
        Instant issued = now;
        return new ReportPage(lang, "?lang=" + words.otherLanguage(), words.otherLanguageName(), action,
                incident.account.id, incident.account.name, incident.evidenceSummary,
                incident.evidenceDomains == null ? List.of() : incident.evidenceDomains,
                incident.status().round().answered(), incident.lifecycle.stage, policy.topLevel(),
                incident.lifecycle.stage == 0 ? List.of()
                        : ControlsWording.describe(policy.stage(incident.lifecycle.stage).controls(), language),
                checklist, input.message(), issued.getEpochSecond(), signer.formNonce(token, issued), input.errors(),
                CustomerWords.summary(incident.status(), policy, language),
                CustomerWords.holdups(incident.status(), progress, policy, now, language),
                Words.time(progress.nextStepAt(), zone, language), Words.time(progress.earliestLiftAt(), zone, language),
                history, incident.status().isMonitoringStarted(), words.causeDetected(incident.cause.name()),
                incident.lifecycle.stage == 0 ? "" : policy.stage(incident.lifecycle.stage).title(lang).orElse(""),
                signature.in(language).lines(language));
    }

    /** The outcome of a submitted form. */
    public enum Submitted {
        ACCEPTED,
        ALREADY_REPORTED,
        MISSING_ITEMS
    }

    /**
     * Records the form as a {@code FORM} report, once per report round: the incident is locked, so a second submission
     * in the round (a double click, a reload) finds the first one and records nothing. After a re-restriction has
     * opened a new round, the link takes one new report.
     */
    @Transactional
    public Submitted submit(UUID id, Set<String> checked, String message) {
        IncidentEntity incident = incidentRows.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (incident.status().round().answered()) {
            return Submitted.ALREADY_REPORTED;
        }
        Policy policy = incidents.policyOf(incident);
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (ChecklistItem item : policy.checklistFor(incident.cause.name())) {
            if (item.required() && !checked.contains(item.key())) {
                return Submitted.MISSING_ITEMS;
            }
            answers.put(item.key(), checked.contains(item.key()));
        }
        incidents.report(id, new RecordReport(ReportChannel.FORM, answers,
                message == null || message.isBlank() ? null : message), ACTOR);
        return Submitted.ACCEPTED;
    }

    /** The page's language: the one asked for, else the account's. */
    @Transactional
    public Language lang(UUID id, String requested) {
        return Language.requested(requested, incidents.get(id).account.locale);
    }

    /** The checklist keys of the incident's cause, to tell the customer's ticks from anything else posted. */
    @Transactional
    public List<ChecklistItem> checklist(UUID id) {
        IncidentEntity incident = incidents.get(id);
        return incidents.policyOf(incident).checklistFor(incident.cause.name());
    }
}
