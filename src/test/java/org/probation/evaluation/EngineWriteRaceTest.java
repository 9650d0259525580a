package org.probation.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.probation.claim.SqlDialect;
import org.probation.evaluation.EvaluationWriter.Outcome;
import org.probation.incident.model.Evaluation;
import org.probation.incident.model.Incident;
import org.probation.incident.model.Tracks;
import org.probation.incident.persistence.IncidentRepository;
import org.probation.incident.persistence.IncidentRepository.EngineRow;
import org.probation.policy.PolicyCatalog;
import org.probation.policy.model.Policy;
import org.probation.support.MutableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.incidentBody;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;

/**
 * A quiet write evaluated from engine rows that another write replaced meanwhile (a tick whose claim's lease ran out,
 * racing the next claimant) must lose, whether the other write committed before it started or while it waited for the
 * row lock; the incident is then evaluated again next tick.
 */
@QuarkusTest
class EngineWriteRaceTest {

    @Inject
    MutableClock clock;

    @Inject
    EvaluationWriter writer;

    @Inject
    IncidentRepository incidents;

    @Inject
    PolicyCatalog policies;

    @Inject
    DataSource dataSource;

    @Inject
    SqlDialect dialect;

    @Test
    void quietWriteLosesToAnEventfulWriteCommittedSinceItsRead() {
        EngineRow read = engineRow(open());
        Outcome stale = quiet(read, read.cursor() + 1);

        assertThat(writer.writeEventful(quiet(read, read.cursor() + 7))).isTrue();
        EvaluationWriter.Written written = writer.writeQuiet(List.of(stale));

        assertThat(written.rows()).isZero();
        EngineRow after = engineRow(read.id());
        assertThat(after.cursor()).isEqualTo(read.cursor() + 7);
        assertThat(after.engineVersion()).isEqualTo(read.engineVersion() + 1);
        assertThat(after.version()).isEqualTo(read.version());
    }

    @Test
    void quietWriteWaitingOnAConcurrentWriteDoesNotOverwriteIt() throws Exception {
        EngineRow read = engineRow(open());
        Outcome stale = quiet(read, read.cursor() + 1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement update = other.prepareStatement("UPDATE incident_engine SET last_sample_id = ?,"
                    + " version = version + 1 WHERE incident_id = ?")) {
                update.setLong(1, read.cursor() + 7);
                update.setObject(2, read.id());
                assertThat(update.executeUpdate()).isOne();
            }
            Future<EvaluationWriter.Written> quiet = pool.submit(() -> writer.writeQuiet(List.of(stale)));
            awaitBlocked(quiet);
            other.commit();

            assertThat(quiet.get(30, TimeUnit.SECONDS).rows()).isZero();
        } finally {
            pool.shutdown();
        }
        EngineRow after = engineRow(read.id());
        assertThat(after.cursor()).isEqualTo(read.cursor() + 7);
        assertThat(after.engineVersion()).isEqualTo(read.engineVersion() + 1);
    }

    @Test
    void quietWriteFromCurrentRowsWritesAndBumpsTheEngineVersion() {
        EngineRow read = engineRow(open());

        assertThat(writer.writeQuiet(List.of(quiet(read, read.cursor() + 1))).rows()).isOne();

        EngineRow after = engineRow(read.id());
        assertThat(after.cursor()).isEqualTo(read.cursor() + 1);
        assertThat(after.engineVersion()).isEqualTo(read.engineVersion() + 1);
    }

    private static UUID open() {
        return UUID.fromString(openWith(incidentBody(newAccountId(), "MASS_MAIL", "fast")).statusCode(201)
                .extract().path("id"));
    }

    private EngineRow engineRow(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> incidents.engineRows(List.of(id)).get(0));
    }

    /** What the tick would write for this incident with nothing new arrived, at the given cursor. */
    private Outcome quiet(EngineRow row, long cursor) {
        Policy policy = policies.find(row.policy()).orElseThrow();
        Incident before = Incident.from(row.status(), Tracks.decode(row.tracks(), policy.sampleInterval()));
        Evaluation evaluation = before.observe(policy, List.of(), clock.instant());
        return new Outcome(row.id(), row.version(), policy, row.status(), evaluation, evaluation.tracks().encode(),
                cursor, clock.instant(), row.engineVersion());
    }

    /** Until the quiet write waits for the other transaction's row lock (or, if it never has to, has finished). */
    private void awaitBlocked(Future<?> quiet) throws SQLException, InterruptedException {
        String waiting = dialect.isPostgres()
                ? "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                : "SELECT count(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(waiting)) {
            while (!quiet.isDone() && System.nanoTime() < deadline) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
    }
}
