package org.probation.sampling.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.sampling.MetricSource;

/**
 * Made-up but plausible metrics for every watched account, so dev mode shows the engine at work without any agent.
 * Each account follows a profile: {@code clean} stays well under the usual bounds, {@code relapsing} sends a burst of
 * mail for 20 seconds in every minute (the 40 quiet seconds between are shorter than a demo clean window, so it
 * never steps down and is escalated after its third relapse), {@code noisy} hovers around the clean bound,
 * {@code silent} sends nothing. Values depend only on the seed, the account, the metric and the time, so a run can be
 * replayed.
 */
@ApplicationScoped
public class SimulatedSource implements MetricSource {

    private final SimulatorConfig config;

    SimulatedSource(SimulatorConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "simulator";
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public Map<String, String> providedMetrics(Set<String> gatedMetrics) {
        String key = config.metrics().isPresent() ? "probation.sources.simulator.metrics"
                : "probation.sources.simulator.enabled";
        Map<String, String> provided = new LinkedHashMap<>();
        config.metrics().orElse(gatedMetrics).forEach(metric -> provided.put(metric, key));
        return provided;
    }

    @Override
    public List<PulledSample> pull(List<WatchedAccount> accounts, Instant now) {
        List<PulledSample> samples = new ArrayList<>();
        for (WatchedAccount account : accounts) {
            String profile = config.profiles().getOrDefault(account.account(), "clean");
            if ("silent".equals(profile)) {
                continue;
            }
            for (String metric : account.metrics()) {
                if (config.metrics().isPresent() && !config.metrics().get().contains(metric)) {
                    continue;
                }
                SplittableRandom random = new SplittableRandom(
                        config.seed() ^ (31L * account.account().hashCode() + metric.hashCode()) ^ now.getEpochSecond());
                samples.add(new PulledSample(account.account(), metric, now, value(profile, metric, now, random)));
            }
        }
        return samples;
    }

    static double value(String profile, String metric, Instant now, SplittableRandom random) {
        boolean burst = "relapsing".equals(profile) && now.getEpochSecond() % 60 >= 40;
        double scale = "noisy".equals(profile) ? 1.6 : 1.0;
        return switch (metric) {
            case "mail_sent_per_hour" -> burst ? 800 + random.nextDouble(600) : scale * (5 + random.nextDouble(60));
            case "mail_foreign_ratio" -> burst ? 0.7 + random.nextDouble(0.25) : scale * random.nextDouble(0.12);
            case "cpu_load" -> scale * (0.1 + random.nextDouble(0.4));
            default -> random.nextDouble();
        };
    }
}
