package org.probation.console;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.probation.console.model.ChartPoint;
import org.probation.incident.model.EventType;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What an incident's charts draw: one chart per gated metric over the monitoring period, the events that changed the
 * stage or were relapses, and the current clean window.
 *
 * @param until now while the incident is open, its closing once closed
 * @param cleanWindow {@code null} when the incident is closed or has no clean window running
 */
@RegisterForReflection
public record IncidentChartsView(UUID incident, String policy, long sampleIntervalSeconds, Instant from,
        Instant until, CleanWindow cleanWindow, List<GateChart> charts, List<Marker> markers) {

    /**
     * One gated metric.
     *
     * @param clean the policy's clean bound; {@code null} when only stages gate the metric
     * @param relapse the policy's relapse bound; {@code null} when only stages gate the metric
     * @param stages the bounds in force at each stage (a stage's own gate overrides the policy's)
     * @param samples how many samples were read, before downsampling
     * @param points at most about a thousand: each bucket's minimum and maximum, {@code value: null} where data is
     *        missing
     */
    @RegisterForReflection
    public record GateChart(String metric, Double clean, Double relapse, List<StageBounds> stages, int samples,
            List<ChartPoint> points) {
    }

    @RegisterForReflection
    public record StageBounds(int level, String name, double clean, double relapse) {
    }

    /** A stage change or a relapse from the timeline. */
    @RegisterForReflection
    public record Marker(Instant at, EventType type, Integer fromStage, Integer toStage) {
    }

    @RegisterForReflection
    public record CleanWindow(Instant from, Instant until) {
    }
}
