package org.probation.sampling.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.sampling.SampleView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Reads stored samples. Writes and deletes go through {@link SampleWriter}. */
@ApplicationScoped
public class SampleRepository implements PanacheRepositoryBase<SampleEntity, Long> {

    /** At most {@code max} samples of {@code account} taken in {@code [since, until]}, oldest first. */
    public List<SampleView> taken(String account, String metric, Instant since, Instant until, int max) {
        return find("accountId = :account and (:metric is null or metric = :metric) and at >= :since and at <= :until",
                Sort.by("at").and("id"),
                Parameters.with("account", account).and("metric", metric).and("since", since).and("until", until))
                .project(SampleView.class)
                .range(0, max - 1)
                .list();
    }
}
