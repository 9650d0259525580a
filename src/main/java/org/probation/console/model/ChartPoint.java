package org.probation.console.model;

import java.time.Instant;

/**
 * One point of a chart. A {@code null} value marks missing data: a chart breaks its line there instead of drawing
 * through the gap.
 */
public record ChartPoint(Instant at, Double value) {

    public static ChartPoint gapAt(Instant at) {
        return new ChartPoint(at, null);
    }

    public boolean isGap() {
        return value == null;
    }
}
