package org.probation.incident.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.incident.persistence.JsonColumnsMigrationTest.update;

/**
 * V12 rewrites the domain names stored before names were kept in one spelling: punycode and upper case become
 * Unicode in lower case, each name once, as names given today are stored.
 */
@QuarkusTest
@TestProfile(MigrationDatabase.class)
class UnicodeDomainsMigrationTest {

    private static final UUID INCIDENT = UUID.fromString("00000000-0000-0000-0000-000000000012");
    private static final UUID WITHOUT_EVIDENCE = UUID.fromString("00000000-0000-0000-0000-000000000013");
    private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    void punycodeAndUpperCaseNamesStoredBeforeV12ReadBackInUnicodeOnce() throws SQLException {
        MigrationDatabase.cleanAndMigrateTo(flyway, "9");
        String json = MigrationDatabase.POSTGRES ? "CAST(? AS jsonb)" : "? FORMAT JSON";
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "INSERT INTO account (id, email, locale, name, domains, created_at, updated_at)"
                    + " VALUES ('xs12', 'owner@example.jp', 'ja', NULL, " + json + ", ?, ?)",
                    "[\"xn--r8jz45g.jp\",\"Blog-A.Example\",\"blog-a.example\",\"XN--ECKWD4C7CU47R2WF.JP\"]", AT, AT);
            for (UUID id : new UUID[] { INCIDENT, WITHOUT_EVIDENCE }) {
                update(connection, "INSERT INTO incident (id, account_id, open_account_id, cause, policy, state,"
                        + " stage_level, relapses, evidence_summary, evidence_domains, evidence_figures, opened_at,"
                        + " stage_since, version) VALUES (?, 'xs12', NULL, 'MASS_MAIL', 'default', 'LIFTED', 0, 0,"
                        + " 'mass mail', " + json + ", NULL, ?, ?, 0)",
                        id, id.equals(INCIDENT) ? "[\"例え.JP\",\"xn--r8jz45g.jp\"]" : null, AT, AT);
                update(connection, "INSERT INTO incident_engine (incident_id, last_sample_id, tracks)"
                        + " VALUES (?, 0, NULL)", id);
                update(connection, "INSERT INTO incident_schedule (incident_id, next_evaluation_at) VALUES (?, ?)",
                        id, AT);
            }
        }

        flyway.migrate();

        QuarkusTransaction.requiringNew().run(() -> {
            IncidentEntity incident = em.find(IncidentEntity.class, INCIDENT);
            assertThat(incident.account.domains).containsExactly("例え.jp", "blog-a.example", "ドメイン名例.jp");
            assertThat(incident.evidenceDomains).containsExactly("例え.jp");
            assertThat(em.find(IncidentEntity.class, WITHOUT_EVIDENCE).evidenceDomains).isNull();
        });
    }
}
