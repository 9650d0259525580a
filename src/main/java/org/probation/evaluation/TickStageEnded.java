package org.probation.evaluation;

import java.time.Duration;

/** One stage of a tick ended: {@code pull} (the metric sources) or {@code evaluate} (one batch of incidents). */
public record TickStageEnded(String stage, Duration took) {

    public static final String PULL = "pull";
    public static final String EVALUATE = "evaluate";
}
