package org.probation.enforcement.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The append-only history of decisions, by revision. */
@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<DecisionEntity, Long> {
}
