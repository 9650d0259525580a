package org.probation.incident.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.probation.evaluation.shadow.persistence.ShadowRunEntity;
import org.probation.incident.model.ReportRound;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.incident.persistence.JsonColumnsMigrationTest.update;
import static org.probation.incident.persistence.MigrationDatabase.nullable;

/**
 * V10 adds the report round to incidents and shadow runs: every row from before has one round, answered by its first
 * report if it had one, so a reported incident is neither reminded nor shown the form again. An unanswered round of an
 * open incident starts at the migration, so the first tick after the upgrade reminds or escalates none of them at once.
 */
@QuarkusTest
@TestProfile(MigrationDatabase.class)
class ReportRoundsMigrationTest {

    private static final UUID RESTRICTED = UUID.fromString("00000000-0000-0000-0000-000000000021");
    private static final UUID MONITORING = UUID.fromString("00000000-0000-0000-0000-000000000022");
    private static final Instant OPENED = Instant.parse("2026-11-28T12:00:00Z");
    private static final Instant REPORTED = OPENED.plusSeconds(3600);

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    void everyIncidentFromBeforeHasOneRoundAnsweredByItsFirstReportAndAnUnansweredOneStartsAtTheUpgrade() throws SQLException {
        // At V8 the account's domains are still text; V9 and V10 then run as on a database upgraded from it.
        MigrationDatabase.cleanAndMigrateTo(flyway, "8");
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "INSERT INTO account (id, email, locale, name, domains, created_at, updated_at)"
                    + " VALUES ('xs3', 'owner@example.jp', 'ja', NULL, '[]', ?, ?)", OPENED, OPENED);
            update(connection, "INSERT INTO incident (id, account_id, open_account_id, cause, policy, state,"
                    + " stage_level, relapses, opened_at, stage_since, version)"
                    + " VALUES (?, 'xs3', NULL, 'MASS_MAIL', 'default', 'RESTRICTED', 2, 0, ?, ?, 0)",
                    RESTRICTED, OPENED, OPENED);
            update(connection, "INSERT INTO incident (id, account_id, open_account_id, cause, policy, state,"
                    + " stage_level, relapses, opened_at, reported_at, monitoring_since, monitoring_until, stage_since,"
                    + " clean_since, version) VALUES (?, 'xs3', 'xs3', 'MASS_MAIL', 'default', 'MONITORING', 2, 1, ?,"
                    + " ?, ?, ?, ?, ?, 0)", MONITORING, OPENED, REPORTED, REPORTED, REPORTED.plusSeconds(86_400),
                    REPORTED, REPORTED);
            for (UUID id : new UUID[] { RESTRICTED, MONITORING }) {
                update(connection, "INSERT INTO incident_engine (incident_id, last_sample_id, tracks) VALUES (?, 0,"
                        + " NULL)", id);
                update(connection, "INSERT INTO incident_schedule (incident_id, next_evaluation_at) VALUES (?, ?)",
                        id, OPENED);
            }
            update(connection, "INSERT INTO shadow_run (incident_id, policy, state, stage_level, relapses, opened_at,"
                    + " stage_since) VALUES (?, 'strict-shadow', 'RESTRICTED', 2, 0, ?, ?)", RESTRICTED, OPENED, OPENED);
            update(connection, "INSERT INTO shadow_run_engine (incident_id, policy, last_sample_id, tracks)"
                    + " VALUES (?, 'strict-shadow', 0, NULL)", RESTRICTED);
        }

        Instant beforeMigration = Instant.now();
        flyway.migrate();

        try (Connection connection = dataSource.getConnection()) {
            assertThat(nullable(connection, "incident", "report_requested_at")).isFalse();
            assertThat(nullable(connection, "shadow_run", "report_requested_at")).isFalse();
            assertThat(nullable(connection, "incident", "round_reported_at")).isTrue();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            ReportRound unanswered = em.find(IncidentEntity.class, RESTRICTED).status().round();
            assertThat(unanswered.reportedAt()).isNull();
            assertThat(unanswered.requestedAt()).isAfterOrEqualTo(beforeMigration.minusSeconds(1));
            assertThat(em.find(IncidentEntity.class, MONITORING).status().round())
                    .isEqualTo(new ReportRound(OPENED, null, REPORTED));
            ShadowRunEntity shadow = em.createQuery("from ShadowRunEntity r where r.incidentId = :id",
                    ShadowRunEntity.class).setParameter("id", RESTRICTED).getSingleResult();
            assertThat(shadow.status().round().requestedAt()).isAfterOrEqualTo(beforeMigration.minusSeconds(1));
        });
    }
}
