package org.probation.enforcement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One entry of the decisions feed. {@code stage} and {@code controls} are present only while active. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(long revision, String account, boolean active, StageRef stage,
        @JsonRawValue String controls) {

    @RegisterForReflection
    public record StageRef(int level, String name) {
    }

    static DecisionView of(CurrentDecisionEntity d) {
        return new DecisionView(d.revision, d.accountId, d.active,
                d.active ? new StageRef(d.stageLevel, d.stageName) : null, d.active ? d.controls : null);
    }
}
