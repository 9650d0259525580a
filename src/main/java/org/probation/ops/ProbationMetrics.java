package org.probation.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;
import org.probation.enforcement.persistence.DecisionRevisionRepository;
import org.probation.evaluation.EvaluationConfig;
import org.probation.evaluation.TickEnded;
import org.probation.evaluation.TickStageEnded;
import org.probation.incident.NoteWritten;
import org.probation.incident.TransitionWritten;
import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;
import org.probation.incident.persistence.IncidentRepository;
import org.probation.notification.DispatchEnded;
import org.probation.notification.persistence.NotificationEntity;
import org.probation.notification.persistence.NotificationRepository;
import org.probation.policy.PolicyCatalog;
import org.probation.policy.model.Policy;
import org.probation.sampling.SamplesReceived;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;

/**
 * Probation's own metrics ({@code probation_*} on {@code /q/metrics}). Counters count what committed; the gauges
 * (incidents by state and stage, outbox and its oldest pending row, decision revision) come from one grouped query
 * each, cached for {@code probation.ops.metrics.cache-for}, so a scrape costs a few queries whatever the number of
 * incidents. The alerting rules in deploy/prometheus/probation-rules.yaml read these names: rename one, change them.
 */
@Startup
@ApplicationScoped
public class ProbationMetrics {

    private static final Logger LOG = Logger.getLogger(ProbationMetrics.class);

    private final MeterRegistry registry;
    private final IncidentRepository incidents;
    private final NotificationRepository notifications;
    private final DecisionRevisionRepository revisions;
    private final Clock clock;
    private final Duration cacheFor;
    private final Timer tick;
    private final Counter tickFailures;
    private final Timer dispatch;
    private volatile Snapshot snapshot;

    ProbationMetrics(MeterRegistry registry, IncidentRepository incidents, NotificationRepository notifications,
            DecisionRevisionRepository revisions, PolicyCatalog policies, OpsConfig config, TickHeartbeat heartbeat,
            EvaluationConfig evaluation, Clock clock) {
        this.registry = registry;
        this.incidents = incidents;
        this.notifications = notifications;
        this.revisions = revisions;
        this.clock = clock;
        this.cacheFor = config.metrics().cacheFor();
        this.tick = Timer.builder("probation.tick.duration").description("Monitoring ticks, start to end")
                .register(registry);
        this.tickFailures = Counter.builder("probation.tick.failures")
                .description("Monitoring ticks that failed as a whole (the database, usually)").register(registry);
        this.dispatch = Timer.builder("probation.dispatch.duration")
                .description("Outbox dispatch runs, start to end").register(registry);
        // Every series exists from the start (at 0), so alerts and dashboards never see a gap.
        int levels = policies.all().values().stream().mapToInt(Policy::topLevel).max().orElse(0);
        for (IncidentState state : IncidentState.values()) {
            if (!state.isOpen()) {
                continue;
            }
            for (int level = 0; level <= levels; level++) {
                String key = state + "/" + level;
                Gauge.builder("probation.incidents", () -> snapshot().incidents().getOrDefault(key, 0L))
                        .description("Open incidents by state and stage level")
                        .tag("state", state.name()).tag("stage", Integer.toString(level)).register(registry);
            }
        }
        for (NotificationEntity.Status status : List.of(NotificationEntity.Status.PENDING,
                NotificationEntity.Status.DEAD)) {
            Gauge.builder("probation.outbox", () -> snapshot().outbox().getOrDefault(status, 0L))
                    .description("Notifications in the outbox waiting to go out (pending) or given up (dead)")
                    .tag("status", status.name().toLowerCase()).register(registry);
        }
        Gauge.builder("probation.outbox.oldest.pending.age", this::oldestPendingAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest notification waiting to go out (0 when none waits)")
                .register(registry);
        Gauge.builder("probation.tick.last.success.timestamp", heartbeat,
                h -> h.freshSince().toEpochMilli() / 1000.0).baseUnit("seconds")
                .description("When the last monitoring tick completed (the start of the application before the first"
                        + " one), in Unix time")
                .register(registry);
        if (config.heartbeat().enabled()) {
            // Only where the scheduler runs the tick: elsewhere no tick is due, and the stuck-tick alert finds no
            // threshold to compare against.
            Gauge.builder("probation.tick.stale.after",
                    () -> evaluation.every().multipliedBy(config.heartbeat().stalePeriods()).toMillis() / 1000.0)
                    .baseUnit("seconds")
                    .description("Time without a completed tick after which readiness reports the scheduler stale"
                            + " (probation.ops.heartbeat.stale-periods x probation.evaluation.every)")
                    .register(registry);
        }
        // At zero from the start, so the first escalation or NO_DATA notice is already an increase for the alerts.
        transitions(EventType.ESCALATED);
        notes(EventType.NO_DATA);
        Gauge.builder("probation.decision.revision", () -> snapshot().decisionRevision())
                .description("The last decision revision handed to enforcement").register(registry);
        for (String stage : List.of(TickStageEnded.PULL, TickStageEnded.EVALUATE)) {
            stageTimer(stage);
        }
    }

    void tickEnded(@Observes TickEnded ended) {
        tick.record(ended.took());
        if (!ended.succeeded()) {
            tickFailures.increment();
        }
    }

    void tickStageEnded(@Observes TickStageEnded stage) {
        stageTimer(stage.stage()).record(stage.took());
    }

    void dispatchEnded(@Observes DispatchEnded run) {
        dispatch.record(run.took());
    }

    /** Samples taken ({@code accepted}), dropped for want of an open incident ({@code ignored}) or refused. */
    void samplesReceived(@Observes SamplesReceived samples) {
        if (samples.count() > 0) {
            Counter.builder("probation.samples").description("Samples received, by source and outcome")
                    .tag("source", samples.source()).tag("outcome", samples.outcome().tag()).register(registry)
                    .increment(samples.count());
        }
    }

    /** Counts a transition once its transaction commits: a rolled-back one (lost race, say) never happened. */
    void transitionWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) TransitionWritten written) {
        transitions(written.transition().event()).increment();
    }

    /** Counts a notice that changes no state (NO_DATA, a request for approval) once it committed. */
    void noteWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteWritten written) {
        notes(written.event().type).increment();
    }

    private Counter transitions(EventType type) {
        return Counter.builder("probation.transitions").description("Incident transitions, by type")
                .tag("type", type.name()).register(registry);
    }

    private Counter notes(EventType type) {
        return Counter.builder("probation.notes")
                .description("Timeline notices that change no state (NO_DATA, APPROVAL_REQUESTED, ...), by type")
                .tag("type", type.name()).register(registry);
    }

    private double oldestPendingAgeSeconds() {
        Instant oldest = snapshot().oldestPending();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    private Timer stageTimer(String stage) {
        return Timer.builder("probation.tick.stage.duration").description("Stages of a monitoring tick")
                .tag("stage", stage).register(registry);
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current != null && now - current.takenAt() < cacheFor.toNanos()) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (current != null && System.nanoTime() - current.takenAt() < cacheFor.toNanos()) {
                return current;
            }
            try {
                current = QuarkusTransaction.requiringNew().call(this::query);
            } catch (RuntimeException e) {
                // The database is down: keep the last values (readiness says what is wrong), try again next scrape.
                LOG.debugf(e, "Could not refresh the probation_* gauges");
                current = current == null ? new Snapshot(Map.of(), Map.of(), null, 0, System.nanoTime())
                        : new Snapshot(current.incidents(), current.outbox(), current.oldestPending(),
                                current.decisionRevision(), System.nanoTime());
            }
            snapshot = current;
            return current;
        }
    }

    private Snapshot query() {
        Map<String, Long> byStateAndStage = new HashMap<>();
        for (IncidentRepository.StateCount count : incidents.openByStateAndStage()) {
            byStateAndStage.put(count.state() + "/" + count.stage(), count.count());
        }
        Map<NotificationEntity.Status, Long> byStatus = new HashMap<>();
        for (NotificationRepository.StatusCount count : notifications.unsentByStatus()) {
            byStatus.put(count.status(), count.count());
        }
        return new Snapshot(byStateAndStage, byStatus, notifications.oldestPendingSince().orElse(null),
                revisions.last(), System.nanoTime());
    }

    private record Snapshot(Map<String, Long> incidents, Map<NotificationEntity.Status, Long> outbox,
            Instant oldestPending, long decisionRevision, long takenAt) {
    }
}
