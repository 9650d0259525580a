package org.probation.enforcement;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A page of the decisions feed as clients read it (the documented response shape). The service writes it as a
 * stream, in this field order, without holding the page in memory ({@code web/DecisionResource}).
 *
 * @param revision the revision to resume from ({@code since=revision} on the next poll)
 * @param more whether more decisions are waiting beyond this page (poll again at once)
 */
@RegisterForReflection
public record DecisionPage(long revision, boolean more, List<DecisionView> decisions) {
}
