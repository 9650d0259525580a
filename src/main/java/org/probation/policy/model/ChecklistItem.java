package org.probation.policy.model;

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

    public String label(String locale) {
        return "en".equals(locale) ? labelEn : labelJa;
    }
}
