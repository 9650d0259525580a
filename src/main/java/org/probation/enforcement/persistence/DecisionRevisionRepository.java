package org.probation.enforcement.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The one global decision revision counter. */
@ApplicationScoped
public class DecisionRevisionRepository implements PanacheRepositoryBase<DecisionRevisionEntity, Integer> {

    /**
     * Hands out the next revision. The counter row stays locked until the caller's transaction ends, so revisions
     * become visible in order and a rollback leaves no gap.
     */
    public long next() {
        DecisionRevisionEntity counter = findById(DecisionRevisionEntity.ROW, LockModeType.PESSIMISTIC_WRITE);
        counter.lastRevision++;
        return counter.lastRevision;
    }

    /** The last revision handed out (committed, when read in a transaction of its own). */
    public long last() {
        return findById(DecisionRevisionEntity.ROW).lastRevision;
    }
}
