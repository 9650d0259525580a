package org.probation.sampling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.probation.sampling.persistence.SampleRepository;
import org.probation.validation.InvalidInputException;

/** Reads raw samples back for charts. */
@ApplicationScoped
public class SampleQuery {

    static final Duration DEFAULT_RANGE = Duration.ofDays(7);
    static final int MAX_ROWS = 50_000;

    private final SampleRepository samples;
    private final Clock clock;

    SampleQuery(SampleRepository samples, Clock clock) {
        this.samples = samples;
        this.clock = clock;
    }

    @Transactional
    public List<SampleView> samples(String account, String metric, Instant from, Instant to) {
        Instant until = to != null ? to : clock.instant();
        Instant since = from != null ? from : until.minus(DEFAULT_RANGE);
        if (since.isAfter(until)) {
            throw new InvalidInputException("from", "must not be after 'to'");
        }
        return samples.taken(account, metric, since, until, MAX_ROWS);
    }
}
