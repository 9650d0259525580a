package org.probation.enforcement.persistence;

import org.probation.enforcement.DecisionView;
import org.probation.policy.ControlsView;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The feed's columns of {@link CurrentDecisionEntity}, projected without managing the entities. */
@RegisterForReflection
public record DecisionRow(long revision, String accountId, boolean active, Integer stageLevel, String stageName,
        ControlsView controls) {

    public DecisionView view() {
        return DecisionView.of(revision, accountId, active, stageLevel, stageName, controls);
    }
}
