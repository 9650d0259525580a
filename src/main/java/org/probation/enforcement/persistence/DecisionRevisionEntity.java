package org.probation.enforcement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row holding the last decision revision handed out. */
@Entity
@Table(name = "decision_revision")
public class DecisionRevisionEntity {

    public static final int ROW = 1;

    @Id
    public Integer id;

    @Column(name = "last_revision", nullable = false)
    public long lastRevision;
}
