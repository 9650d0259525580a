package org.probation.sampling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.probation.web.InvalidInputException;


/** Reads raw samples back for charts. */
@ApplicationScoped
public class SampleQuery {

    static final Duration DEFAULT_RANGE = Duration.ofDays(7);
    static final int MAX_ROWS = 50_000;

    private final EntityManager em;
    private final Clock clock;

    SampleQuery(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public List<SampleView> samples(String account, String metric, Instant from, Instant to) {
        Instant until = to != null ? to : clock.instant();
        Instant since = from != null ? from : until.minus(DEFAULT_RANGE);
        if (since.isAfter(until)) {
            throw new InvalidInputException("from", "must not be after 'to'");
        }
        return em.createQuery("""
                select new org.probation.sampling.SampleView(s.metric, s.at, s.value)
                from SampleEntity s
                where s.accountId = :account and (:metric is null or s.metric = :metric)
                  and s.at >= :since and s.at <= :until
                order by s.at, s.id""", SampleView.class)
                .setParameter("account", account)
                .setParameter("metric", metric)
                .setParameter("since", since)
                .setParameter("until", until)
                .setMaxResults(MAX_ROWS)
                .getResultList();
    }
}
