package org.probation.policy.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One remediation step the customer confirms before monitoring starts.
 *
 * @param causes the incident causes this item applies to; empty means every cause
 */
public record ChecklistItem(String key, String labelJa, String labelEn, boolean required, Set<String> causes) {

    public ChecklistItem {
        causes = Set.copyOf(causes);
    }

    public boolean appliesTo(String cause) {
        return causes.isEmpty() || causes.contains(cause);
    }

    /** The label in the language of this tag (as the policy states it), Japanese, the first language, otherwise. */
    public String label(String languageTag) {
        return Optional.ofNullable(languageTag).map(Map.of("ja", labelJa, "en", labelEn)::get).orElse(labelJa);
    }
}
