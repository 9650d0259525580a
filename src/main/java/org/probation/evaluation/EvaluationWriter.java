package org.probation.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.probation.incident.TransitionWriter;
import org.probation.incident.model.Evaluation;
import org.probation.incident.model.IncidentStatus;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.policy.model.Policy;

/** Persists evaluations: one transaction per eventful incident, one JDBC batch for all the quiet ones. */
@ApplicationScoped
public class EvaluationWriter {

    private static final String QUIET_UPDATE = "UPDATE incident SET clean_since = ?, tracks = ?, last_sample_id = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";

    private final EntityManager em;
    private final TransitionWriter transitions;
    private final DataSource dataSource;

    EvaluationWriter(EntityManager em, TransitionWriter transitions, DataSource dataSource) {
        this.em = em;
        this.transitions = transitions;
        this.dataSource = dataSource;
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
        IncidentEntity incident = em.find(IncidentEntity.class, outcome.incidentId());
        if (incident == null || incident.version != outcome.version()) {
            return false;
        }
        incident.tracks = outcome.tracks();
        incident.lastSampleId = outcome.cursor();
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
        em.flush();
        return true;
    }

    /** Writes the engine's memory and moved clean windows of incidents without events, in one batch. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int writeQuiet(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(QUIET_UPDATE)) {
            for (Outcome outcome : outcomes) {
                Instant cleanSince = outcome.evaluation().status().cleanSince();
                if (cleanSince == null) {
                    update.setNull(1, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    update.setObject(1, OffsetDateTime.ofInstant(cleanSince, ZoneOffset.UTC));
                }
                update.setString(2, outcome.tracks());
                update.setLong(3, outcome.cursor());
                update.setObject(4, outcome.incidentId());
                update.setLong(5, outcome.version());
                update.addBatch();
            }
            int written = 0;
            for (int count : update.executeBatch()) {
                // Drivers that cannot tell report SUCCESS_NO_INFO (-2): count it as written.
                written += count == PreparedStatement.SUCCESS_NO_INFO ? 1 : count;
            }
            return written;
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + outcomes.size() + " evaluations", e);
        }
    }
}
