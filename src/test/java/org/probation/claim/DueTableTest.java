package org.probation.claim;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim's SQL on each database: replicas on PostgreSQL skip each other's locked rows; H2 (one replica) has no
 * {@code SKIP LOCKED}. Values are always bound, never written into the SQL.
 */
class DueTableTest {

    private static final DueTable<UUID> SCHEDULE = new DueTable<>("incident_schedule", "incident_id",
            "next_evaluation_at", UUID.class);

    @Test
    void onPostgresqlAClaimSkipsRowsAnotherReplicaHasLocked() {
        assertThat(SCHEDULE.select(new SqlDialect("postgresql"))).isEqualTo(
                "SELECT incident_id FROM incident_schedule WHERE next_evaluation_at <= ?1"
                        + " ORDER BY next_evaluation_at, incident_id FETCH FIRST ?2 ROWS ONLY FOR UPDATE SKIP LOCKED");
    }

    @Test
    void onH2AClaimTakesAPlainRowLock() {
        assertThat(SCHEDULE.select(new SqlDialect("h2"))).endsWith("FETCH FIRST ?2 ROWS ONLY FOR UPDATE");
    }

    @Test
    void theLeaseMovesTheDueTimeOfTheClaimedIdsOnly() {
        assertThat(SCHEDULE.lease())
                .isEqualTo("UPDATE incident_schedule SET next_evaluation_at = ?1 WHERE incident_id IN (?2)");
    }

    @Test
    void theTickWriterShareLocksOnPostgresqlAndFallsBackToARowLockOnH2() {
        assertThat(new SqlDialect("postgresql").shareLock()).isEqualTo("FOR SHARE");
        assertThat(new SqlDialect("h2").shareLock()).isEqualTo("FOR UPDATE");
        assertThat(new SqlDialect("postgresql").isPostgres()).isTrue();
        assertThat(new SqlDialect("h2").isPostgres()).isFalse();
    }
}
