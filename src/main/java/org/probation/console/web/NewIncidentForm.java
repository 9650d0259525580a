package org.probation.console.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.probation.incident.OpenIncident;
import org.probation.incident.model.Cause;

/**
 * The new-incident form: the values as typed (shown back after a refusal), the choices, and what was refused.
 *
 * @param problems each field at fault with the validator's words; {@code general} for the whole request
 * @param existing the open incident of the account, when that is why it was refused
 */
public record NewIncidentForm(Map<String, String> values, List<String> causes, List<String> policies,
        List<Problem> problems, String existing) {

    static final List<String> FIELDS = List.of("accountId", "email", "locale", "name", "domains", "cause", "policy",
            "summary", "evidenceDomains", "figures");

    /** @param field a form field's name; {@code message} {@code null}: the field's own message in the bundle */
    public record Problem(String field, String message) {
    }

    static NewIncidentForm empty(List<String> policies) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, ""));
        values.put("locale", "ja");
        return new NewIncidentForm(values, allCauses(), policies, List.of(), null);
    }

    static NewIncidentForm of(MultivaluedMap<String, String> form, List<String> policies) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, form.getFirst(field) == null ? "" : form.getFirst(field)));
        return new NewIncidentForm(values, allCauses(), policies, List.of(), null);
    }

    NewIncidentForm refused(List<Problem> problems, String existing) {
        return new NewIncidentForm(values, causes, policies, List.copyOf(problems), existing);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Whether {@code field} is at fault: the form marks it. */
    public boolean invalid(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    /**
     * The request the API would take for these values; figures that are no {@code metric=number} lines are
     * {@code problems} instead (the rest is left to the same validation as the API's).
     */
    OpenIncident toRequest(List<Problem> problems) {
        String causeText = blankToNull(value("cause"));
        Cause cause = null;
        if (causeText != null) {
            try {
                cause = Cause.valueOf(causeText);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("cause", "must be one of " + Arrays.toString(Cause.values())));
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String line : lines(value("figures"))) {
            int equals = line.indexOf('=');
            try {
                figures.put(line.substring(0, equals).strip(), Double.valueOf(line.substring(equals + 1).strip()));
            } catch (RuntimeException e) {
                problems.add(new Problem("figures", null));
                break;
            }
        }
        String summary = blankToNull(value("summary"));
        List<String> evidenceDomains = lines(value("evidenceDomains"));
        OpenIncident.Evidence evidence = summary == null && evidenceDomains.isEmpty() && figures.isEmpty() ? null
                : new OpenIncident.Evidence(summary, evidenceDomains, figures);
        return new OpenIncident(new OpenIncident.AccountDetails(blankToNull(value("accountId")),
                blankToNull(value("email")), blankToNull(value("locale")), blankToNull(value("name")),
                lines(value("domains"))), cause, blankToNull(value("policy")), evidence);
    }

    /** The form field a validation path ({@code account.domains[1].<list element>}) belongs to. */
    static String fieldOf(String path) {
        if (path.startsWith("account.id")) {
            return "accountId";
        }
        if (path.startsWith("account.email")) {
            return "email";
        }
        if (path.startsWith("account.locale")) {
            return "locale";
        }
        if (path.startsWith("account.name")) {
            return "name";
        }
        if (path.startsWith("account.domains")) {
            return "domains";
        }
        if (path.startsWith("evidence.summary")) {
            return "summary";
        }
        if (path.startsWith("evidence.domains")) {
            return "evidenceDomains";
        }
        if (path.startsWith("evidence.figures")) {
            return "figures";
        }
        if (path.startsWith("cause")) {
            return "cause";
        }
        if (path.startsWith("policy")) {
            return "policy";
        }
        return "accountId";
    }

    private static List<String> allCauses() {
        return Arrays.stream(Cause.values()).map(Enum::name).toList();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("[\\r\\n,]+")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
