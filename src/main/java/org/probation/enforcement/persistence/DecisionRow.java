package org.probation.enforcement.persistence;

import org.probation.enforcement.DecisionView;
import org.probation.policy.ControlsView;

/** The feed's columns of {@link CurrentDecisionEntity}, projected without managing the entities. */
public record DecisionRow(long revision, String accountId, boolean active, Integer stageLevel, String stageName,
        ControlsView controls) {

    public DecisionView view() {
        return DecisionView.of(revision, accountId, active, stageLevel, stageName, controls);
    }
}
