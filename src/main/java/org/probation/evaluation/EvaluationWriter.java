package org.probation.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.claim.SqlDialect;
import org.probation.incident.TransitionWriter;
import org.probation.incident.model.Evaluation;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.incident.persistence.IncidentRepository;
import org.probation.policy.model.Policy;

/**
 * Persists evaluations: one transaction per eventful incident, through the repository; and the tick's named JDBC
 * writer for all the quiet ones, one batch per tick batch. The quiet path stays JDBC because it is the tick's hot path
 * (every monitored incident, every tick): one batched statement per table instead of loading, dirty-checking and
 * flushing an entity graph per incident. It rewrites only the narrow {@code incident_engine} row (cursor and tracks,
 * HOT updates on PostgreSQL) and touches {@code incident} only when a clean window moved.
 */
@ApplicationScoped
public class EvaluationWriter {

    private static final String ENGINE_UPDATE = "UPDATE incident_engine SET tracks = ?, last_sample_id = ?"
            + " WHERE incident_id = ?";
    private static final String CLEAN_UPDATE = "UPDATE incident SET clean_since = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";

    private final IncidentRepository incidents;
    private final TransitionWriter transitions;
    private final DataSource dataSource;
    private final SqlDialect dialect;

    EvaluationWriter(IncidentRepository incidents, TransitionWriter transitions, DataSource dataSource,
            SqlDialect dialect) {
        this.incidents = incidents;
        this.transitions = transitions;
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** An evaluated incident, ready to be written if nobody changed it meanwhile. */
    public record Outcome(UUID incidentId, long version, Policy policy, IncidentStatus before, Evaluation evaluation,
            String tracks, long cursor, Instant at) {
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
        incidents.flush();
        incident.tracks = outcome.tracks();
        incident.lastSampleId = outcome.cursor();
        incidents.flush();
        return true;
    }

    /**
     * Writes the engine's memory and moved clean windows of incidents without events, in batches. The incidents are
     * share-locked at the version they were evaluated at, so an operator's concurrent change either commits first (the
     * evaluation is dropped, as with a version check) or waits for this write.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int writeQuiet(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, Long> versions = lockVersions(connection, outcomes);
            List<Outcome> current = outcomes.stream()
                    .filter(o -> Long.valueOf(o.version()).equals(versions.get(o.incidentId()))).toList();
            try (PreparedStatement engine = connection.prepareStatement(ENGINE_UPDATE);
                    PreparedStatement clean = connection.prepareStatement(CLEAN_UPDATE)) {
                boolean cleanMoved = false;
                for (Outcome outcome : current) {
                    engine.setString(1, outcome.tracks());
                    engine.setLong(2, outcome.cursor());
                    engine.setObject(3, outcome.incidentId());
                    engine.addBatch();
                    Instant cleanSince = outcome.evaluation().status().cleanSince();
                    if (!Objects.equals(cleanSince, outcome.before().cleanSince())) {
                        if (cleanSince == null) {
                            clean.setNull(1, Types.TIMESTAMP_WITH_TIMEZONE);
                        } else {
                            clean.setObject(1, OffsetDateTime.ofInstant(cleanSince, ZoneOffset.UTC));
                        }
                        clean.setObject(2, outcome.incidentId());
                        clean.setLong(3, outcome.version());
                        clean.addBatch();
                        cleanMoved = true;
                    }
                }
                if (!current.isEmpty()) {
                    engine.executeBatch();
                }
                if (cleanMoved) {
                    clean.executeBatch();
                }
            }
            return current.size();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + outcomes.size() + " evaluations", e);
        }
    }

    /** The incidents' versions, share-locked until the commit. */
    private Map<UUID, Long> lockVersions(Connection connection, List<Outcome> outcomes) throws SQLException {
        String placeholders = String.join(",", Collections.nCopies(outcomes.size(), "?"));
        Map<UUID, Long> versions = new HashMap<>();
        try (PreparedStatement lock = connection.prepareStatement("SELECT id, version FROM incident WHERE id IN ("
                + placeholders + ") ORDER BY id " + dialect.shareLock())) {
            for (int i = 0; i < outcomes.size(); i++) {
                lock.setObject(i + 1, outcomes.get(i).incidentId());
            }
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
        }
        return versions;
    }
}
