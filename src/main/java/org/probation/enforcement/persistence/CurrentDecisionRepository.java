package org.probation.enforcement.persistence;

import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.AvailableHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The latest decision of each account, keyed by account id: what the feed serves. */
@ApplicationScoped
public class CurrentDecisionRepository implements PanacheRepositoryBase<CurrentDecisionEntity, String> {

    /** Rows the driver fetches per round trip while the feed streams (PostgreSQL: a cursor, not the whole result). */
    static final int FETCH_SIZE = 1_000;

    /**
     * Up to {@code max} revisions of rows changed after {@code since} up to {@code through}, in order, skipping the
     * first {@code skip}: where a page ends, read from the revision index.
     */
    public List<Long> revisionsFrom(long since, long through, boolean activeOnly, int skip, int max) {
        return getEntityManager()
                .createQuery("select c.revision from CurrentDecisionEntity c where c.revision > :since"
                        + " and c.revision <= :through" + (activeOnly ? " and c.active = true" : "")
                        + " order by c.revision", Long.class)
                .setParameter("since", since).setParameter("through", through)
                .setFirstResult(skip).setMaxResults(max).getResultList();
    }

    /**
     * The rows changed after {@code since} up to {@code through}, oldest first, as a forward-only stream fetched
     * {@link #FETCH_SIZE} rows at a time. A projection: no managed entities pile up in the session. Close it.
     */
    public Stream<DecisionRow> between(long since, long through, boolean activeOnly) {
        return find("revision > ?1 and revision <= ?2" + (activeOnly ? " and active = true" : ""),
                Sort.by("revision"), since, through)
                .project(DecisionRow.class)
                .withHint(AvailableHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .withHint(AvailableHints.HINT_READ_ONLY, true)
                .stream();
    }
}
