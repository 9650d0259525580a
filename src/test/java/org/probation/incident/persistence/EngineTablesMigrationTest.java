package org.probation.incident.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.incident.persistence.JsonColumnsMigrationTest.update;
import static org.probation.incident.persistence.MigrationDatabase.hasColumn;

/**
 * V8 moves the tick's state out of {@code incident} and {@code shadow_run} into the engine and schedule tables, and
 * keeps every row: each incident's cursor, tracks and next evaluation (none once closed), each shadow run's cursor and
 * tracks.
 */
@QuarkusTest
@TestProfile(MigrationDatabase.class)
class EngineTablesMigrationTest {

    private static final UUID OPEN = UUID.fromString("00000000-0000-0000-0000-000000000011");
    private static final UUID CLOSED = UUID.fromString("00000000-0000-0000-0000-000000000012");
    private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");
    private static final String TRACKS = "mail_sent_per_hour|12.0|2026-11-28T11:55:00Z|0,1,2";

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theCursorsTracksAndScheduleMoveToTheirOwnTablesRowForRow() throws SQLException {
        MigrationDatabase.cleanAndMigrateTo(flyway, "7");
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "INSERT INTO account (id, email, locale, name, domains, created_at, updated_at)"
                    + " VALUES ('xs2', 'owner@example.jp', 'ja', NULL, '[]', ?, ?)", AT, AT);
            insertIncident(connection, OPEN, AT.plusSeconds(300), 41, TRACKS);
            insertIncident(connection, CLOSED, null, 7, null);
            update(connection, "INSERT INTO shadow_run (incident_id, policy, state, stage_level, relapses, opened_at,"
                    + " stage_since, last_sample_id, tracks) VALUES (?, 'strict-shadow', 'MONITORING', 2, 0, ?, ?, 40, ?)",
                    OPEN, AT, AT, TRACKS);
        }

        MigrationDatabase.migrateTo(flyway, "8");

        try (Connection connection = dataSource.getConnection()) {
            assertThat(rows(connection, "SELECT incident_id, last_sample_id, tracks FROM incident_engine"
                    + " ORDER BY incident_id")).containsExactly(OPEN + " 41 " + TRACKS, CLOSED + " 7 null");
            assertThat(rows(connection, "SELECT incident_id, next_evaluation_at FROM incident_schedule"
                    + " ORDER BY incident_id")).containsExactly(OPEN + " " + AT.plusSeconds(300), CLOSED + " null");
            assertThat(rows(connection, "SELECT incident_id, policy, last_sample_id, tracks FROM shadow_run_engine"))
                    .containsExactly(OPEN + " strict-shadow 40 " + TRACKS);
            assertThat(rows(connection, "SELECT id, state FROM incident ORDER BY id"))
                    .containsExactly(OPEN + " MONITORING", CLOSED + " LIFTED");
        }
        for (String column : new String[] { "next_evaluation_at", "last_sample_id", "tracks" }) {
            assertThat(hasColumn(dataSource, "incident", column)).as("incident." + column).isFalse();
        }
        assertThat(hasColumn(dataSource, "shadow_run", "tracks")).isFalse();
        flyway.migrate();
    }

    private static void insertIncident(Connection connection, UUID id, Instant next, long cursor, String tracks)
            throws SQLException {
        boolean open = next != null;
        update(connection, "INSERT INTO incident (id, account_id, open_account_id, cause, policy, state, stage_level,"
                + " relapses, opened_at, stage_since, closed_at, version, next_evaluation_at, last_sample_id, tracks)"
                + " VALUES (?, 'xs2', ?, 'MASS_MAIL', 'default', ?, ?, 0, ?, ?, ?, 3, ?, ?, ?)", id,
                open ? "xs2" : null, open ? "MONITORING" : "LIFTED", open ? 2 : 0, AT, AT, open ? null : AT, next,
                cursor, tracks);
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    if (value instanceof OffsetDateTime at) {
                        value = at.toInstant();
                    } else if (value instanceof Timestamp at) {
                        value = at.toInstant();
                    }
                    values.add(String.valueOf(value));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
