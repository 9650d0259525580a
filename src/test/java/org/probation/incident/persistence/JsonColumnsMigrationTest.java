package org.probation.incident.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.probation.evaluation.shadow.persistence.ShadowEventEntity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.probation.incident.persistence.MigrationDatabase.columnType;
import static org.probation.incident.persistence.MigrationDatabase.nullable;

/**
 * V9 turns the JSON text columns into JSON columns and keeps every row: rows written as text by the V8 schema read
 * back through the entities with the same content, on the database the suite runs on.
 */
@QuarkusTest
@TestProfile(MigrationDatabase.class)
class JsonColumnsMigrationTest {

    private static final UUID WITH_EVIDENCE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID WITHOUT_EVIDENCE = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

    // As the text columns held them, written by the former JsonColumns (Jackson, compact).
    private static final String DOMAINS = "[\"blog-a.example\",\"blog-b.example\"]";
    private static final String EVIDENCE_FIGURES = "{\"mail_sent_per_hour\":12400.0,\"cpu_load\":3.0,"
            + "\"mail_foreign_ratio\":1.0E-4}";
    private static final String RELAPSE_FIGURES = "{\"metric\":\"mail_sent_per_hour\",\"value\":900.0,"
            + "\"relapseBound\":500.0,\"sampledAt\":\"2026-11-28T12:00:00Z\",\"relapses\":1}";
    private static final String SILENT_FIGURES = "{\"cpu_load.lastAt\":null}";
    private static final String CHECKLIST = "{\"recaptcha\":true,\"updates\":false}";

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    void textJsonWrittenBeforeV9ReadsBackThroughTheEntities() throws SQLException {
        MigrationDatabase.cleanAndMigrateTo(flyway, "8");
        try (Connection connection = dataSource.getConnection()) {
            insertV8Rows(connection);
        }

        flyway.migrate();

        try (Connection connection = dataSource.getConnection()) {
            for (String[] column : new String[][] { { "account", "domains" }, { "incident", "evidence_domains" },
                    { "incident", "evidence_figures" }, { "incident_event", "figures" }, { "report", "checklist" },
                    { "shadow_event", "figures" } }) {
                assertThat(columnType(connection, column[0], column[1])).as(column[0] + "." + column[1])
                        .isEqualToIgnoringCase(MigrationDatabase.POSTGRES ? "jsonb" : "json");
            }
            assertThat(nullable(connection, "account", "domains")).isFalse();
            assertThat(nullable(connection, "report", "checklist")).isFalse();
            assertThat(nullable(connection, "incident", "evidence_domains")).isTrue();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            IncidentEntity incident = em.find(IncidentEntity.class, WITH_EVIDENCE);
            assertThat(incident.account.domains).containsExactly("blog-a.example", "blog-b.example");
            assertThat(incident.evidenceDomains).containsExactly("blog-b.example");
            assertThat(incident.evidenceFigures).containsOnly(entry("mail_sent_per_hour", 12400.0),
                    entry("cpu_load", 3.0), entry("mail_foreign_ratio", 1.0E-4));

            IncidentEntity older = em.find(IncidentEntity.class, WITHOUT_EVIDENCE);
            assertThat(older.evidenceDomains).isNull();
            assertThat(older.evidenceFigures).isNull();

            List<EventEntity> events = em.createQuery("from EventEntity e where e.incidentId = :id order by e.id",
                    EventEntity.class).setParameter("id", WITH_EVIDENCE).getResultList();
            assertThat(events).extracting(e -> e.figures).hasSize(3);
            assertThat(events.get(0).figures).containsOnly(entry("mail_sent_per_hour", 12400.0),
                    entry("cpu_load", 3.0), entry("mail_foreign_ratio", 1.0E-4));
            assertThat(events.get(1).figures).isNull();
            assertThat(events.get(2).figures).containsOnly(entry("metric", "mail_sent_per_hour"),
                    entry("value", 900.0), entry("relapseBound", 500.0), entry("sampledAt", "2026-11-28T12:00:00Z"),
                    entry("relapses", 1));

            ReportEntity report = em.createQuery("from ReportEntity r where r.incidentId = :id", ReportEntity.class)
                    .setParameter("id", WITH_EVIDENCE).getSingleResult();
            assertThat(report.checklist).containsOnly(entry("recaptcha", true), entry("updates", false));

            List<ShadowEventEntity> shadow = em.createQuery(
                    "from ShadowEventEntity e where e.incidentId = :id order by e.id", ShadowEventEntity.class)
                    .setParameter("id", WITH_EVIDENCE).getResultList();
            assertThat(shadow).hasSize(3);
            assertThat(shadow.get(0).figures).isNull();
            assertThat(shadow.get(1).figures).containsOnly(entry("metric", "mail_sent_per_hour"),
                    entry("value", 900.0), entry("relapseBound", 500.0), entry("sampledAt", "2026-11-28T12:00:00Z"),
                    entry("relapses", 1));
            assertThat(shadow.get(2).figures).containsOnly(entry("cpu_load.lastAt", null));
        });
    }

    private static void insertV8Rows(Connection connection) throws SQLException {
        update(connection, "INSERT INTO account (id, email, locale, name, domains, created_at, updated_at)"
                + " VALUES ('xs1', 'owner@example.jp', 'ja', NULL, ?, ?, ?)", DOMAINS, AT, AT);
        insertIncident(connection, WITH_EVIDENCE, "[\"blog-b.example\"]", EVIDENCE_FIGURES);
        insertIncident(connection, WITHOUT_EVIDENCE, null, null);
        for (String figures : new String[] { EVIDENCE_FIGURES, null, RELAPSE_FIGURES }) {
            update(connection, "INSERT INTO incident_event (incident_id, event_type, occurred_at, actor, reason,"
                    + " from_state, to_state, from_stage, to_stage, figures)"
                    + " VALUES (?, 'RELAPSED', ?, 'system', 'r', 'MONITORING', 'MONITORING', 1, 2, ?)",
                    WITH_EVIDENCE, AT, figures);
        }
        update(connection, "INSERT INTO report (incident_id, channel, checklist, message, received_at, actor)"
                + " VALUES (?, 'EMAIL_REPLY', ?, 'done', ?, 'customer')", WITH_EVIDENCE, CHECKLIST, AT);
        update(connection, "INSERT INTO shadow_run (incident_id, policy, state, stage_level, relapses, opened_at,"
                + " stage_since) VALUES (?, 'strict-shadow', 'MONITORING', 2, 1, ?, ?)", WITH_EVIDENCE, AT, AT);
        update(connection, "INSERT INTO shadow_run_engine (incident_id, policy, last_sample_id, tracks)"
                + " VALUES (?, 'strict-shadow', 0, NULL)", WITH_EVIDENCE);
        for (String figures : new String[] { null, RELAPSE_FIGURES, SILENT_FIGURES }) {
            update(connection, "INSERT INTO shadow_event (incident_id, policy, event_type, occurred_at, reason, state,"
                    + " stage_level, relapses, figures) VALUES (?, 'strict-shadow', 'RELAPSED', ?, 'r', 'MONITORING',"
                    + " 2, 1, ?)", WITH_EVIDENCE, AT, figures);
        }
    }

    private static void insertIncident(Connection connection, UUID id, String domains, String figures)
            throws SQLException {
        update(connection, "INSERT INTO incident (id, account_id, open_account_id, cause, policy, state, stage_level,"
                + " relapses, evidence_summary, evidence_domains, evidence_figures, opened_at, stage_since, version)"
                + " VALUES (?, 'xs1', NULL, 'MASS_MAIL', 'default', 'RESTRICTED', 2, 0, 'mass mail', ?, ?, ?, ?, 0)",
                id, domains, figures, AT, AT);
        update(connection, "INSERT INTO incident_engine (incident_id, last_sample_id, tracks) VALUES (?, 0, NULL)", id);
        update(connection, "INSERT INTO incident_schedule (incident_id, next_evaluation_at) VALUES (?, ?)", id, AT);
    }

    static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i] instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : parameters[i];
                if (parameter == null) {
                    statement.setNull(i + 1, java.sql.Types.NULL);
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            statement.executeUpdate();
        }
    }
}
