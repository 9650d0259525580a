package org.probation.sampling.remotewrite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.probation.policy.PolicyCatalog;
import org.probation.sampling.MetricSources;
import org.probation.sampling.SampleIngest;
import org.probation.sampling.SamplesReceived;
import org.probation.sampling.SamplesReceived.Outcome;
import org.probation.sampling.model.SampleRules.Candidate;
import org.probation.sampling.remotewrite.model.SeriesMapping;
import org.probation.sampling.remotewrite.model.SeriesMapping.Rule;
import org.probation.sampling.remotewrite.model.SeriesMapping.Target;
import org.probation.sampling.remotewrite.model.UnreadableWriteRequest;
import org.probation.sampling.remotewrite.model.WriteRequestDecoder;
import org.probation.validation.FieldProblem;
import org.probation.validation.InvalidInputException;

import io.quarkus.runtime.StartupEvent;

/**
 * Takes a Prometheus remote-write body: reads all of it, turns the mapped series into sample candidates, and hands
 * them to {@link SampleIngest}, the same validation and arrival-ordered store as the JSON push. A body that cannot be
 * read, or holds one sample the rules refuse, is refused whole.
 */
@ApplicationScoped
public class RemoteWriteIngest {

    /** The {@code source} of the samples it stores, and of their counts in {@code probation_samples_total}. */
    public static final String SOURCE = "remote-write";

    private final SampleIngest ingest;
    private final Event<SamplesReceived> received;
    private final SeriesMapping mapping;
    private final long maxUncompressedSize;

    RemoteWriteIngest(SampleIngest ingest, Event<SamplesReceived> received, RemoteWriteConfig config) {
        this.ingest = ingest;
        this.received = received;
        this.mapping = new SeriesMapping(rules(config), config.accountLabel());
        this.maxUncompressedSize = config.maxUncompressedSize().asLongValue();
    }

    /** Refuses to start with a mapping that cannot work, naming each key at fault. */
    static void check(@Observes StartupEvent started, RemoteWriteConfig config, PolicyCatalog policies,
            MetricSources sources) {
        Set<String> gated = policies.gatedMetrics();
        Map<String, String> pulled = new HashMap<>();
        sources.enabled().forEach(source -> source.providedMetrics(gated).keySet()
                .forEach(metric -> pulled.put(metric, source.name())));
        check(config, gated, pulled);
    }

    static void check(RemoteWriteConfig config, Set<String> gated, Map<String, String> pulled) {
        List<String> problems = SeriesMapping.problems(RemoteWriteConfig.KEY, rules(config), config.accountLabel(),
                gated, pulled);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid remote write configuration:\n  " + String.join("\n  ", problems));
        }
    }

    /** How many samples were stored and dropped. */
    public record Receipt(int accepted, int ignored, int unmapped) {
    }

    /**
     * @throws UnreadableWriteRequest the body is not snappy-compressed protobuf, or would uncompress too large
     * @throws InvalidInputException a mapped sample breaks the sample rules, named by series and sample
     */
    public Receipt write(byte[] body) throws UnreadableWriteRequest {
        byte[] request = WriteRequestDecoder.uncompress(body, maxUncompressedSize);
        Collected collected = new Collected();
        WriteRequestDecoder.decode(request, collected::add);
        if (collected.candidates.isEmpty()) {
            count(Outcome.UNMAPPED, collected.unmapped);
            return new Receipt(0, 0, collected.unmapped);
        }
        SampleIngest.Receipt receipt;
        try {
            receipt = ingest.ingest(collected.candidates, SOURCE);
        } catch (InvalidInputException e) {
            count(Outcome.REJECTED, collected.candidates.size());
            throw new InvalidInputException(e.problems().stream().map(collected::where).toList());
        }
        count(Outcome.ACCEPTED, receipt.accepted());
        count(Outcome.IGNORED, receipt.ignored());
        count(Outcome.UNMAPPED, collected.unmapped);
        return new Receipt(receipt.accepted(), receipt.ignored(), collected.unmapped);
    }

    private void count(Outcome outcome, int samples) {
        received.fire(new SamplesReceived(SOURCE, outcome, samples));
    }

    private static Map<String, Rule> rules(RemoteWriteConfig config) {
        return config.metrics().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Rule(e.getKey(), e.getValue().series(), Map.copyOf(e.getValue().labels())), (a, b) -> a,
                TreeMap::new));
    }

    /** The candidates of one body, with where each came from so a refusal can name the series and sample. */
    private final class Collected {
        final List<Candidate> candidates = new ArrayList<>();
        final List<int[]> origins = new ArrayList<>();
        int unmapped;

        void add(WriteRequestDecoder.Series series) {
            List<Target> targets = mapping.isEmpty() ? List.of() : mapping.targets(series.labels());
            if (targets.isEmpty()) {
                unmapped += series.count();
                return;
            }
            for (int i = 0; i < series.count(); i++) {
                double value = series.values()[i];
                if (Double.doubleToRawLongBits(value) == WriteRequestDecoder.STALE_NAN_BITS) {
                    unmapped += targets.size();
                    continue;
                }
                String at = Instant.ofEpochMilli(series.timestamps()[i]).toString();
                for (Target target : targets) {
                    candidates.add(new Candidate(target.account(), target.metric(), at, value));
                    origins.add(new int[] { series.index(), i });
                }
            }
        }

        /** {@code samples[7].value} of the ingest is {@code timeseries[2].samples[3].value} of the body. */
        FieldProblem where(FieldProblem problem) {
            String field = problem.field();
            int open = field.indexOf('[');
            int close = field.indexOf(']');
            if (!field.startsWith("samples[") || close < 0) {
                return new FieldProblem("timeseries", problem.message());
            }
            int[] origin = origins.get(Integer.parseInt(field.substring(open + 1, close)));
            String series = "timeseries[" + origin[0] + "]";
            String sample = series + ".samples[" + origin[1] + "]";
            return switch (field.substring(close + 1)) {
                case ".account" -> new FieldProblem(series + ".labels." + mapping.accountLabel(), problem.message());
                case ".at" -> new FieldProblem(sample + ".timestamp", problem.message());
                case ".value" -> new FieldProblem(sample + ".value", problem.message());
                default -> new FieldProblem(sample, problem.message());
            };
        }
    }
}
