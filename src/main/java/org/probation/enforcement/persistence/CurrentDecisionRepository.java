package org.probation.enforcement.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** The latest decision of each account, keyed by account id: what the feed serves. */
@ApplicationScoped
public class CurrentDecisionRepository implements PanacheRepositoryBase<CurrentDecisionEntity, String> {

    /**
     * Up to {@code max} rows changed after {@code since}, oldest first; {@code since = 0} leaves out accounts with
     * nothing to enforce. A projection: no managed entities to snapshot for a feed of up to 10 000 rows.
     */
    public List<DecisionRow> changedAfter(long since, int max) {
        return find("revision > :since and (:since > 0 or active = true)", Sort.by("revision"),
                Parameters.with("since", since))
                .project(DecisionRow.class)
                .range(0, max - 1)
                .list();
    }
}
