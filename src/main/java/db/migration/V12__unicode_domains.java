package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.probation.validation.DomainName;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Domain names stored before they were kept in one spelling ({@code xn--r8jz45g.jp}, {@code Blog-A.Example}) rewritten
 * as new ones are: Unicode, lower case, each name once ({@link DomainName.Validator#canonical}), so the views show
 * every incident's names alike. A name that is no domain name under today's rules is kept as it is.
 */
public class V12__unicode_domains extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        // H2 must read the text FORMAT JSON, or the list would be stored as one JSON string (V9).
        String json = postgres ? "CAST(? AS jsonb)" : "? FORMAT JSON";
        rewrite(connection, "account", "id", "domains", json);
        rewrite(connection, "incident", "id", "evidence_domains", json);
    }

    private static void rewrite(Connection connection, String table, String key, String column, String json)
            throws Exception {
        List<Object[]> changed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + key + ", " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String stored = rows.getString(2);
                List<String> names = JSON.readValue(stored, NAMES);
                List<String> canonical = canonical(names);
                if (!canonical.equals(names)) {
                    changed.add(new Object[] { rows.getObject(1), JSON.writeValueAsString(canonical) });
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET " + column + " = " + json + " WHERE " + key + " = ?")) {
            for (Object[] row : changed) {
                update.setString(1, (String) row[1]);
                update.setObject(2, row[0]);
                update.executeUpdate();
            }
        }
    }

    private static List<String> canonical(List<String> names) {
        Set<String> canonical = new LinkedHashSet<>();
        for (String name : names) {
            canonical.add(name != null && DomainName.Validator.ascii(name).isPresent()
                    ? DomainName.Validator.canonical(name)
                    : name);
        }
        return new ArrayList<>(canonical);
    }
}
