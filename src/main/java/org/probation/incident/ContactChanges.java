package org.probation.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.probation.incident.model.EventType;
import org.probation.incident.model.TransitionRefused;
import org.probation.incident.persistence.AccountEntity;
import org.probation.incident.persistence.AccountRepository;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.IncidentRepository;

/**
 * An account's e-mail address, name and locale corrected by an operator while an incident is open, recorded in that
 * incident's timeline. Mails are addressed when they are written to the outbox, so every mail written after the change
 * goes to the new address in the new language.
 */
@ApplicationScoped
public class ContactChanges {

    private final AccountRepository accounts;
    private final IncidentRepository incidents;
    private final IncidentService incidentService;
    private final TransitionWriter transitions;
    private final Clock clock;

    ContactChanges(AccountRepository accounts, IncidentRepository incidents, IncidentService incidentService,
            TransitionWriter transitions, Clock clock) {
        this.accounts = accounts;
        this.incidents = incidents;
        this.incidentService = incidentService;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** The account after the change. Nothing is written when the details are already those. */
    @Transactional
    public Changed change(String accountId, ChangeContact request, String actor) {
        AccountEntity account = accounts.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new AccountNotFound(accountId);
        }
        // Without an open incident there is no timeline to record the change in, and the next incident's request
        // describes the account afresh anyway.
        IncidentEntity incident = incidents.openOf(accountId).orElseThrow(() -> new TransitionRefused(
                "account " + accountId + " has no open incident: its contact details come with the next one"));
        List<String> changed = new ArrayList<>();
        if (!account.email.equals(request.email())) {
            changed.add("e-mail (now " + masked(request.email()) + ")");
        }
        if (!Objects.equals(account.name, request.name())) {
            changed.add("name");
        }
        if (!account.locale.equals(request.locale())) {
            changed.add("locale (" + account.locale + " to " + request.locale() + ")");
        }
        if (changed.isEmpty()) {
            return new Changed(account, incident);
        }
        Instant now = clock.instant();
        account.email = request.email();
        account.name = request.name();
        account.locale = request.locale();
        account.updatedAt = now;
        transitions.note(incident, incidentService.policyOf(incident), EventType.CONTACT_CHANGED,
                "contact changed: " + String.join(", ", changed) + "; " + request.reason(), actor, Map.of(), now);
        return new Changed(account, incident);
    }

    /**
     * The timeline is kept for good and read by every viewer: it names a new address only enough to tell a typo fixed
     * from a move to another domain ({@code t***@example.jp}); the address itself is in the account.
     */
    static String masked(String email) {
        int at = email.lastIndexOf('@');
        return (at > 0 ? email.substring(0, email.offsetByCodePoints(0, 1)) : "") + "***" + email.substring(at);
    }

    /** The account as changed, and the open incident whose timeline has the change. */
    public record Changed(AccountEntity account, IncidentEntity incident) {
    }
}
