package org.probation.console.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.incident.model.Cause;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.Progress;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.IncidentRepository;
import org.probation.incident.persistence.IncidentRepository.ConsolePage;
import org.probation.incident.persistence.IncidentRepository.NeedsPerson;
import org.probation.policy.PolicyCatalog;
import org.probation.policy.model.Policy;
import org.probation.words.WordsConfig;
import org.probation.words.i18n.Language;
import org.probation.words.model.Words;

/** Builds the incident list: counts, one page of rows in the order a person should look at them, the pager. */
@ApplicationScoped
public class ListPages {

    static final int PAGE_SIZE = 50;
    static final int REFRESH_SECONDS = 5;
    /** A report deadline this close is shown among what needs a person. */
    static final Duration DEADLINE_CLOSE = Duration.ofHours(24);
    static final Duration LIFTED_RECENTLY = Duration.ofDays(7);
    /** What the form offers for {@code closed-within}: the counts' period first. */
    static final List<Duration> CLOSED_PERIODS = List.of(LIFTED_RECENTLY, Duration.ofDays(30), Duration.ofDays(90));

    private final IncidentRepository incidents;
    private final PolicyCatalog policies;
    private final Clock clock;
    private final WordsConfig words;

    ListPages(IncidentRepository incidents, PolicyCatalog policies, Clock clock, WordsConfig words) {
        this.incidents = incidents;
        this.policies = policies;
        this.words = words;
        this.clock = clock;
    }

    /** The page of a {@link ListFilter#valid() valid} filter; an empty list with the filter's problems otherwise. */
    @Transactional
    public ListPage page(ListFilter filter, Language language) {
        Instant now = clock.instant();
        Map<IncidentState, Long> counts = incidents.consoleCounts(now.minus(LIFTED_RECENTLY));
        List<ListPage.StateCount> stateCounts = new ArrayList<>();
        long open = 0;
        for (IncidentState state : IncidentState.values()) {
            // A closed state is counted over the last 7 days only: its link lists those, not every one ever closed.
            String href = "/console?state=" + state.name()
                    + (state.isOpen() ? "" : "&closed-within=" + ListFilter.closedWithinOf(LIFTED_RECENTLY));
            stateCounts.add(new ListPage.StateCount(state.name(), counts.get(state), href));
            open += state.isOpen() ? counts.get(state) : 0;
        }
        List<ListRow> rows = List.of();
        long total = 0;
        if (filter.valid()) {
            // Unfiltered, the list is every open incident: the counts above have just counted them.
            ConsolePage page = incidents.consolePage(filter.toQuery(deadlineCutoffs(now), now), filter.page() - 1,
                    PAGE_SIZE, filter.filtered() ? null : open);
            rows = page.items().stream().map(incident -> row(incident, page.needs().get(incident.id), now, language)).toList();
            total = page.total();
        }
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        long first = rows.isEmpty() ? 0 : (long) (filter.page() - 1) * PAGE_SIZE + 1;
        return new ListPage(filter, stateCounts, open, rows, total, first, first + rows.size() - (rows.isEmpty() ? 0 : 1),
                pages, filter.page() > 1 ? filter.href("/console", filter.page() - 1) : null,
                filter.page() < pages ? filter.href("/console", filter.page() + 1) : null,
                filter.href("/console/fragments/list", filter.page()),
                Arrays.stream(IncidentState.values()).map(Enum::name).toList(),
                Arrays.stream(Cause.values()).map(Enum::name).toList(),
                policies.all().values().stream().filter(p -> !p.shadow()).map(Policy::name).sorted().toList(),
                closedPeriods(filter), REFRESH_SECONDS);
    }

    /** The periods the form offers, and the one in the address when it is another (a shared link keeps it). */
    private static List<ListPage.ClosedPeriod> closedPeriods(ListFilter filter) {
        List<ListPage.ClosedPeriod> periods = new ArrayList<>();
        for (Duration period : CLOSED_PERIODS) {
            periods.add(new ListPage.ClosedPeriod(ListFilter.closedWithinOf(period), period.toDays()));
        }
        filter.closedWithinDuration().filter(period -> !CLOSED_PERIODS.contains(period)).ifPresent(
                period -> periods.add(new ListPage.ClosedPeriod(filter.closedWithin(), period.toDays())));
        return periods;
    }

    /** Per policy with a report deadline: a round started at or before this instant ends within 24 hours. */
    private Map<String, Instant> deadlineCutoffs(Instant now) {
        Map<String, Instant> cutoffs = new TreeMap<>();
        policies.all().values().forEach(policy -> policy.reportDeadline()
                .ifPresent(deadline -> cutoffs.put(policy.name(), now.plus(DEADLINE_CLOSE).minus(deadline))));
        return cutoffs;
    }

    private ListRow row(IncidentEntity incident, NeedsPerson needs, Instant now, Language language) {
        var lifecycle = incident.lifecycle;
        Policy policy = policies.find(incident.policy).orElse(null);
        int top = policy == null ? lifecycle.stage : policy.topLevel();
        // Stage 0 (lifted) has no name of the policy's: the bundle words it with the state.
        String stageName = policy != null && policy.hasStage(lifecycle.stage) ? policy.stage(lifecycle.stage).name() : "";
        Instant earliestLift = null;
        if (policy != null && lifecycle.state == IncidentState.MONITORING) {
            // The same figure the API's progress shows.
            earliestLift = Progress.of(incident.status(), incident.decodedTracks(policy), policy, now)
                    .earliestLiftAt();
        }
        Duration monitored = lifecycle.monitoringSince == null ? null
                : Duration.between(lifecycle.monitoringSince, lifecycle.closedAt != null ? lifecycle.closedAt : now);
        if (monitored != null && monitored.isNegative()) {
            monitored = Duration.ZERO;
        }
        return new ListRow(incident.id.toString(), incident.account.id, incident.account.name,
                incident.account.domains == null ? List.of() : incident.account.domains, incident.cause.name(),
                lifecycle.state.name(), lifecycle.stage, top, stageName, lifecycle.relapses, monitored != null,
                monitored == null ? 0 : monitored.toDays(), monitored == null ? 0 : monitored.toHoursPart(),
                monitored == null ? 0 : monitored.toMinutesPart(),
                Words.time(earliestLift, words.timeZone(), language),
                earliestLift == null ? null : earliestLift.toString(), needs == null ? "REST" : needs.name());
    }
}
