package org.probation.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** Row counts of every table a request can write, to show that a refused request wrote nothing. */
public final class StoredRows {

    private static final List<String> TABLES = List.of("account", "incident", "incident_event", "report", "sample",
            "decision", "current_decision");

    private StoredRows() {
    }

    public static Map<String, Long> count(EntityManager em) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                    .longValue());
        }
        return counts;
    }
}
