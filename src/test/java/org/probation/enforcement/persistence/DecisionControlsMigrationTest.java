package org.probation.enforcement.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.probation.policy.ControlsView;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V7 turns the decisions' controls from JSON text into a JSON column and keeps every row, on the database the suite
 * runs on ({@code -Ppostgres}: PostgreSQL, in a schema of its own; otherwise H2).
 */
class DecisionControlsMigrationTest {

    private static final String SCHEMA = "v7_migration";
    private static final String TOP = "{\"webForeign\":\"block\",\"allowCountries\":[\"JP\"],\"mailForeign\":\"block\","
            + "\"mailMaxPerHour\":50}";
    private static final String MIDDLE = "{\"webForeign\":\"admin-only\",\"blockedPaths\":[\"/wp-login.php\"],"
            + "\"mailMaxPerHour\":200}";

    private final boolean postgres = "postgresql".equals(System.getProperty("test.db.kind", "h2"));

    @Test
    void storedControlsReadBackAsTheSameControlsFromAJsonColumn() throws Exception {
        Flyway flyway = flyway("5");
        flyway.clean();
        flyway.migrate();
        try (Connection connection = connect()) {
            insert(connection, "decision", 1, "xs1", TOP);
            insert(connection, "decision", 2, "xs2", MIDDLE);
            insert(connection, "decision", 3, "xs2", null);
            insert(connection, "current_decision", 1, "xs1", TOP);
            insert(connection, "current_decision", 3, "xs2", null);
        }

        flyway("7").migrate();

        ObjectMapper mapper = new ObjectMapper();
        try (Connection connection = connect()) {
            assertThat(controls(connection, "decision")).containsExactly(
                    mapper.readValue(TOP, ControlsView.class), mapper.readValue(MIDDLE, ControlsView.class), null);
            assertThat(controls(connection, "current_decision")).containsExactly(
                    mapper.readValue(TOP, ControlsView.class), null);
            for (String table : List.of("decision", "current_decision")) {
                assertThat(columnType(connection, table)).isEqualToIgnoringCase(postgres ? "jsonb" : "json");
            }
        } finally {
            flyway.clean();
        }
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().locations("classpath:db/migration").target(target)
                .cleanDisabled(false);
        if (postgres) {
            return configuration.dataSource(url(), user(), password()).schemas(SCHEMA).createSchemas(true).load();
        }
        return configuration.dataSource(url(), user(), password()).load();
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url(), user(), password());
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET search_path TO " + SCHEMA);
            }
        }
        return connection;
    }

    private static void insert(Connection connection, String table, long revision, String account, String controls)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (revision, account_id, active, stage_level, stage_name, controls, decided_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, revision);
            insert.setString(2, account);
            insert.setBoolean(3, controls != null);
            insert.setObject(4, controls == null ? null : 2);
            insert.setString(5, controls == null ? null : "stage");
            insert.setString(6, controls);
            insert.executeUpdate();
        }
    }

    private static List<ControlsView> controls(Connection connection, String table) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<ControlsView> controls = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT controls FROM " + table + " ORDER BY revision")) {
            while (rows.next()) {
                String json = rows.getString(1);
                controls.add(json == null ? null : mapper.readValue(json, ControlsView.class));
            }
        }
        return controls;
    }

    private String columnType(Connection connection, String table) throws SQLException {
        String schema = postgres ? SCHEMA : "PUBLIC";
        String name = postgres ? table : table.toUpperCase();
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, name,
                postgres ? "controls" : "CONTROLS")) {
            assertThat(columns.next()).as("column controls of " + table).isTrue();
            return columns.getString("TYPE_NAME");
        }
    }

    private String url() {
        return postgres
                ? System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test")
                : "jdbc:h2:mem:v7-migration;DB_CLOSE_DELAY=-1";
    }

    private String user() {
        return postgres ? System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres") : "sa";
    }

    private String password() {
        return postgres ? System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "") : "";
    }
}
