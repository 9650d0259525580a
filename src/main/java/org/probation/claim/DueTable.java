package org.probation.claim;

/**
 * A work table whose rows are claimed when due: {@code dueColumn} is both the schedule (rows at or before now are
 * due, oldest first, then by id) and the lease. The names are code constants, never input; {@code idType} is what
 * the claim returns ({@code Long}, {@code UUID}).
 */
public record DueTable<I>(String table, String idColumn, String dueColumn, Class<I> idType) {

    /** Bound: {@code ?1} now, {@code ?2} the limit. */
    String select(SqlDialect dialect) {
        return "SELECT " + idColumn + " FROM " + table + " WHERE " + dueColumn + " <= ?1 ORDER BY " + dueColumn + ", "
                + idColumn + " FETCH FIRST ?2 ROWS ONLY " + dialect.claimLock();
    }

    /** Bound: {@code ?1} the end of the lease, {@code ?2} the claimed ids. */
    String lease() {
        return "UPDATE " + table + " SET " + dueColumn + " = ?1 WHERE " + idColumn + " IN (?2)";
    }
}
