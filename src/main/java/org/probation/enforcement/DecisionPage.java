package org.probation.enforcement;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A page of the decisions feed.
 *
 * @param revision the revision to resume from ({@code since=revision} on the next poll)
 * @param more whether more decisions are waiting beyond this page (poll again at once)
 */
@RegisterForReflection
public record DecisionPage(long revision, boolean more, List<DecisionView> decisions) {
}
