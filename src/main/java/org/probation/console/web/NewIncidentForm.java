package org.probation.console.web;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MultivaluedMap;

import org.probation.incident.OpenIncident;
import org.probation.incident.model.Cause;

import io.quarkus.qute.TemplateData;

/**
 * The new-incident form: the values as typed (shown back after a refusal), the choices, and what was refused.
 *
 * @param problems each field at fault and why, in the order of the form
 * @param existing the open incident of the account, when that is why it was refused
 */
@TemplateData
public record NewIncidentForm(Map<String, String> values, List<String> causes, List<String> policies,
        List<Problem> problems, String existing) {

    static final List<String> FIELDS = List.of("accountId", "email", "locale", "name", "domains", "cause", "policy",
            "summary", "evidenceDomains", "figures");

    // Why a field is refused. The page words each in the operator's language (ListMessages#refusal): the
    // validator's own messages are the API's, in English, and stay there.
    static final String REQUIRED = "REQUIRED";
    /** Not of the field's shape; the bundle says which shape, per field. */
    static final String INVALID = "INVALID";
    /** Longer than {@code limit} characters; without a limit, domain names too long together. */
    static final String TOO_LONG = "TOO_LONG";
    /** More than {@code limit} lines. */
    static final String TOO_MANY = "TOO_MANY";
    static final String UNKNOWN_POLICY = "UNKNOWN_POLICY";
    static final String ALREADY_OPEN = "ALREADY_OPEN";

    /**
     * @param field a form field's name
     * @param reason why it is refused: {@link #REQUIRED}, {@link #INVALID}, ...
     * @param limit the limit a {@link #TOO_LONG} or {@link #TOO_MANY} field broke, {@code 0} when none applies
     */
    @TemplateData
    public record Problem(String field, String reason, long limit) {

        Problem(String field, String reason) {
            this(field, reason, 0);
        }

        /** The refusal of a constraint of the API's request, by the kind of constraint (its message is English). */
        static Problem of(ConstraintViolation<?> violation) {
            String field = fieldOf(violation.getPropertyPath().toString());
            Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
            if (constraint instanceof NotNull || constraint instanceof NotBlank) {
                return new Problem(field, REQUIRED);
            }
            if (constraint instanceof Size size) {
                return new Problem(field, violation.getInvalidValue() instanceof CharSequence ? TOO_LONG : TOO_MANY,
                        size.max());
            }
            return new Problem(field, INVALID);
        }
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

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Whether {@code field} is at fault: the form marks it. */
    public boolean invalid(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    /** This form shown again with {@code problems}, one of each, in the order of the fields. */
    NewIncidentForm refused(List<Problem> problems, String existing) {
        List<Problem> ordered = problems.stream().distinct()
                .sorted(Comparator.comparingInt(problem -> FIELDS.indexOf(problem.field()))).toList();
        return new NewIncidentForm(values, causes, policies, ordered, existing);
    }

    /**
     * The request the API would take for these values; a cause, a policy or figures that cannot be read into it are
     * {@code problems} instead (the rest is left to the same validation as the API's).
     */
    OpenIncident toRequest(List<Problem> problems) {
        String causeText = blankToNull(value("cause"));
        Cause cause = null;
        if (causeText != null) {
            try {
                cause = Cause.valueOf(causeText);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("cause", INVALID));
            }
        }
        String policy = blankToNull(value("policy"));
        if (policy != null && !policies.contains(policy)) {
            // The service would refuse it too (a shadow policy included), in the API's words.
            problems.add(new Problem("policy", UNKNOWN_POLICY));
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String line : lines(value("figures"))) {
            int equals = line.indexOf('=');
            try {
                figures.put(line.substring(0, equals).strip(), Double.valueOf(line.substring(equals + 1).strip()));
            } catch (RuntimeException e) {
                problems.add(new Problem("figures", INVALID));
                break;
            }
        }
        String summary = blankToNull(value("summary"));
        List<String> evidenceDomains = lines(value("evidenceDomains"));
        OpenIncident.Evidence evidence = summary == null && evidenceDomains.isEmpty() && figures.isEmpty() ? null
                : new OpenIncident.Evidence(summary, evidenceDomains, figures);
        return new OpenIncident(new OpenIncident.AccountDetails(blankToNull(value("accountId")),
                blankToNull(value("email")), blankToNull(value("locale")), blankToNull(value("name")),
                lines(value("domains"))), cause, policy, evidence);
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
