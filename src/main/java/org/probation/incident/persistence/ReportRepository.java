package org.probation.incident.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Customers' remediation reports, append-only. */
@ApplicationScoped
public class ReportRepository implements PanacheRepository<ReportEntity> {
}
