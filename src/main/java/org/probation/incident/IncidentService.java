package org.probation.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.probation.incident.model.Incident;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.OperatorAction;
import org.probation.incident.model.RepeatOffence;
import org.probation.incident.model.Transition;
import org.probation.incident.model.TransitionRefused;
import org.probation.incident.persistence.AccountEntity;
import org.probation.incident.persistence.AccountRepository;
import org.probation.incident.persistence.EventEntity;
import org.probation.incident.persistence.EventRepository;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.IncidentRepository;
import org.probation.incident.persistence.ReportEntity;
import org.probation.incident.persistence.ReportRepository;
import org.probation.json.JsonText;
import org.probation.policy.PolicyCatalog;
import org.probation.policy.model.ChecklistItem;
import org.probation.policy.model.Policy;
import org.probation.sampling.persistence.SampleRepository;
import org.probation.time.DurationText;
import org.probation.validation.DomainName;
import org.probation.validation.FieldProblem;
import org.probation.validation.InvalidInputException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Opens incidents, takes reports and operators' actions, each as one transaction. */
@ApplicationScoped
public class IncidentService {

    static final int DOMAINS_COLUMN = 8000;

    /** The column of the unique key that keeps one open incident per account. */
    private static final String OPEN_ACCOUNT_KEY_COLUMN = "open_account_id";

    private final IncidentRepository incidents;
    private final AccountRepository accounts;
    private final EventRepository events;
    private final ReportRepository reports;
    private final SampleRepository samples;
    private final PolicyCatalog policies;
    private final TransitionWriter transitions;
    private final JsonText json;
    private final Clock clock;
    private final Event<ReportWritten> reportsWritten;

    IncidentService(IncidentRepository incidents, AccountRepository accounts, EventRepository events,
            ReportRepository reports, SampleRepository samples, PolicyCatalog policies, TransitionWriter transitions,
            JsonText json, Clock clock, Event<ReportWritten> reportsWritten) {
        this.incidents = incidents;
        this.accounts = accounts;
        this.events = events;
        this.reports = reports;
        this.samples = samples;
        this.policies = policies;
        this.transitions = transitions;
        this.json = json;
        this.clock = clock;
        this.reportsWritten = reportsWritten;
    }

    /**
     * Restricts the account at the top stage of the policy at once: incident, {@code OPENED} event and the active
     * decision are written together. Refused with the open incident's id when the account already has one.
     */
    @Transactional
    public IncidentEntity open(OpenIncident request, String actor) {
        return open(request, actor, true);
    }

    /**
     * Opens without the early look for an open incident, as a concurrent request does when it passes that look just
     * before another one inserts: the unique key is then the only guard. For the test that plays this race.
     */
    @Transactional
    IncidentEntity openPastTheCheck(OpenIncident request, String actor) {
        return open(request, actor, false);
    }

    private IncidentEntity open(OpenIncident request, String actor, boolean checkFirst) {
        String policyName = request.policy() == null ? PolicyCatalog.DEFAULT_POLICY : request.policy();
        Policy requested = policies.find(policyName).filter(p -> !p.shadow())
                .orElseThrow(() -> new InvalidInputException("policy", "no policy named '" + policyName + "'"));
        List<String> accountDomains = domainsColumn("account.domains", request.account().domainsOrEmpty());
        OpenIncident.Evidence evidence = request.evidence() == null ? OpenIncident.Evidence.NONE : request.evidence();
        List<String> evidenceDomains = domainsColumn("evidence.domains",
                evidence.domains() == null ? List.of() : evidence.domains());
        String accountId = request.account().id();
        if (checkFirst) {
            incidents.openOf(accountId).ifPresent(open -> {
                throw new IncidentAlreadyOpen(accountId, open.id);
            });
        }
        Instant now = clock.instant();
        // Cancelled incidents (false positives) are no offence.
        Optional<RepeatOffence.Offence> lastOffence = incidents.lastOffence(accountId);
        Policy policy = RepeatOffence.repeatPolicy(requested, lastOffence, policies::find, now).orElse(requested);

        IncidentEntity incident = newIncident(request, upsertAccount(request, accountDomains, now), policy, evidence,
                evidenceDomains);
        Transition opened = Incident.open(policy, openingReason(policy, requested, lastOffence), now).transition();
        incident.apply(opened.after());
        incident.nextEvaluationAt = now;
        // Samples stored before the incident belong to an earlier one: start after them.
        incident.lastSampleId = samples.lastId();
        persistOpened(incident, policy, opened, actor, evidence.figures() == null ? Map.of() : evidence.figures());
        return incident;
    }

    /** The {@code OPENED} event's reason: the stage, and the repeat policy when the account is a repeat offender. */
    private static String openingReason(Policy policy, Policy requested, Optional<RepeatOffence.Offence> last) {
        String reason = "restricted at stage " + policy.topLevel() + " (" + policy.stage(policy.topLevel()).name() + ")";
        return policy == requested ? reason
                : reason + "; repeat offender (last incident lifted " + last.get().liftedAt() + "): policy "
                        + policy.name();
    }

    private void persistOpened(IncidentEntity incident, Policy policy, Transition opened, String actor,
            Map<String, ?> figures) {
        try {
            incidents.persist(incident);
            transitions.write(incident, policy, opened, actor, figures);
        } catch (PersistenceException e) {
            if (violatesOneOpenIncidentPerAccount(e)) {
                // Another request opened an incident for this account between our check and our insert.
                throw new IncidentAlreadyOpen(incident.account.id, openIncidentAfterLostRace(incident.account.id));
            }
            throw e;
        }
    }

    /**
     * Whether the insert broke the unique key on {@code incident.open_account_id}, and not another constraint.
     * PostgreSQL names the key after the column ({@code incident_open_account_id_key}); H2 gives it a generated name
     * ({@code CONSTRAINT_INDEX_n}) but names the column in its message.
     */
    static boolean violatesOneOpenIncidentPerAccount(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
                        && (mentionsOpenAccountKey(violation.getConstraintName())
                                || mentionsOpenAccountKey(violation.getSQLException().getMessage()));
            }
        }
        return false;
    }

    private static boolean mentionsOpenAccountKey(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(OPEN_ACCOUNT_KEY_COLUMN);
    }

    /**
     * The incident that won the race, read in a transaction of its own: ours is rolled back. The winner has
     * committed (the unique key made our insert wait for it), unless it was closed meanwhile: then none.
     */
    private UUID openIncidentAfterLostRace(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> incidents.openOf(accountId).map(open -> open.id))
                .orElse(null);
    }

    /** The account as the request describes it now: created on its first incident, its contact details updated. */
    private AccountEntity upsertAccount(OpenIncident request, List<String> domains, Instant now) {
        AccountEntity account = accounts.findById(request.account().id());
        boolean newAccount = account == null;
        if (newAccount) {
            account = new AccountEntity();
            account.id = request.account().id();
            account.createdAt = now;
        }
        account.email = request.account().email();
        account.locale = request.account().locale();
        account.name = request.account().name();
        account.domains = domains;
        account.updatedAt = now;
        if (newAccount) {
            accounts.persist(account);
        }
        return account;
    }

    private IncidentEntity newIncident(OpenIncident request, AccountEntity account, Policy policy,
            OpenIncident.Evidence evidence, List<String> evidenceDomains) {
        IncidentEntity incident = new IncidentEntity();
        incident.id = UUID.randomUUID();
        incident.account = account;
        incident.cause = request.cause();
        incident.policy = policy.name();
        incident.evidenceSummary = evidence.summary();
        incident.evidenceDomains = evidenceDomains;
        incident.evidenceFigures = evidence.figures() == null ? Map.of() : evidence.figures();
        return incident;
    }

    /**
     * Records a report received by any channel. Checklist keys must be the policy's for the incident's cause; the
     * first report on a restricted incident starts monitoring.
     */
    @Transactional
    public IncidentEntity report(UUID id, RecordReport request, String actor) {
        IncidentEntity incident = get(id);
        Policy policy = policyOf(incident);
        Set<String> known = new java.util.HashSet<>();
        for (ChecklistItem item : policy.checklistFor(incident.cause.name())) {
            known.add(item.key());
        }
        List<FieldProblem> problems = new ArrayList<>();
        request.checklistOrEmpty().keySet().stream().filter(key -> !known.contains(key)).sorted()
                .forEach(key -> problems.add(new FieldProblem("checklist." + key,
                        "not a checklist item of this incident; expected one of " + new java.util.TreeSet<>(known))));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        Instant roundRequestedAt = incident.status().round().requestedAt();
        Transition transition = aggregate(incident, policy).report(policy, now).orElseThrow(TransitionRefused::new)
                .transition();

        ReportEntity report = new ReportEntity();
        report.incidentId = incident.id;
        report.channel = request.channel();
        report.checklist = request.checklistOrEmpty();
        report.message = request.message();
        report.receivedAt = now;
        report.actor = actor;
        reports.persist(report);
        // The first customer report of the round waits for a person; a later one is read with it. One of an earlier
        // round that no one acted on gives way to the newest round's: that is the one to read now.
        if (ReportWritten.fromCustomer(report.channel) && (incident.reportToReviewId == null
                || incident.reportToReviewAt.isBefore(roundRequestedAt))) {
            incident.reportToReviewId = report.id;
            incident.reportToReviewAt = report.receivedAt;
        }
        EventEntity event = transitions.write(incident, policy, transition, actor, Map.of());
        reportsWritten.fire(new ReportWritten(incident, policy, report, event));
        return incident;
    }

    @Transactional
    public IncidentEntity act(UUID id, TakeAction request, String actor) {
        IncidentEntity incident = get(id);
        Policy policy = policyOf(incident);
        Optional<Duration> extension = Optional.empty();
        if (request.duration() != null) {
            try {
                extension = Optional.of(DurationText.parse(request.duration()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("duration", e.getMessage());
            }
            if ((extension.get().isNegative() || extension.get().isZero())) {
                throw new InvalidInputException("duration", "must be positive");
            }
        }
        OperatorAction action = new OperatorAction(request.action(),
                request.stage() == null ? OptionalInt.empty() : OptionalInt.of(request.stage()), extension,
                request.reason());
        Transition transition = aggregate(incident, policy).act(action, policy, clock.instant())
                .orElseThrow(TransitionRefused::new).transition();
        if (transition.after().equals(transition.before())) {
            // A NOTE or RESEND_NOTICE changes no column that bumps the version, so two clicks at once would both
            // commit and mail twice: bump it now, so the second waits for the first's row and then conflicts (409).
            incidents.getEntityManager().lock(incident, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        // Any action, a NOTE too, is an operator's answer to what waited for review.
        incident.reportToReviewId = null;
        incident.reportToReviewAt = null;
        transitions.write(incident, policy, transition, actor, Map.of());
        return incident;
    }

    @Transactional
    public IncidentEntity get(UUID id) {
        IncidentEntity incident = incidents.findById(id);
        if (incident == null) {
            throw new IncidentNotFound(id);
        }
        return incident;
    }

    @Transactional
    public List<EventEntity> timeline(UUID id) {
        get(id);
        return events.timeline(id);
    }

    /** Newest first; {@code state} and {@code accountId} filter when given. */
    @Transactional
    public IncidentPage list(IncidentState state, String accountId, int page, int size) {
        return list(state, accountId, null, page, size);
    }

    /** Newest first; {@code state}, {@code accountId} and {@code toReview} filter when given. */
    @Transactional
    public IncidentPage list(IncidentState state, String accountId, Boolean toReview, int page, int size) {
        IncidentRepository.IncidentPage found = incidents.page(state, accountId, toReview, page, size);
        return new IncidentPage(found.items(), page, size, found.total());
    }

    /** The incident's reports, oldest first. */
    @Transactional
    public List<ReportRepository.ReportRow> reports(UUID id) {
        get(id);
        return reports.ofIncident(id);
    }

    public Policy policyOf(IncidentEntity incident) {
        return policies.find(incident.policy).orElseThrow(() -> new IllegalStateException(
                "incident " + incident.id + " names policy '" + incident.policy + "', which is no longer configured"));
    }

    /** The stored incident as the rules see it. */
    private static Incident aggregate(IncidentEntity incident, Policy policy) {
        return Incident.from(incident.status(), incident.decodedTracks(policy));
    }

    /**
     * Domain lists were stored as JSON in 8000-character columns, and the limit stays: each name is valid on its own,
     * but a hundred names of full DNS length are refused as input. Names are stored in Unicode and lower case, each
     * once ({@code 例え.jp} and {@code xn--r8jz45g.jp} are one name), in the order given.
     */
    private List<String> domainsColumn(String field, List<String> given) {
        List<String> domains = List.copyOf(given.stream().map(DomainName.Validator::canonical)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        String column = json.write(domains);
        if (column.length() > DOMAINS_COLUMN) {
            throw new InvalidInputException(field, "the domain names are too long together: at most "
                    + DOMAINS_COLUMN + " characters as a JSON list, " + column.length() + " given");
        }
        return domains;
    }

    public record IncidentPage(List<IncidentEntity> items, int page, int size, long total) {
    }
}
