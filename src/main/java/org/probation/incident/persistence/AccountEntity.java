package org.probation.incident.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer's server account, as last described by the system that opened an incident for it. */
@Entity
@Table(name = "account")
public class AccountEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String locale;

    public String name;

    /** The account's domains; a JSON array ({@code jsonb} on PostgreSQL, {@code JSON} on H2). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> domains;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
