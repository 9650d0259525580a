package org.probation.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.console.IncidentChartsView.CleanWindow;
import org.probation.console.IncidentChartsView.GateChart;
import org.probation.console.IncidentChartsView.Marker;
import org.probation.console.IncidentChartsView.StageBounds;
import org.probation.console.model.ChartPoint;
import org.probation.console.model.MinMaxBuckets;
import org.probation.console.model.MinMaxBuckets.Bucket;
import org.probation.incident.IncidentService;
import org.probation.incident.model.EventType;
import org.probation.incident.persistence.EventEntity;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.LifecycleColumns;
import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.policy.model.Stage;
import org.probation.sampling.persistence.SampleRepository;

/**
 * The chart data of an incident, downsampled in the database so a week of samples stays a light page: each gate's
 * samples come back as a few hundred buckets' minimum and maximum ({@link SampleRepository#buckets}), not one by one.
 */
@ApplicationScoped
public class IncidentCharts {

    /** Points per chart: about one per pixel column of a wide chart. */
    static final int POINTS = 1_000;

    private final IncidentService incidents;
    private final SampleRepository samples;
    private final Clock clock;

    IncidentCharts(IncidentService incidents, SampleRepository samples, Clock clock) {
        this.incidents = incidents;
        this.samples = samples;
        this.clock = clock;
    }

    @Transactional
    public IncidentChartsView of(UUID id) {
        IncidentEntity incident = incidents.get(id);
        return of(incident, incidents.policyOf(incident), incidents.timeline(id));
    }

    /** The charts of an incident already read, with its timeline (oldest first) for the markers. */
    @Transactional
    public IncidentChartsView of(IncidentEntity incident, Policy policy, List<EventEntity> timeline) {
        LifecycleColumns lifecycle = incident.lifecycle;
        Instant from = lifecycle.openedAt;
        Instant until = lifecycle.closedAt != null ? lifecycle.closedAt : clock.instant();
        Duration interval = policy.sampleInterval();

        Set<String> metrics = gatedMetrics(policy);
        Map<String, List<Bucket>> byMetric = bucketsOf(incident.account.id, metrics, from, until, interval);
        List<GateChart> charts = new ArrayList<>();
        for (String metric : metrics) {
            List<Bucket> buckets = byMetric.getOrDefault(metric, List.of());
            Gate gate = policy.gates().get(metric);
            charts.add(new GateChart(metric, gate == null ? null : gate.clean(), gate == null ? null : gate.relapse(),
                    stageBounds(policy, metric), (int) buckets.stream().mapToLong(Bucket::samples).sum(),
                    MinMaxBuckets.points(buckets)));
        }

        List<Marker> markers = timeline.stream().filter(IncidentCharts::isMarker)
                .map(event -> new Marker(event.occurredAt, event.type, event.fromStage, event.toStage))
                .toList();
        CleanWindow clean = lifecycle.closedAt == null && lifecycle.cleanSince != null
                ? new CleanWindow(lifecycle.cleanSince, until)
                : null;
        return new IncidentChartsView(incident.id, policy.name(), interval.toSeconds(), from, until, clean, charts,
                markers);
    }

    /**
     * Each metric's buckets over {@code [from, until]} as the database fills them ({@link SampleRepository#buckets}):
     * the same buckets {@link MinMaxBuckets#buckets} fills from the samples, without reading them here.
     *
     * @param interval the policy's sample interval: samples further apart have missing data between them
     */
    @Transactional
    public Map<String, List<Bucket>> bucketsOf(String account, Set<String> metrics, Instant from, Instant until,
            Duration interval) {
        Map<String, List<Bucket>> byMetric = new HashMap<>();
        for (SampleRepository.Bucket row : samples.buckets(account, metrics, from, until, MinMaxBuckets.micros(from),
                MinMaxBuckets.widthMicros(from, until, POINTS), MinMaxBuckets.micros(interval))) {
            byMetric.computeIfAbsent(row.metric(), m -> new ArrayList<>()).add(new Bucket(row.index(), row.samples(),
                    new ChartPoint(MinMaxBuckets.instant(row.lowAt()), row.low()),
                    new ChartPoint(MinMaxBuckets.instant(row.highAt()), row.high()),
                    row.beforeGap() == null ? null : MinMaxBuckets.instant(row.beforeGap()).plus(interval)));
        }
        return byMetric;
    }

    /** The policy's gates first, in its file's order, then metrics only a stage gates. */
    private static Set<String> gatedMetrics(Policy policy) {
        Set<String> metrics = new LinkedHashSet<>(policy.gates().keySet());
        for (Stage stage : policy.stages()) {
            metrics.addAll(stage.gateOverrides().keySet());
        }
        return metrics;
    }

    /** Strictest stage first, as the policy lists them. */
    private static List<StageBounds> stageBounds(Policy policy, String metric) {
        List<StageBounds> bounds = new ArrayList<>();
        for (Stage stage : policy.stages()) {
            Gate gate = policy.gatesAt(stage.level()).get(metric);
            if (gate != null) {
                bounds.add(new StageBounds(stage.level(), stage.name(), gate.clean(), gate.relapse()));
            }
        }
        return bounds;
    }

    private static boolean isMarker(EventEntity event) {
        return event.type == EventType.RELAPSED
                || (event.toStage != null && !Objects.equals(event.fromStage, event.toStage));
    }
}
