package org.probation.enforcement;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.probation.json.JsonColumns;
import org.probation.policy.model.Policy;
import org.probation.policy.model.Stage;

/**
 * Writes what enforcement must apply to an account, each change under the next value of one global revision, and
 * reads the feed agents poll.
 */
@ApplicationScoped
public class DecisionLog {

    private final EntityManager em;
    private final JsonColumns json;
    private final Clock clock;

    DecisionLog(EntityManager em, JsonColumns json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records that {@code accountId} is now at {@code level} of {@code policy} ({@code 0}: nothing to enforce). Runs in
     * the caller's transaction, which holds the revision row's lock until it commits: call it last.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DecisionEntity record(String accountId, UUID incidentId, Policy policy, int level) {
        DecisionRevisionEntity counter = em.find(DecisionRevisionEntity.class, DecisionRevisionEntity.ROW,
                LockModeType.PESSIMISTIC_WRITE);
        counter.lastRevision++;

        DecisionEntity decision = new DecisionEntity();
        decision.revision = counter.lastRevision;
        decision.accountId = accountId;
        decision.incidentId = incidentId;
        decision.active = level > 0;
        if (decision.active) {
            Stage stage = policy.stage(level);
            decision.stageLevel = level;
            decision.stageName = stage.name();
            decision.controls = json.write(ControlsView.of(stage.controls()));
        }
        decision.decidedAt = clock.instant();
        em.persist(decision);

        CurrentDecisionEntity current = em.find(CurrentDecisionEntity.class, accountId);
        boolean firstDecision = current == null;
        if (firstDecision) {
            current = new CurrentDecisionEntity();
            current.accountId = accountId;
        }
        current.revision = decision.revision;
        current.incidentId = incidentId;
        current.active = decision.active;
        current.stageLevel = decision.stageLevel;
        current.stageName = decision.stageName;
        current.controls = decision.controls;
        current.decidedAt = decision.decidedAt;
        if (firstDecision) {
            em.persist(current);
        }
        return decision;
    }

    /**
     * The latest decision of every account changed after {@code since}, oldest first. {@code since = 0} is the full
     * current set, so it leaves out accounts with nothing to enforce. The high-water revision is read before the
     * decisions: every revision up to it has committed, so an agent that resumes from it misses nothing.
     */
    @Transactional
    public DecisionPage since(long since, int limit) {
        long highWater = em.find(DecisionRevisionEntity.class, DecisionRevisionEntity.ROW).lastRevision;
        // A projection straight into the views: no managed entities to snapshot for a feed of up to 10 000 rows.
        List<DecisionView> rows = em.createQuery("""
                select new org.probation.enforcement.DecisionView(d.revision, d.accountId, d.active, d.stageLevel,
                       d.stageName, d.controls)
                from CurrentDecisionEntity d
                where d.revision > :since and (:since > 0 or d.active = true)
                order by d.revision""", DecisionView.class)
                .setParameter("since", since)
                .setMaxResults(limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<DecisionView> page = more ? rows.subList(0, limit) : rows;
        long revision = more ? page.get(page.size() - 1).revision()
                : Math.max(Math.max(highWater, since), page.isEmpty() ? 0 : page.get(page.size() - 1).revision());
        return new DecisionPage(revision, more, List.copyOf(page));
    }
}
