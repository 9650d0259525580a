package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The decisions' {@code controls} from JSON text in {@code VARCHAR} to a JSON type, keeping every row: {@code jsonb}
 * on PostgreSQL, {@code JSON} on H2. In Java because the two databases parse stored text as JSON differently (an H2
 * cast of a string to JSON makes a JSON string; the text must be read {@code FORMAT JSON}).
 */
public class V7__decision_controls_json extends BaseJavaMigration {

    private static final String[] TABLES = { "decision", "current_decision" };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                if (postgres) {
                    statement.execute("ALTER TABLE " + table + " ALTER COLUMN controls TYPE jsonb USING controls::jsonb");
                } else {
                    statement.execute("ALTER TABLE " + table + " ADD COLUMN controls_json JSON");
                    statement.execute("UPDATE " + table + " SET controls_json = controls FORMAT JSON");
                    statement.execute("ALTER TABLE " + table + " DROP COLUMN controls");
                    statement.execute("ALTER TABLE " + table + " ALTER COLUMN controls_json RENAME TO controls");
                }
            }
        }
    }
}
