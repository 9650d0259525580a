package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The remaining JSON text columns (domains, evidence figures, event figures, checklist answers) from {@code VARCHAR}
 * to a JSON type, keeping every row and every {@code NOT NULL}: {@code jsonb} on PostgreSQL, {@code JSON} on H2. In
 * Java for the reason {@link V7__decision_controls_json} gives: H2 must read the stored text {@code FORMAT JSON}, or
 * {@code ["a"]} would become the JSON string {@code "[\"a\"]"}. None of these columns is indexed.
 */
public class V9__json_columns extends BaseJavaMigration {

    private record JsonColumn(String table, String column, boolean notNull) {
    }

    private static final List<JsonColumn> COLUMNS = List.of(
            new JsonColumn("account", "domains", true),
            new JsonColumn("incident", "evidence_domains", false),
            new JsonColumn("incident", "evidence_figures", false),
            new JsonColumn("incident_event", "figures", false),
            new JsonColumn("report", "checklist", true),
            new JsonColumn("shadow_event", "figures", false));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (JsonColumn json : COLUMNS) {
                String table = json.table();
                String column = json.column();
                if (postgres) {
                    // NOT NULL stays on the column through a change of type.
                    statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE jsonb USING "
                            + column + "::jsonb");
                    continue;
                }
                String converted = column + "_json";
                statement.execute("ALTER TABLE " + table + " ADD COLUMN " + converted + " JSON");
                statement.execute("UPDATE " + table + " SET " + converted + " = " + column + " FORMAT JSON");
                statement.execute("ALTER TABLE " + table + " DROP COLUMN " + column);
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + converted + " RENAME TO " + column);
                if (json.notNull()) {
                    statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " SET NOT NULL");
                }
            }
        }
    }
}
