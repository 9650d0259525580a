package org.probation.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.claim.SqlDialect;
import org.probation.evaluation.shadow.ShadowRuns;
import org.probation.evaluation.shadow.persistence.ShadowRunRepository;
import org.probation.incident.TransitionWriter;
import org.probation.incident.model.Evaluation;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.IncidentRepository;
import org.probation.json.JsonText;
import org.probation.policy.model.Policy;

/**
 * Persists evaluations: one transaction per eventful incident, through the repository; and the tick's named JDBC
 * writer for all the quiet ones and the shadow runs, a few statements per tick batch. The quiet path stays JDBC
 * because it is the tick's hot path (every monitored incident, every tick): one statement per table instead of
 * loading, dirty-checking and flushing an entity graph per incident (on PostgreSQL the batch's rows go as arrays to one
 * {@code UPDATE ... FROM unnest(...)}; H2 gets a JDBC batch). It rewrites only the narrow {@code incident_engine} and
 * {@code shadow_run_engine} rows (cursor and tracks, HOT updates on PostgreSQL) and touches {@code incident} and
 * {@code shadow_run} only when a clean window or a lifecycle moved.
 */
@ApplicationScoped
public class EvaluationWriter {

    /** The lifecycle columns of {@code shadow_run}, as {@link #lifecycle} binds them. */
    private static final String LIFECYCLE = "state, stage_level, relapses, opened_at, reported_at, monitoring_since,"
            + " monitoring_until, stage_since, clean_since, closed_at, report_requested_at, report_reminded_at,"
            + " round_reported_at";
    private static final String CLEAN_UPDATE = "UPDATE incident SET clean_since = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";
    /**
     * The batch's rows as arrays, joined to {@code incident} at the version they were evaluated at and checked against
     * the engine row's own version. That check must be on the updated row: under Read Committed, PostgreSQL re-checks
     * only the target row after waiting for a concurrent writer's lock, not the joined {@code incident} row, so a join
     * alone let a stale write overwrite tracks and cursor committed meanwhile.
     */
    private static final String ENGINE_ARRAYS = "UPDATE incident_engine e SET tracks = v.tracks,"
            + " last_sample_id = v.cursor, version = e.version + 1"
            + " FROM unnest(?, ?, ?, ?, ?) AS v(id, version, engine_version, tracks, cursor)"
            + " JOIN incident i ON i.id = v.id AND i.version = v.version"
            + " WHERE e.incident_id = v.id AND e.version = v.engine_version RETURNING e.incident_id";
    private static final String ENGINE_ROW = "UPDATE incident_engine SET tracks = ?, last_sample_id = ?,"
            + " version = version + 1 WHERE incident_id = ? AND version = ?"
            + " AND EXISTS (SELECT 1 FROM incident i WHERE i.id = ? AND i.version = ?)";
    /** The eventful path's engine write: bumps the version every quiet write checks. */
    private static final String ENGINE_EVENTFUL = "UPDATE incident_engine SET tracks = ?1, last_sample_id = ?2,"
            + " version = version + 1 WHERE incident_id = ?3";
    /** Puts back a clean window this write moved when its engine row lost to a concurrent write. */
    private static final String CLEAN_REVERT = "UPDATE incident SET clean_since = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";
    private static final String SHADOW_INSERT = "INSERT INTO shadow_run (incident_id, policy, " + LIFECYCLE
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SHADOW_ENGINE_INSERT = "INSERT INTO shadow_run_engine (incident_id, policy,"
            + " last_sample_id, tracks) VALUES (?, ?, ?, ?)";
    private static final String SHADOW_LIFECYCLE = "UPDATE shadow_run SET (" + LIFECYCLE
            + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE incident_id = ? AND policy = ?";
    private static final String SHADOW_ENGINE_ARRAYS = "UPDATE shadow_run_engine e SET tracks = v.tracks,"
            + " last_sample_id = v.cursor FROM unnest(?, ?, ?, ?) AS v(id, policy, tracks, cursor)"
            + " WHERE e.incident_id = v.id AND e.policy = v.policy";
    private static final String SHADOW_ENGINE_ROW = "UPDATE shadow_run_engine SET tracks = ?, last_sample_id = ?"
            + " WHERE incident_id = ? AND policy = ?";
    private static final String SHADOW_EVENT_INSERT = "INSERT INTO shadow_event (incident_id, policy, event_type,"
            + " occurred_at, reason, state, stage_level, relapses, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, {json})";

    private final IncidentRepository incidents;
    private final TransitionWriter transitions;
    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final JsonText json;

    EvaluationWriter(IncidentRepository incidents, TransitionWriter transitions, DataSource dataSource,
            SqlDialect dialect, JsonText json) {
        this.incidents = incidents;
        this.transitions = transitions;
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.json = json;
    }

    /** An evaluated incident, ready to be written if nobody changed it meanwhile. */
    public record Outcome(UUID incidentId, long version, Policy policy, IncidentStatus before, Evaluation evaluation,
            String tracks, long cursor, Instant at, long engineVersion) {
    }

    /**
     * Writes a transition or notice with its events (and decision) in its own transaction. Returns false when the
     * incident changed since it was read (an operator acted, or another replica evaluated it): nothing is written.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean writeEventful(Outcome outcome) {
        IncidentEntity incident = incidents.findById(outcome.incidentId());
        if (incident == null || incident.version != outcome.version()) {
            return false;
        }
        Evaluation evaluation = outcome.evaluation();
        if (evaluation.transition().isPresent()) {
            transitions.write(incident, outcome.policy(), evaluation.transition().get(), TransitionWriter.SYSTEM_ACTOR,
                    evaluation.figures());
        } else {
            incident.apply(evaluation.status());
        }
        for (Evaluation.Notice notice : evaluation.notices()) {
            transitions.note(incident, outcome.policy(), notice.type(), notice.reason(), TransitionWriter.SYSTEM_ACTOR,
                    notice.figures(), outcome.at());
        }
        // The lifecycle first, then the engine's columns on their own (to incident_engine): flushed together, the
        // lifecycle columns were dropped from the update (Hibernate 7.2, optimistic-lock-excluded secondary columns).
        // In SQL, so the engine row's version moves atomically (version + 1) and stale quiet writes lose to it.
        incidents.flush();
        incidents.getEntityManager().createNativeQuery(ENGINE_EVENTFUL).setParameter(1, outcome.tracks())
                .setParameter(2, outcome.cursor()).setParameter(3, outcome.incidentId()).executeUpdate();
        return true;
    }

    /** What a batched write did: rows written, and the statements it took. */
    public record Written(int rows, int statements) {
    }

    /**
     * Writes the engine's memory and moved clean windows of incidents without events, together. An incident changed
     * since it was read (its version moved: an operator acted; or its engine row's version moved: another tick wrote
     * it after a claim's lease ran out) is skipped, and evaluated again next tick. The versions are checked by the
     * write itself rather than under a share lock: a lock would rewrite every incident row of the batch (PostgreSQL
     * keeps row locks in the tuple), the very churn the narrow engine table avoids. An operator's change that commits
     * while this write runs is ordered after it, as if it had waited.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Written writeQuiet(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return new Written(0, 0);
        }
        try (Connection connection = dataSource.getConnection()) {
            int statements = 0;
            // Moved clean windows first: each bumps its incident's version, which the engine write then expects.
            List<Outcome> moved = outcomes.stream().filter(EvaluationWriter::cleanMoved).toList();
            Set<UUID> lost = new HashSet<>();
            if (!moved.isEmpty()) {
                lost = moveCleanWindows(connection, moved);
                statements++;
            }
            List<Outcome> current = new ArrayList<>(outcomes.size());
            for (Outcome outcome : outcomes) {
                if (!lost.contains(outcome.incidentId())) {
                    current.add(outcome);
                }
            }
            Set<UUID> written = current.isEmpty() ? Set.of()
                    : dialect.isPostgres() ? engineArrays(connection, current) : engineRows(connection, current);
            statements += current.isEmpty() ? 0 : 1;
            // A clean window moved from tracks that another write replaced meanwhile goes back with them.
            List<Outcome> undone = new ArrayList<>();
            for (Outcome outcome : moved) {
                if (!lost.contains(outcome.incidentId()) && !written.contains(outcome.incidentId())) {
                    undone.add(outcome);
                }
            }
            if (!undone.isEmpty()) {
                revertCleanWindows(connection, undone);
                statements++;
            }
            return new Written(written.size(), statements);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + outcomes.size() + " evaluations", e);
        }
    }

    /**
     * Shadow runs and their timeline entries, in one transaction apart from the real incidents' (a failure here never
     * touches them): engine rows in one statement, moved lifecycles, started runs and events as JDBC batches. Returns
     * the statements sent.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int writeShadows(List<ShadowRuns.Update> updates, List<ShadowRuns.Event> events) {
        try (Connection connection = dataSource.getConnection()) {
            int statements = 0;
            List<ShadowRunRepository.EngineRow> started = new ArrayList<>();
            List<ShadowRunRepository.EngineRow> moved = new ArrayList<>();
            List<ShadowRunRepository.EngineRow> engines = new ArrayList<>();
            for (ShadowRuns.Update update : updates) {
                (update.started() ? started : engines).add(update.run());
                if (update.moved() && !update.started()) {
                    moved.add(update.run());
                }
            }
            if (!started.isEmpty()) {
                statements += startShadowRuns(connection, started);
            }
            if (!moved.isEmpty()) {
                statements += moveShadowRuns(connection, moved);
            }
            if (!engines.isEmpty()) {
                statements += dialect.isPostgres() ? shadowEngineArrays(connection, engines)
                        : shadowEngineRows(connection, engines);
            }
            if (!events.isEmpty()) {
                statements += shadowEvents(connection, events);
            }
            return statements;
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + updates.size() + " shadow runs", e);
        }
    }

    private static boolean cleanMoved(Outcome outcome) {
        return !Objects.equals(outcome.evaluation().status().cleanSince(), outcome.before().cleanSince());
    }

    /** The expected version of the engine write: one more when this write moved the clean window. */
    private static long versionAfter(Outcome outcome) {
        return outcome.version() + (cleanMoved(outcome) ? 1 : 0);
    }

    /** Returns the incidents whose version moved meanwhile: nothing more is written for them. */
    private Set<UUID> moveCleanWindows(Connection connection, List<Outcome> moved) throws SQLException {
        Set<UUID> lost = new HashSet<>();
        try (PreparedStatement clean = connection.prepareStatement(CLEAN_UPDATE)) {
            for (Outcome outcome : moved) {
                clean.setObject(1, utc(outcome.evaluation().status().cleanSince()), Types.TIMESTAMP_WITH_TIMEZONE);
                clean.setObject(2, outcome.incidentId());
                clean.setLong(3, outcome.version());
                clean.addBatch();
            }
            int[] counts = clean.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    lost.add(moved.get(i).incidentId());
                }
            }
        }
        return lost;
    }

    private void revertCleanWindows(Connection connection, List<Outcome> undone) throws SQLException {
        try (PreparedStatement revert = connection.prepareStatement(CLEAN_REVERT)) {
            for (Outcome outcome : undone) {
                revert.setObject(1, utc(outcome.before().cleanSince()), Types.TIMESTAMP_WITH_TIMEZONE);
                revert.setObject(2, outcome.incidentId());
                revert.setLong(3, versionAfter(outcome));
                revert.addBatch();
            }
            revert.executeBatch();
        }
    }

    /** PostgreSQL: the whole batch in one statement, its rows passed as arrays; returns the incidents written. */
    private Set<UUID> engineArrays(Connection connection, List<Outcome> outcomes) throws SQLException {
        int n = outcomes.size();
        UUID[] ids = new UUID[n];
        Long[] versions = new Long[n];
        Long[] engineVersions = new Long[n];
        String[] tracks = new String[n];
        Long[] cursors = new Long[n];
        for (int i = 0; i < n; i++) {
            Outcome outcome = outcomes.get(i);
            ids[i] = outcome.incidentId();
            versions[i] = versionAfter(outcome);
            engineVersions[i] = outcome.engineVersion();
            tracks[i] = outcome.tracks();
            cursors[i] = outcome.cursor();
        }
        try (PreparedStatement update = connection.prepareStatement(ENGINE_ARRAYS)) {
            update.setArray(1, connection.createArrayOf("uuid", ids));
            update.setArray(2, connection.createArrayOf("int8", versions));
            update.setArray(3, connection.createArrayOf("int8", engineVersions));
            update.setArray(4, connection.createArrayOf("text", tracks));
            update.setArray(5, connection.createArrayOf("int8", cursors));
            Set<UUID> written = new HashSet<>();
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    written.add(rows.getObject(1, UUID.class));
                }
            }
            return written;
        }
    }

    /** H2 (tests, dev): one batched statement per row, each checking both versions; returns the incidents written. */
    private Set<UUID> engineRows(Connection connection, List<Outcome> outcomes) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ENGINE_ROW)) {
            for (Outcome outcome : outcomes) {
                update.setString(1, outcome.tracks());
                update.setLong(2, outcome.cursor());
                update.setObject(3, outcome.incidentId());
                update.setLong(4, outcome.engineVersion());
                update.setObject(5, outcome.incidentId());
                update.setLong(6, versionAfter(outcome));
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            Set<UUID> written = new HashSet<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    written.add(outcomes.get(i).incidentId());
                }
            }
            return written;
        }
    }

    private int startShadowRuns(Connection connection, List<ShadowRunRepository.EngineRow> runs) throws SQLException {
        try (PreparedStatement run = connection.prepareStatement(SHADOW_INSERT);
                PreparedStatement engine = connection.prepareStatement(SHADOW_ENGINE_INSERT)) {
            for (ShadowRunRepository.EngineRow started : runs) {
                run.setObject(1, started.incidentId());
                run.setString(2, started.policy());
                lifecycle(run, 3, started.status());
                run.addBatch();
                engine.setObject(1, started.incidentId());
                engine.setString(2, started.policy());
                engine.setLong(3, started.cursor());
                engine.setString(4, started.tracks());
                engine.addBatch();
            }
            run.executeBatch();
            engine.executeBatch();
        }
        return 2;
    }

    private int moveShadowRuns(Connection connection, List<ShadowRunRepository.EngineRow> runs) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SHADOW_LIFECYCLE)) {
            for (ShadowRunRepository.EngineRow moved : runs) {
                int next = lifecycle(update, 1, moved.status());
                update.setObject(next, moved.incidentId());
                update.setString(next + 1, moved.policy());
                update.addBatch();
            }
            update.executeBatch();
        }
        return 1;
    }

    private int shadowEngineArrays(Connection connection, List<ShadowRunRepository.EngineRow> runs)
            throws SQLException {
        int n = runs.size();
        UUID[] ids = new UUID[n];
        String[] policyNames = new String[n];
        String[] tracks = new String[n];
        Long[] cursors = new Long[n];
        for (int i = 0; i < n; i++) {
            ShadowRunRepository.EngineRow run = runs.get(i);
            ids[i] = run.incidentId();
            policyNames[i] = run.policy();
            tracks[i] = run.tracks();
            cursors[i] = run.cursor();
        }
        try (PreparedStatement update = connection.prepareStatement(SHADOW_ENGINE_ARRAYS)) {
            update.setArray(1, connection.createArrayOf("uuid", ids));
            update.setArray(2, connection.createArrayOf("text", policyNames));
            update.setArray(3, connection.createArrayOf("text", tracks));
            update.setArray(4, connection.createArrayOf("int8", cursors));
            update.executeUpdate();
        }
        return 1;
    }

    private int shadowEngineRows(Connection connection, List<ShadowRunRepository.EngineRow> runs)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SHADOW_ENGINE_ROW)) {
            for (ShadowRunRepository.EngineRow run : runs) {
                update.setString(1, run.tracks());
                update.setLong(2, run.cursor());
                update.setObject(3, run.incidentId());
                update.setString(4, run.policy());
                update.addBatch();
            }
            update.executeBatch();
        }
        return 1;
    }

    private int shadowEvents(Connection connection, List<ShadowRuns.Event> events) throws SQLException {
        String figures = dialect.isPostgres() ? "CAST(? AS jsonb)" : "? FORMAT JSON";
        try (PreparedStatement insert = connection.prepareStatement(SHADOW_EVENT_INSERT.replace("{json}", figures))) {
            for (ShadowRuns.Event event : events) {
                insert.setObject(1, event.incidentId());
                insert.setString(2, event.policy());
                insert.setString(3, event.type().name());
                insert.setObject(4, utc(event.at()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setString(5, event.reason());
                insert.setString(6, event.status().state().name());
                insert.setInt(7, event.status().stage());
                insert.setInt(8, event.status().relapses());
                insert.setString(9, event.figures() == null ? null : json.write(event.figures()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return 1;
    }

    /** The thirteen lifecycle columns from {@code at}, in {@link #LIFECYCLE}'s order; returns the next index. */
    private static int lifecycle(PreparedStatement statement, int at, IncidentStatus status) throws SQLException {
        statement.setString(at, status.state().name());
        statement.setInt(at + 1, status.stage());
        statement.setInt(at + 2, status.relapses());
        Instant[] times = { status.openedAt(), status.reportedAt(), status.monitoringSince(), status.monitoringUntil(),
                status.stageSince(), status.cleanSince(), status.closedAt(), status.round().requestedAt(),
                status.round().remindedAt(), status.round().reportedAt() };
        for (int i = 0; i < times.length; i++) {
            statement.setObject(at + 3 + i, utc(times[i]), Types.TIMESTAMP_WITH_TIMEZONE);
        }
        return at + 3 + times.length;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
