package org.probation.sampling.prometheus;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.probation.sampling.MetricSource;
import org.probation.sampling.prometheus.PrometheusException.Rejected;
import org.probation.sampling.prometheus.PrometheusException.Unavailable;
import org.probation.sampling.prometheus.model.Series;
import org.probation.sampling.prometheus.model.VectorMapping;

import io.smallrye.faulttolerance.api.TypedGuard;

/**
 * Pulls samples from Prometheus: per tick, one instant query per configured metric at the tick's time, for all watched
 * accounts at once (never one per account), the result mapped to accounts by their label ({@link VectorMapping}).
 * Each query has a timeout, retries with exponential back-off and a circuit breaker; a tick in which any query fails
 * stores nothing from Prometheus, so a half-answered tick never counts as coverage.
 */
@ApplicationScoped
public class PrometheusSource implements MetricSource {

    private static final Logger LOG = Logger.getLogger(PrometheusSource.class);
    private static final String KEY = "probation.sources.prometheus.";
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    /** Wraps each query in the fault-tolerance strategies; plain tests run queries unguarded. */
    @FunctionalInterface
    interface QueryGuard {
        List<Series> run(Callable<List<Series>> query) throws Exception;

        QueryGuard NONE = Callable::call;
    }

    private final PrometheusConfig config;
    private final QueryGuard guard;
    private final PrometheusApi api;
    private volatile String lastFailure = "none";
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @Inject
    PrometheusSource(PrometheusConfig config) {
        this(config, config.url().isPresent() && problems(config).isEmpty() ? guarded(config) : QueryGuard.NONE);
    }

    PrometheusSource(PrometheusConfig config, QueryGuard guard) {
        this.config = config;
        this.guard = guard;
        // Without a URL the source is off; with a bad configuration start-up stops (MetricSources) before any pull.
        this.api = config.url().isPresent() && problems(config).isEmpty()
                ? new PrometheusApi(URI.create(config.url().get()), config.timeout(), authorization(config))
                : null;
    }

    @Override
    public String name() {
        return "prometheus";
    }

    @Override
    public boolean enabled() {
        return config.url().isPresent();
    }

    @Override
    public Map<String, String> providedMetrics(Set<String> gatedMetrics) {
        Map<String, String> provided = new LinkedHashMap<>();
        new TreeMap<>(config.queries()).keySet().forEach(metric -> provided.put(metric, KEY + "queries." + metric));
        return provided;
    }

    @Override
    public List<String> configurationProblems() {
        return problems(config);
    }

    @Override
    public List<PulledSample> pull(List<WatchedAccount> accounts, Instant now) throws PrometheusException {
        if (api == null) {
            throw new IllegalStateException("the Prometheus source is not configured");
        }
        // Metric → the accounts that need it: a metric nobody needs right now is not queried.
        Map<String, Set<String>> watchersByMetric = new TreeMap<>();
        for (WatchedAccount account : accounts) {
            for (String metric : account.metrics()) {
                if (config.queries().containsKey(metric)) {
                    watchersByMetric.computeIfAbsent(metric, m -> new HashSet<>()).add(account.account());
                }
            }
        }
        List<PulledSample> samples = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : watchersByMetric.entrySet()) {
            String metric = entry.getKey();
            List<Series> vector = query(metric, now);
            VectorMapping.Result result = VectorMapping.map(vector, config.accountLabel(), entry.getValue());
            if (!vector.isEmpty() && result.withoutLabel() == vector.size()) {
                throw new Rejected(KEY + "queries." + metric + ": none of the " + vector.size()
                        + " series has the label '" + config.accountLabel() + "'; aggregate by ("
                        + config.accountLabel() + ") or set " + KEY + "account-label", null);
            }
            warnAboutSuspiciousSeries(metric, result);
            result.values().forEach((account, value) -> samples.add(new PulledSample(account, metric, now, value)));
        }
        return samples;
    }

    private List<Series> query(String metric, Instant now) throws PrometheusException {
        String promql = config.queries().get(metric);
        try {
            return guard.run(() -> {
                try {
                    return api.instantQuery(promql, now);
                } catch (PrometheusException e) {
                    lastFailure = e.getMessage();
                    throw e;
                }
            });
        } catch (PrometheusException e) {
            throw withMetric(metric, e);
        } catch (CircuitBreakerOpenException e) {
            throw new Unavailable("query for " + metric + " not sent: the circuit is open after repeated failures"
                    + " (last: " + lastFailure + ")", e);
        } catch (TimeoutException e) {
            lastFailure = "no answer within " + config.timeout();
            throw new Unavailable("query for " + metric + ": " + lastFailure + " from " + api.queryEndpoint(), e);
        } catch (Exception e) {
            throw new Unavailable("query for " + metric + " failed: " + e, e);
        }
    }

    private static PrometheusException withMetric(String metric, PrometheusException e) {
        String message = "query for " + metric + ": " + e.getMessage();
        return e instanceof Rejected ? new Rejected(message, e) : new Unavailable(message, e);
    }

    /** Once per metric and kind: a query that needs fixing stays so for days, and every tick would say it again. */
    private void warnAboutSuspiciousSeries(String metric, VectorMapping.Result result) {
        if (result.duplicates() > 0) {
            warnOnce(metric + " duplicates", "Prometheus query for %s returned %d extra series for some accounts;"
                    + " each account takes its largest value. Aggregate the query by (%s).", metric,
                    result.duplicates(), config.accountLabel());
        }
        if (result.withoutLabel() > 0) {
            warnOnce(metric + " without label", "Prometheus query for %s returned %d series without the label '%s';"
                    + " they are ignored", metric, result.withoutLabel(), config.accountLabel());
        }
        if (result.notFinite() > 0) {
            LOG.debugf("Prometheus query for %s: %d NaN or infinite values, taken as no sample", metric,
                    result.notFinite());
        }
    }

    private void warnOnce(String what, String format, Object... params) {
        if (warned.add(what)) {
            LOG.warnf(format, params);
        } else {
            LOG.debugf(format, params);
        }
    }

    /**
     * Problems with the settings, each naming its key; secrets and URLs are never repeated in the message. (Ranges of
     * numbers and durations are Bean Validation constraints on {@link PrometheusConfig}, checked at start-up.)
     */
    static List<String> problems(PrometheusConfig config) {
        List<String> problems = new ArrayList<>();
        config.url().ifPresent(url -> {
            URI uri = parseUrl(url);
            if (uri == null) {
                problems.add(KEY + "url: must be an absolute http or https URL, e.g. http://prometheus:9090");
            } else if (uri.getUserInfo() != null) {
                problems.add(KEY + "url: put credentials in " + KEY + "username and " + KEY
                        + "password, not in the URL");
            }
        });
        if (config.queries().isEmpty()) {
            problems.add(KEY + "queries: give one PromQL query per metric to pull, as " + KEY + "queries.<metric>");
        }
        new TreeMap<>(config.queries()).forEach((metric, promql) -> {
            if (promql.isBlank()) {
                problems.add(KEY + "queries." + metric + ": must not be blank");
            }
        });
        if (!LABEL_NAME.matcher(config.accountLabel()).matches()) {
            problems.add(KEY + "account-label: '" + config.accountLabel() + "' is not a Prometheus label name");
        }
        if (config.username().isPresent() != config.password().isPresent()) {
            problems.add(KEY + (config.username().isPresent() ? "password" : "username")
                    + ": basic authentication needs both username and password");
        }
        if (config.bearerToken().isPresent() && config.username().isPresent()) {
            problems.add(KEY + "bearer-token: give either a bearer token or basic authentication, not both");
        }
        return problems;
    }

    private static URI parseUrl(String url) {
        try {
            URI uri = new URI(url);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Optional<String> authorization(PrometheusConfig config) {
        if (config.bearerToken().isPresent()) {
            return Optional.of("Bearer " + config.bearerToken().get());
        }
        if (config.username().isPresent() && config.password().isPresent()) {
            String pair = config.username().get() + ":" + config.password().get();
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    /**
     * Per query attempt a timeout; retries with exponential back-off for what may pass; a circuit breaker that, after
     * half of the last four attempts failed, fails queries at once for {@code circuit-breaker-delay}, then lets one
     * trial through. A rejected query (bad PromQL, bad credentials) is neither retried nor held against Prometheus.
     */
    private static QueryGuard guarded(PrometheusConfig config) {
        long retryDelay = config.retryDelay().toMillis();
        TypedGuard<List<Series>> guard = TypedGuard.create(new TypeLiteral<List<Series>>() {
        })
                .withDescription("Prometheus instant query")
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(config.retries())
                .delay(retryDelay, ChronoUnit.MILLIS).jitter(retryDelay / 4, ChronoUnit.MILLIS)
                .abortOn(List.of(Rejected.class, CircuitBreakerOpenException.class))
                .withExponentialBackoff().factor(2).done()
                .done()
                .withCircuitBreaker().requestVolumeThreshold(4).failureRatio(0.5).successThreshold(1)
                .delay(config.circuitBreakerDelay().toMillis(), ChronoUnit.MILLIS)
                .skipOn(Rejected.class)
                .done()
                .build();
        return guard::call;
    }
}
