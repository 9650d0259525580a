package org.probation.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * At most {@code probation.report.max-submissions} form posts per incident per {@code rate-window}, counted in memory
 * per replica: a sliding window is enough to stop a script hammering one link, and a customer never posts that often.
 * Counted per incident rather than per token, since every mail carries a fresh token for the same incident.
 */
@ApplicationScoped
public class SubmissionLimiter {

    private final Map<UUID, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final ReportConfig config;
    private final Clock clock;

    SubmissionLimiter(ReportConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Whether one more post is allowed now; an allowed post is counted. */
    public boolean allow(UUID incidentId) {
        Instant now = clock.instant();
        Instant since = now.minus(config.rateWindow());
        if (recent.size() > 10_000) {
            // Forget idle incidents so the map stays small.
            recent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast().isBefore(since);
                }
            });
        }
        Deque<Instant> times = recent.computeIfAbsent(incidentId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= config.maxSubmissions()) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
