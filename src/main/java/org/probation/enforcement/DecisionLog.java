package org.probation.enforcement;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.enforcement.persistence.CurrentDecisionEntity;
import org.probation.enforcement.persistence.CurrentDecisionRepository;
import org.probation.enforcement.persistence.DecisionEntity;
import org.probation.enforcement.persistence.DecisionRepository;
import org.probation.enforcement.persistence.DecisionRevisionRepository;
import org.probation.enforcement.persistence.DecisionRow;
import org.probation.policy.ControlsView;
import org.probation.policy.model.Policy;
import org.probation.policy.model.Stage;

/**
 * Writes what enforcement must apply to an account, each change under the next value of one global revision, and
 * reads the feed agents poll.
 */
@ApplicationScoped
public class DecisionLog {

    private final DecisionRevisionRepository revisions;
    private final DecisionRepository history;
    private final CurrentDecisionRepository current;
    private final Clock clock;

    DecisionLog(DecisionRevisionRepository revisions, DecisionRepository history, CurrentDecisionRepository current,
            Clock clock) {
        this.revisions = revisions;
        this.history = history;
        this.current = current;
        this.clock = clock;
    }

    /**
     * Records that {@code accountId} is now at {@code level} of {@code policy} ({@code 0}: nothing to enforce). Runs in
     * the caller's transaction, which holds the revision row's lock until it commits: call it last.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DecisionEntity record(String accountId, UUID incidentId, Policy policy, int level) {
        DecisionEntity decision = new DecisionEntity();
        decision.revision = revisions.next();
        decision.accountId = accountId;
        decision.incidentId = incidentId;
        decision.active = level > 0;
        if (decision.active) {
            Stage stage = policy.stage(level);
            decision.stageLevel = level;
            decision.stageName = stage.name();
            decision.controls = ControlsView.of(stage.controls());
        }
        decision.decidedAt = clock.instant();
        history.persist(decision);

        CurrentDecisionEntity latest = current.findById(accountId);
        boolean firstDecision = latest == null;
        if (firstDecision) {
            latest = new CurrentDecisionEntity();
            latest.accountId = accountId;
        }
        latest.revision = decision.revision;
        latest.incidentId = incidentId;
        latest.active = decision.active;
        latest.stageLevel = decision.stageLevel;
        latest.stageName = decision.stageName;
        latest.controls = decision.controls;
        latest.decidedAt = decision.decidedAt;
        if (firstDecision) {
            current.persist(latest);
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
        long highWater = revisions.last();
        List<DecisionView> rows = current.changedAfter(since, limit + 1).stream().map(DecisionRow::view).toList();
        boolean more = rows.size() > limit;
        List<DecisionView> page = more ? rows.subList(0, limit) : rows;
        long revision = more ? page.get(page.size() - 1).revision()
                : Math.max(Math.max(highWater, since), page.isEmpty() ? 0 : page.get(page.size() - 1).revision());
        return new DecisionPage(revision, more, List.copyOf(page));
    }
}
