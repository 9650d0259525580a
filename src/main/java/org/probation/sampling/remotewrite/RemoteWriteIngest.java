package org.probation.sampling.remotewrite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.probation.policy.PolicyCatalog;
import org.probation.sampling.IngestConfig;
import org.probation.sampling.MetricSources;
import org.probation.sampling.SampleIngest;
import org.probation.sampling.SamplesReceived;
import org.probation.sampling.SamplesReceived.Outcome;
import org.probation.sampling.remotewrite.model.SampleCollector;
import org.probation.sampling.remotewrite.model.SeriesMapping;
import org.probation.sampling.remotewrite.model.SeriesMapping.Rule;
import org.probation.sampling.remotewrite.model.UnreadableWriteRequest;
import org.probation.sampling.remotewrite.model.WriteRequestDecoder;
import org.probation.validation.FieldProblem;
import org.probation.validation.InvalidInputException;

import io.quarkus.runtime.StartupEvent;

/**
 * Takes a Prometheus remote-write body: reads all of it, checks the samples of mapped series as they are read, and
 * hands them to {@link SampleIngest}, the same rules and arrival-ordered store as the JSON push. A body that cannot be
 * read is refused whole; samples the rules refuse are dropped one by one (the body is refused only if none was valid).
 */
@ApplicationScoped
public class RemoteWriteIngest {

    /** The {@code source} of the samples it stores, and of their counts in {@code probation_samples_total}. */
    public static final String SOURCE = "remote-write";

    private static final Logger LOG = Logger.getLogger(RemoteWriteIngest.class);
    private static final int LOGGED_PROBLEMS = 3;

    private final SampleIngest ingest;
    private final Event<SamplesReceived> received;
    private final IngestConfig ingestConfig;
    private final SeriesMapping mapping;
    private final long maxUncompressedSize;

    RemoteWriteIngest(SampleIngest ingest, Event<SamplesReceived> received, IngestConfig ingestConfig,
            RemoteWriteConfig config) {
        this.ingest = ingest;
        this.received = received;
        this.ingestConfig = ingestConfig;
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

    /** How many samples were stored, dropped, and refused one by one. */
    public record Receipt(int accepted, int ignored, int unmapped, int stale, int rejected) {
    }

    /**
     * Stores the valid mapped samples and drops the ones the rules refuse, counting them {@code rejected} and logging
     * the first few problems once per body: a body holds many accounts' series, and Prometheus drops a batch answered
     * 400 for good, so one account's broken exporter must not cost the others their samples.
     *
     * @throws UnreadableWriteRequest the body is not snappy-compressed protobuf, or would uncompress too large
     * @throws InvalidInputException the body holds more than {@code max-batch} mapped samples, or only samples the
     *         rules refuse (named by series and sample); nothing is written
     */
    public Receipt write(byte[] body) throws UnreadableWriteRequest {
        byte[] request = WriteRequestDecoder.uncompress(body, maxUncompressedSize);
        SampleCollector collected = new SampleCollector(mapping, ingestConfig.maxBatch(), ingest.receive());
        WriteRequestDecoder.decode(request, collected);
        count(Outcome.UNMAPPED, collected.unmapped());
        count(Outcome.STALE, collected.stale());
        if (collected.samples().received() == 0) {
            return new Receipt(0, 0, collected.unmapped(), collected.stale(), 0);
        }
        SampleIngest.PartialReceipt receipt = ingest.ingestEach(collected.samples(), SOURCE);
        count(Outcome.ACCEPTED, receipt.accepted());
        count(Outcome.IGNORED, receipt.ignored());
        count(Outcome.REJECTED, receipt.rejected());
        if (receipt.rejected() == 0) {
            return new Receipt(receipt.accepted(), receipt.ignored(), collected.unmapped(), collected.stale(), 0);
        }
        List<FieldProblem> problems = receipt.problems().stream().map(collected::where).toList();
        if (receipt.accepted() + receipt.ignored() == 0) {
            throw new InvalidInputException(problems);
        }
        log(problems, receipt.rejected());
        return new Receipt(receipt.accepted(), receipt.ignored(), collected.unmapped(), collected.stale(),
                receipt.rejected());
    }

    /** One line per body, naming the first few fields: a broken exporter sends the same faults every few seconds. */
    private static void log(List<FieldProblem> problems, int rejected) {
        String first = problems.stream().limit(LOGGED_PROBLEMS).map(p -> p.field() + " " + p.message())
                .collect(Collectors.joining("; "));
        LOG.warnf("Remote write: dropped %d sample(s) the rules refuse, stored the others: %s%s", rejected, first,
                problems.size() > LOGGED_PROBLEMS ? " (and " + (problems.size() - LOGGED_PROBLEMS) + " more)" : "");
    }

    private void count(Outcome outcome, int samples) {
        received.fire(new SamplesReceived(SOURCE, outcome, samples));
    }

    private static Map<String, Rule> rules(RemoteWriteConfig config) {
        return config.metrics().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Rule(e.getKey(), e.getValue().series(), Map.copyOf(e.getValue().labels())), (a, b) -> a,
                TreeMap::new));
    }
}
