package org.probation.console.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.probation.incident.model.Cause;
import org.probation.incident.model.IncidentState;
import org.probation.incident.persistence.IncidentRepository.ConsoleFilter;
import org.probation.policy.PolicyCatalog;
import org.probation.validation.DomainName;
import org.probation.validation.Patterns;

/**
 * The list's filters as typed in the address (a GET form, so a filtered list can be shared), kept as given so the
 * form shows them back, and the fields at fault ({@link #problems}) when some cannot be read.
 *
 * @param page 1-based, as people count pages
 */
public record ListFilter(String state, String cause, String policy, String account, String domain, String q,
        int page, List<String> problems) {

    static final int MAX_TEXT = 200;
    private static final Pattern ACCOUNT = Pattern.compile(Patterns.ACCOUNT_ID);

    /** Reads the filters; blank means "any". */
    public static ListFilter read(String state, String cause, String policy, String account, String domain, String q,
            String page, PolicyCatalog policies) {
        List<String> problems = new ArrayList<>();
        state = trimmed(state);
        cause = trimmed(cause);
        policy = trimmed(policy);
        account = trimmed(account);
        domain = trimmed(domain);
        q = trimmed(q);
        if (state != null && parse(IncidentState.class, state).isEmpty()) {
            problems.add("state");
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
        return new ListFilter(state, cause, policy, account, domain, q, number, List.copyOf(problems));
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The repository's filter; only for a {@link #valid()} one. */
    ConsoleFilter toQuery(Map<String, Instant> deadlineCutoffs) {
        String textDomain = q == null ? null
                : DomainName.Validator.ascii(q).map(ascii -> DomainName.Validator.canonical(q)).orElse(null);
        return new ConsoleFilter(state == null ? null : IncidentState.valueOf(state),
                cause == null ? null : Cause.valueOf(cause), policy, account,
                domain == null ? null : DomainName.Validator.canonical(domain), q, textDomain, deadlineCutoffs);
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
