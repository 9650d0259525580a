package org.probation.claim;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the native SQL of the claims and the tick's writer must know about the database: PostgreSQL in production,
 * H2 in dev and by default in tests. H2 runs one replica and has neither {@code SKIP LOCKED} nor {@code FOR SHARE}; a
 * plain {@code FOR UPDATE} is enough there.
 */
@Singleton
public class SqlDialect {

    private final boolean postgres;

    SqlDialect(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.postgres = dbKind.toLowerCase().startsWith("postgres");
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** Locks the selected rows for this claim; another replica claiming at the same moment takes other rows. */
    public String claimLock() {
        return postgres ? "FOR UPDATE SKIP LOCKED" : "FOR UPDATE";
    }

    /** Locks the selected rows against changes until the commit, letting other readers lock them too. */
    public String shareLock() {
        return postgres ? "FOR SHARE" : "FOR UPDATE";
    }
}
