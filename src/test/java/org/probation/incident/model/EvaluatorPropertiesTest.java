package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.policy.model.RelapseTarget;
import org.probation.policy.model.Stage;
import org.probation.support.TestPolicies;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring rules against random sample series: random gaps, values across the clean, dirty and relapse ranges,
 * random arrival delays and random tick times, from the opening through the report to the end of monitoring. The
 * policy counts in seconds: 10 s slots, clean windows of 60 s, 40 s and 30 s, {@code min-monitoring} 150 s,
 * {@code max-monitoring} 400 s. Every tick is checked against a model computed from the generated samples alone.
 */
class EvaluatorPropertiesTest {

    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final Instant OPENED = Instant.parse("2026-11-28T10:00:00Z");
    private static final Gate MAIL = new Gate("mail_sent_per_hour", 100, 500);
    private static final Gate CPU = new Gate("cpu_load", 0.8, 2.0);

    // --- properties -----------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void everyTickKeepsTheRules(@ForAll("scenarios") Scenario scenario) {
        Run run = new Run(scenario);

        run.toTheEnd();

        Statistics.label("outcome").collect(run.status.state());
        Statistics.label("outcome").coverage(check -> {
            check.check(IncidentState.LIFTED).percentage(p -> p >= 5);
            check.check(IncidentState.ESCALATED).percentage(p -> p >= 5);
        });
        Statistics.label("stepped down").collect(run.events.contains(EventType.STEPPED_DOWN));
        Statistics.label("stepped down").coverage(check -> check.check(true).percentage(p -> p >= 15));
        Statistics.label("relapsed").collect(run.status.relapses() > 0);
        Statistics.label("relapsed").coverage(check -> check.check(true).percentage(p -> p >= 10));
        Statistics.label("asked for approval").collect(run.notices.contains(EventType.APPROVAL_REQUESTED));
        Statistics.label("asked for approval").coverage(check -> check.check(true).percentage(p -> p >= 2));
    }

    @Property(tries = 200)
    void withoutAnySampleNothingEverImproves(@ForAll RelapseTarget relapseTo, @ForAll boolean approval,
            @ForAll("reportDelays") int reportAfter, @ForAll("tickGaps") List<Integer> tickGaps) {
        Series none = new Series(0, 0, List.of());
        Run run = new Run(new Scenario(relapseTo, approval, reportAfter, none, none, tickGaps));

        run.toTheEnd();

        assertThat(run.events).doesNotContain(EventType.STEPPED_DOWN, EventType.LIFTED, EventType.RELAPSED);
        assertThat(run.status.stage()).isEqualTo(3);
        assertThat(run.status.relapses()).isZero();
    }

    // --- generated scenarios --------------------------------------------------------------------------------------

    /** One sample: {@code gap} seconds after the previous one, a value picked by {@code u} and {@code pick}. */
    record Step(int gap, double u, int pick, int delay) {
    }

    /** The samples of one metric, with how often a value is a relapse or merely dirty. */
    record Series(double dirtyRate, double relapseRate, List<Step> steps) {
    }

    record Scenario(RelapseTarget relapseTo, boolean approval, int reportAfter, Series mail, Series cpu,
            List<Integer> tickGaps) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(Arbitraries.of(RelapseTarget.class),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true))),
                reportDelays(), series(), series(), tickGaps()).as(Scenario::new);
    }

    @Provide
    Arbitrary<Integer> reportDelays() {
        return Arbitraries.integers().between(0, 60);
    }

    @Provide
    Arbitrary<List<Integer>> tickGaps() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(1, 12)),
                Tuple.of(2, Arbitraries.integers().between(13, 50))).list().ofMinSize(20).ofMaxSize(80)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<Series> series() {
        Arbitrary<Integer> gaps = Arbitraries.frequencyOf(Tuple.of(19, Arbitraries.integers().between(1, 6)),
                Tuple.of(1, Arbitraries.integers().between(7, 30)));
        Arbitrary<Integer> delays = Arbitraries.frequencyOf(Tuple.of(14, Arbitraries.just(0)),
                Tuple.of(5, Arbitraries.integers().between(1, 12)),
                Tuple.of(1, Arbitraries.integers().between(13, 90)));
        Arbitrary<Double> uniform = Arbitraries.integers().between(0, 9_999)
                .withDistribution(RandomDistribution.uniform()).withoutEdgeCases().map(n -> n / 10_000.0);
        Arbitrary<Step> steps = Combinators.combine(gaps, uniform,
                Arbitraries.integers().between(0, 5), delays).as(Step::new);
        Arbitrary<List<Step>> series = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(19,
                steps.list().ofMinSize(20).ofMaxSize(200).withSizeDistribution(RandomDistribution.uniform())));
        Arbitrary<Double> dirtyRates = Arbitraries.of(0.0, 0.0, 0.005, 0.02, 0.05);
        Arbitrary<Double> relapseRates = Arbitraries.of(0.0, 0.0, 0.005, 0.01, 0.03);
        return Combinators.combine(dirtyRates, relapseRates, series).as(Series::new);
    }

    private static Policy policy(RelapseTarget relapseTo, boolean approval) {
        return TestPolicies.policy().sampleInterval(INTERVAL).minCoverage(0.75).minMonitoring(Duration.ofSeconds(150))
                .maxMonitoring(Duration.ofSeconds(400)).maxRelapses(2).noDataAfter(Duration.ofSeconds(40))
                .relapseTo(relapseTo).noGates().gate(MAIL).gate(CPU)
                .stages(stage(3, "top", 60, false), stage(2, "middle", 40, approval), stage(1, "last", 30, false))
                .build();
    }

    private static Stage stage(int level, String name, int cleanSeconds, boolean approval) {
        return new Stage(level, name, Duration.ofSeconds(cleanSeconds), approval, TestPolicies.noControls(), Map.of());
    }

    /** A generated sample, delivered to the first tick at or after {@code arrival}. */
    record Delivery(Observation sample, Instant arrival) {
    }

    private static List<Delivery> deliveries(Gate gate, Series series) {
        List<Delivery> deliveries = new ArrayList<>();
        Instant at = OPENED.minusSeconds(15);
        for (Step step : series.steps()) {
            at = at.plusSeconds(step.gap());
            deliveries.add(new Delivery(new Observation(gate.metric(), at, value(gate, series, step)),
                    at.plusSeconds(step.delay())));
        }
        return deliveries;
    }

    /** Values on and around the bounds as often as inside the ranges. */
    private static double value(Gate gate, Series series, Step step) {
        if (step.u() < series.relapseRate()) {
            return step.pick() % 2 == 0 ? Math.nextUp(gate.relapse()) : gate.relapse() * 3;
        }
        if (step.u() < series.relapseRate() + series.dirtyRate()) {
            return switch (step.pick() % 3) {
                case 0 -> Math.nextUp(gate.clean());
                case 1 -> (gate.clean() + gate.relapse()) / 2;
                default -> gate.relapse();
            };
        }
        return switch (step.pick() % 3) {
            case 0 -> 0;
            case 1 -> gate.clean() * step.u();
            default -> gate.clean();
        };
    }

    // --- the run and its model ------------------------------------------------------------------------------------

    /**
     * Runs the evaluator tick by tick as the application does (tracks stored as text between ticks) and, beside it,
     * with tracks that stay in memory; checks every tick against what the delivered samples say.
     */
    private static final class Run {

        private final Policy policy;
        private final Instant reportAt;
        private final List<Integer> tickGaps;
        private final List<Delivery> pending = new ArrayList<>();
        private final Map<String, List<Observation>> delivered = new HashMap<>();
        private final Map<String, Boolean> silenceReported = new HashMap<>();
        private final Set<Instant> approvalsAsked = new HashSet<>();
        private final List<EventType> events = new ArrayList<>();
        private final List<EventType> notices = new ArrayList<>();
        private IncidentStatus status;
        private String storedTracks = "";
        private Tracks memoryTracks = Tracks.empty(INTERVAL);

        Run(Scenario scenario) {
            policy = policy(scenario.relapseTo(), scenario.approval());
            reportAt = OPENED.plusSeconds(scenario.reportAfter());
            tickGaps = scenario.tickGaps();
            pending.addAll(deliveries(MAIL, scenario.mail()));
            pending.addAll(deliveries(CPU, scenario.cpu()));
            pending.sort(Comparator.comparing(Delivery::arrival));
            status = IncidentStatus.opened(policy.topLevel(), OPENED);
            for (Gate gate : policy.gates().values()) {
                delivered.put(gate.metric(), new ArrayList<>());
                silenceReported.put(gate.metric(), false);
            }
        }

        void toTheEnd() {
            Instant now = OPENED;
            for (int gap : tickGaps) {
                now = now.plusSeconds(gap);
                if (!status.isMonitoringStarted() && !now.isBefore(reportAt)) {
                    status = Incident.from(status, Tracks.empty(INTERVAL)).report(policy, reportAt).accepted().orElseThrow()
                            .after();
                }
                tick(now);
                if (!status.isOpen()) {
                    return;
                }
            }
        }

        private void tick(Instant now) {
            List<Observation> arrived = new ArrayList<>();
            while (!pending.isEmpty() && !pending.get(0).arrival().isAfter(now)) {
                Observation sample = pending.remove(0).sample();
                arrived.add(sample);
                delivered.get(sample.metric()).add(sample);
                silenceReported.put(sample.metric(), false);
            }
            IncidentStatus before = status;
            Tracks tracks = Tracks.decode(storedTracks, INTERVAL);
            Evaluation evaluation = Incident.from(before, tracks).observe(policy, arrived, now);
            assertThat(tracks.encode()).as("evaluation leaves the tracks it read as they were")
                    .isEqualTo(Tracks.decode(storedTracks, INTERVAL).encode());
            storedTracks = evaluation.tracks().encode();
            Evaluation inMemory = Incident.from(before, memoryTracks).observe(policy, arrived, now);
            memoryTracks = inMemory.tracks();
            assertThat(inMemory).as("tracks kept in memory decide as tracks stored between ticks")
                    .isEqualTo(evaluation);

            check(before, evaluation, arrived, now);
            evaluation.transition().map(Transition::event).ifPresent(events::add);
            evaluation.notices().forEach(notice -> notices.add(notice.type()));
            status = evaluation.status();
        }

        private void check(IncidentStatus before, Evaluation evaluation, List<Observation> arrived, Instant now) {
            IncidentStatus after = evaluation.status();
            Instant cleanSince = cleanSince(before, arrived);
            String at = "at +" + Duration.between(OPENED, now).toSeconds() + " s from " + before;

            assertThat(after.relapses()).as("relapses never decrease, one per tick at most, " + at)
                    .isBetween(before.relapses(), before.relapses() + 1);
            boolean relapsed = after.relapses() > before.relapses();
            if (relapsed) {
                assertThat(before.state()).as(at).isIn(IncidentState.RESTRICTED, IncidentState.MONITORING);
                assertThat(after.stage()).as("a relapse lands where relapse-to says, " + at)
                        .isEqualTo(policy.relapseTo() == RelapseTarget.TOP ? policy.topLevel()
                                : Math.min(policy.topLevel(), before.stage() + 1));
                assertThat(after.cleanSince()).as("a relapse restarts the clean window, " + at)
                        .isEqualTo(before.isMonitoringStarted() ? latest(now, cleanSince) : null);
            } else if (after.stage() != before.stage()) {
                assertThat(after.stage()).as("the stage moves one step down or to the relapse target, " + at)
                        .isEqualTo(before.stage() - 1);
                assertEarned(before, cleanSince, now, at);
            }
            if (after.state() == IncidentState.LIFTED) {
                assertThat(Duration.between(after.monitoringSince(), now)).as("lifted before min-monitoring, " + at)
                        .isGreaterThanOrEqualTo(policy.minMonitoring());
            } else {
                assertThat(after.stage()).as(at).isBetween(1, policy.topLevel());
                boolean late = after.monitoringUntil() != null && now.isAfter(after.monitoringUntil());
                assertThat(after.state() == IncidentState.ESCALATED)
                        .as("ESCALATED iff more relapses than max-relapses or past the end of monitoring, "
                                + after + ", " + at)
                        .isEqualTo(after.relapses() > policy.maxRelapses() || late);
            }
            boolean changed = relapsed || after.stage() != before.stage() || after.state() != before.state();
            assertThat(evaluation.transition().isPresent()).as("a transition iff something changed, " + at)
                    .isEqualTo(changed);
            evaluation.transition().ifPresent(transition -> assertThat(transition.after()).isEqualTo(after));

            for (Evaluation.Notice notice : evaluation.notices()) {
                switch (notice.type()) {
                    case APPROVAL_REQUESTED -> {
                        assertThat(policy.stage(before.stage()).operatorApproval()).as(at).isTrue();
                        assertThat(approvalsAsked.add(cleanSince)).as("asked once per clean window, " + at).isTrue();
                        assertEarned(before, cleanSince, now, at);
                    }
                    case NO_DATA -> noDataReported(notice, before, now, at);
                    default -> throw new AssertionError("unexpected notice " + notice + " " + at);
                }
            }
            boolean rulesApplied = before.state() == IncidentState.RESTRICTED
                    || before.state() == IncidentState.MONITORING;
            if (rulesApplied && evaluation.transition().isEmpty()) {
                for (String metric : delivered.keySet()) {
                    if (silentFor(metric, before, now).compareTo(policy.noDataAfter()) >= 0) {
                        assertThat(silenceReported.get(metric)).as("silence of " + metric + " reported, " + at)
                                .isTrue();
                    }
                }
            }
        }

        /**
         * Where the clean window starts once this tick's samples are seen: just after the latest value over its clean
         * bound stamped inside the window.
         */
        private Instant cleanSince(IncidentStatus before, List<Observation> arrived) {
            Instant since = before.cleanSince();
            for (Observation sample : arrived) {
                Gate gate = policy.gatesAt(before.stage()).get(sample.metric());
                if (since != null && sample.value() > gate.clean() && !sample.at().isBefore(before.cleanSince())
                        && sample.at().plusNanos(1_000).isAfter(since)) {
                    since = sample.at().plusNanos(1_000);
                }
            }
            return since;
        }

        /** A step down (or a request for approval) needs a full clean window, covered on every gate. */
        private void assertEarned(IncidentStatus before, Instant cleanSince, Instant now, String at) {
            assertThat(before.state()).as(at).isEqualTo(IncidentState.MONITORING);
            Stage stage = policy.stage(before.stage());
            assertThat(Duration.between(cleanSince, now)).as("a full clean window since " + cleanSince + ", " + at)
                    .isGreaterThanOrEqualTo(stage.cleanWindow());
            for (Gate gate : policy.gatesAt(before.stage()).values()) {
                List<Observation> inWindow = delivered.get(gate.metric()).stream()
                        .filter(sample -> !sample.at().isBefore(cleanSince) && !sample.at().isAfter(now)).toList();
                assertThat(inWindow).as("only clean values of " + gate.metric() + " in the window, " + at)
                        .allSatisfy(sample -> assertThat(sample.value()).isLessThanOrEqualTo(gate.clean()));
                assertThat(coverage(delivered.get(gate.metric()), cleanSince, now))
                        .as("coverage of " + gate.metric() + ", " + at).isGreaterThanOrEqualTo(policy.minCoverage());
            }
            assertThat(before.stage() > 1 || !now.isBefore(before.monitoringSince().plus(policy.minMonitoring())))
                    .as("the last stage waits for min-monitoring, " + at).isTrue();
        }

        private void noDataReported(Evaluation.Notice notice, IncidentStatus before, Instant now, String at) {
            assertThat(notice.figures()).as(at).isNotEmpty();
            for (String key : notice.figures().keySet()) {
                String metric = key.substring(0, key.length() - ".lastAt".length());
                assertThat(silentFor(metric, before, now)).as("silence of " + metric + ", " + at)
                        .isGreaterThanOrEqualTo(policy.noDataAfter());
                assertThat(silenceReported.put(metric, true)).as("silence of " + metric + " reported once, " + at)
                        .isFalse();
            }
        }

        /** Since the latest sample delivered (or the opening, if later). */
        private Duration silentFor(String metric, IncidentStatus status, Instant now) {
            Instant since = delivered.get(metric).stream().map(Observation::at).max(Comparator.naturalOrder())
                    .filter(last -> !last.isBefore(status.openedAt())).orElse(status.openedAt());
            return Duration.between(since, now);
        }
    }

    /**
     * The share of the {@code INTERVAL} slots lying wholly inside {@code [from, to]} that hold a sample, counted from
     * the samples themselves in nanoseconds.
     */
    static double coverage(List<Observation> samples, Instant from, Instant to) {
        long interval = INTERVAL.toNanos();
        long first = -Math.floorDiv(-nanos(from), interval);
        long end = Math.floorDiv(nanos(to), interval);
        if (end <= first) {
            return 0;
        }
        Set<Long> covered = new TreeSet<>();
        for (Observation sample : samples) {
            long slot = Math.floorDiv(nanos(sample.at()), interval);
            if (slot >= first && slot < end) {
                covered.add(slot);
            }
        }
        return (double) covered.size() / (end - first);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
