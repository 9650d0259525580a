package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tick's per-incident state moves out of the wide {@code incident} row, keeping every row: the cursor and tracks
 * to {@code incident_engine}, the next evaluation (schedule and claim lease) to {@code incident_schedule}, a shadow
 * run's cursor and tracks to {@code shadow_run_engine}. A quiet tick then rewrites only narrow rows. In Java because
 * only PostgreSQL takes a {@code fillfactor}: the engine tables leave a third of each page free and carry no index
 * on what a tick changes, so their updates are HOT (no index entry, the old version pruned within the page).
 */
public class V8__engine_tables extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        String hot = postgres ? " WITH (fillfactor = 70)" : "";
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE incident_engine (
                        incident_id     UUID    NOT NULL PRIMARY KEY REFERENCES incident (id),
                        last_sample_id  BIGINT  NOT NULL,
                        tracks          VARCHAR(32000)
                    )""" + hot);
            statement.execute("INSERT INTO incident_engine (incident_id, last_sample_id, tracks)"
                    + " SELECT id, last_sample_id, tracks FROM incident");
            statement.execute("""
                    CREATE TABLE incident_schedule (
                        incident_id         UUID  NOT NULL PRIMARY KEY REFERENCES incident (id),
                        next_evaluation_at  TIMESTAMP WITH TIME ZONE
                    )""");
            statement.execute("INSERT INTO incident_schedule (incident_id, next_evaluation_at)"
                    + " SELECT id, next_evaluation_at FROM incident");
            statement.execute("DROP INDEX incident_due");
            statement.execute("CREATE INDEX incident_schedule_due ON incident_schedule (next_evaluation_at)");
            for (String column : new String[] { "next_evaluation_at", "last_sample_id", "tracks" }) {
                statement.execute("ALTER TABLE incident DROP COLUMN " + column);
            }

            statement.execute("""
                    CREATE TABLE shadow_run_engine (
                        incident_id     UUID         NOT NULL,
                        policy          VARCHAR(64)  NOT NULL,
                        last_sample_id  BIGINT       NOT NULL,
                        tracks          VARCHAR(32000),
                        PRIMARY KEY (incident_id, policy),
                        FOREIGN KEY (incident_id, policy) REFERENCES shadow_run (incident_id, policy)
                    )""" + hot);
            statement.execute("INSERT INTO shadow_run_engine (incident_id, policy, last_sample_id, tracks)"
                    + " SELECT incident_id, policy, last_sample_id, tracks FROM shadow_run");
            for (String column : new String[] { "last_sample_id", "tracks" }) {
                statement.execute("ALTER TABLE shadow_run DROP COLUMN " + column);
            }
        }
    }
}
