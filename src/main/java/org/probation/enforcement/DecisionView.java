package org.probation.enforcement;

import org.probation.policy.ControlsView;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One entry of the decisions feed. {@code stage} and {@code controls} are present only while active. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(long revision, String account, boolean active, StageRef stage,
        ControlsView controls) {

    @RegisterForReflection
    public record StageRef(int level, String name) {
    }

    /** Stage and controls only while active. */
    public static DecisionView of(long revision, String account, boolean active, Integer stageLevel,
            String stageName, ControlsView controls) {
        return new DecisionView(revision, account, active, active ? new StageRef(stageLevel, stageName) : null,
                active ? controls : null);
    }
}
