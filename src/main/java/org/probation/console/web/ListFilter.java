package org.probation.console.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.probation.incident.model.Cause;
import org.probation.incident.model.IncidentState;
import org.probation.incident.persistence.IncidentRepository.ConsoleFilter;
import org.probation.policy.PolicyCatalog;
import org.probation.validation.DomainName;
import org.probation.validation.Patterns;

import io.quarkus.qute.TemplateData;

/**
 * The list's filters as typed in the address (a GET form, so a filtered list can be shared), kept as given so the
 * form shows them back, and the fields at fault ({@link #problems}) when some cannot be read.
 *
 * @param closedWithin closed in the last so many days ({@code 7d}): what the count of recently lifted incidents
 *        counts, so its link lists exactly those; only with {@code LIFTED} (set when no state is given)
 * @param page 1-based, as people count pages
 */
@TemplateData
public record ListFilter(String state, String cause, String policy, String account, String domain, String q,
        String closedWithin, int page, List<String> problems) {

    static final int MAX_TEXT = 200;
    private static final Pattern ACCOUNT = Pattern.compile(Patterns.ACCOUNT_ID);
    /** A number of days, as the address writes it: {@code 7d}. */
    private static final Pattern DAYS = Pattern.compile("([1-9][0-9]{0,3})d");

    /** Reads the filters; blank means "any". */
    public static ListFilter read(String state, String cause, String policy, String account, String domain, String q,
            String closedWithin, String page, PolicyCatalog policies) {
        List<String> problems = new ArrayList<>();
        state = trimmed(state);
        cause = trimmed(cause);
        policy = trimmed(policy);
        account = trimmed(account);
        domain = trimmed(domain);
        q = trimmed(q);
        closedWithin = trimmed(closedWithin);
        if (state != null && parse(IncidentState.class, state).isEmpty()) {
            problems.add("state");
        }
        if (closedWithin != null && !DAYS.matcher(closedWithin).matches()) {
            problems.add("closed-within");
        } else if (closedWithin != null && state == null) {
            // Only closed incidents are closed within a period: the form then shows the state it lists.
            state = IncidentState.LIFTED.name();
        } else if (closedWithin != null && parse(IncidentState.class, state).filter(IncidentState::isOpen).isPresent()) {
            problems.add("closed-within-open");
        }
        if (cause != null && parse(Cause.class, cause).isEmpty()) {
            problems.add("cause");
        }
        if (policy != null && policies.find(policy).isEmpty()) {
            problems.add("policy");
        }
        if (account != null && !ACCOUNT.matcher(account).matches()) {
            problems.add("account");
        }
        if (domain != null && DomainName.Validator.ascii(domain).isEmpty()) {
            problems.add("domain");
        }
        if (q != null && (q.length() > MAX_TEXT || q.chars().anyMatch(Character::isISOControl))) {
            problems.add("q");
        }
        int number = 1;
        String pageText = trimmed(page);
        if (pageText != null) {
            try {
                number = Integer.parseInt(pageText);
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1 || number > 100_000) {
                problems.add("page");
                number = 1;
            }
        }
        return new ListFilter(state, cause, policy, account, domain, q, closedWithin, number, List.copyOf(problems));
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The repository's filter; only for a {@link #valid()} one. */
    ConsoleFilter toQuery(Map<String, Instant> deadlineCutoffs, Instant now) {
        String textDomain = q == null ? null
                : DomainName.Validator.ascii(q).map(ascii -> DomainName.Validator.canonical(q)).orElse(null);
        return new ConsoleFilter(state == null ? null : IncidentState.valueOf(state),
                cause == null ? null : Cause.valueOf(cause), policy, account,
                domain == null ? null : DomainName.Validator.canonical(domain), q, textDomain,
                closedWithinDuration().map(now::minus).orElse(null), deadlineCutoffs);
    }

    /** {@code closed-within} for the last {@code period}, as the address writes it ({@code 7d}). */
    static String closedWithinOf(Duration period) {
        return period.toDays() + "d";
    }

    /** The {@code closed-within} period, when one is given and readable. */
    public Optional<Duration> closedWithinDuration() {
        if (closedWithin == null) {
            return Optional.empty();
        }
        Matcher days = DAYS.matcher(closedWithin);
        return days.matches() ? Optional.of(Duration.ofDays(Long.parseLong(days.group(1)))) : Optional.empty();
    }

    /** The filters as a query string (without the page), for the fragment and the pager; empty when none is set. */
    public String query() {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("state", state);
        set.put("cause", cause);
        set.put("policy", policy);
        set.put("account", account);
        set.put("domain", domain);
        set.put("q", q);
        set.put("closed-within", closedWithin);
        StringBuilder query = new StringBuilder();
        set.forEach((key, value) -> {
            if (value != null) {
                query.append(query.isEmpty() ? "" : "&").append(key).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** The address of page {@code number} of this list, under {@code path}. */
    public String href(String path, int number) {
        String query = query();
        String pagePart = number == 1 ? "" : "page=" + number;
        String joined = query.isEmpty() ? pagePart : pagePart.isEmpty() ? query : query + "&" + pagePart;
        return joined.isEmpty() ? path : path + "?" + joined;
    }

    public boolean filtered() {
        return !query().isEmpty();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
