package org.probation.incident.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A database of its own for the migration tests, which clean it and migrate it step by step: an H2 database in
 * memory, or on PostgreSQL ({@code -Ppostgres}) a schema of its own in the suite's database. The app starts on it as
 * usual, so after the last migration the rows are read through the entities.
 */
public class MigrationDatabase implements QuarkusTestProfile {

    static final boolean POSTGRES = "postgresql".equals(System.getProperty("test.db.kind", "h2"));
    private static final String SCHEMA = "probation_migrations";

    @Override
    public Map<String, String> getConfigOverrides() {
        if (!POSTGRES) {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:probation-migrations;DB_CLOSE_DELAY=-1");
        }
        String url = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        return Map.of("quarkus.datasource.jdbc.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                "quarkus.flyway.schemas", SCHEMA);
    }

    /** Empties the database and migrates it up to {@code version}, as a database last upgraded to it would be. */
    static void cleanAndMigrateTo(Flyway flyway, String version) {
        Flyway upTo = Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).target(version)
                .load();
        upTo.clean();
        upTo.migrate();
    }

    /** Migrates the database from where it is up to {@code version}. */
    static void migrateTo(Flyway flyway, String version) {
        Flyway.configure().configuration(flyway.getConfiguration()).target(version).load().migrate();
    }

    /** The column's type as the database names it: {@code jsonb}, {@code JSON}, {@code VARCHAR}, ... */
    static String columnType(Connection connection, String table, String column) throws SQLException {
        try (ResultSet columns = columns(connection, table, column)) {
            if (!columns.next()) {
                throw new AssertionError("no column " + table + "." + column);
            }
            return columns.getString("TYPE_NAME");
        }
    }

    static boolean nullable(Connection connection, String table, String column) throws SQLException {
        try (ResultSet columns = columns(connection, table, column)) {
            if (!columns.next()) {
                throw new AssertionError("no column " + table + "." + column);
            }
            return "YES".equals(columns.getString("IS_NULLABLE"));
        }
    }

    static boolean hasColumn(DataSource dataSource, String table, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet columns = columns(connection, table, column)) {
            return columns.next();
        }
    }

    private static ResultSet columns(Connection connection, String table, String column) throws SQLException {
        return connection.getMetaData().getColumns(null, POSTGRES ? SCHEMA : "PUBLIC",
                POSTGRES ? table : table.toUpperCase(), POSTGRES ? column : column.toUpperCase());
    }
}
