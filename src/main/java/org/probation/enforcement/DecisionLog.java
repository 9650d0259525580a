package org.probation.enforcement;

import java.io.IOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

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

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Writes what enforcement must apply to an account, each change under the next value of one global revision, and
 * reads the feed agents poll.
 */
@ApplicationScoped
public class DecisionLog {

    /** How long one page may take to stream, a slow client included. */
    public static final int READ_TIMEOUT_SECONDS = 30;

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
     * Cuts the next page of the feed: the latest decision of every account changed after {@code since}, oldest
     * first, at most {@code limit}. {@code since = 0} is the full current set, so it leaves out accounts with nothing
     * to enforce. The high-water revision is read first: every revision up to it has committed (the counter row is
     * locked until commit), so the page ends at it at the latest and an agent that resumes from the page's revision
     * misses nothing. A poll at the high-water mark reads the counter row and nothing else.
     */
    @Transactional
    public FeedPage page(long since, int limit) {
        long highWater = revisions.last();
        boolean activeOnly = since == 0;
        if (since >= highWater) {
            return new FeedPage(since, since, activeOnly, since, false);
        }
        // The page's last row and the one after it, if any: whether the page is cut, and where.
        List<Long> edge = current.revisionsFrom(since, highWater, activeOnly, limit - 1, 2);
        if (edge.size() == 2) {
            return new FeedPage(since, edge.get(0), activeOnly, edge.get(0), true);
        }
        return new FeedPage(since, highWater, activeOnly, highWater, false);
    }

    /** A receiver of the page's decisions, one at a time, as they are read. */
    @FunctionalInterface
    public interface DecisionSink {
        void accept(DecisionView decision) throws IOException;
    }

    /**
     * Reads the page's decisions in revision order and hands each to {@code sink} as it is read: a forward-only
     * cursor, nothing collected. A decision that changed again since the page was cut has moved past its end and
     * comes in a later page. The cursor is read while the page is written to the client's socket, so it holds a
     * pooled connection and a transaction for as long as the client downloads: bounded at {@value #READ_TIMEOUT_SECONDS}
     * s, past which the read fails and the response is cut (the agent polls again from its last revision).
     */
    @Transactional
    @TransactionConfiguration(timeout = READ_TIMEOUT_SECONDS)
    public void read(FeedPage page, DecisionSink sink) throws IOException {
        if (page.empty()) {
            return;
        }
        try (Stream<DecisionRow> rows = current.between(page.since(), page.through(), page.activeOnly())) {
            Iterator<DecisionRow> it = rows.iterator();
            while (it.hasNext()) {
                sink.accept(it.next().view());
            }
        }
    }
}
