package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A version on the engine row itself, bumped by every write of its cursor and tracks: the tick's quiet write checks it
 * on the row it updates, which PostgreSQL re-checks after waiting for a concurrent writer (a check on a joined row it
 * does not). No index on it, so the table's updates stay HOT (V8). {@code shadow_run_engine} gets none: only the tick
 * writes it, without any version check to bypass (last write wins, as before).
 */
public class V16__engine_version extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE incident_engine ADD COLUMN version BIGINT DEFAULT 0 NOT NULL");
        }
    }
}
