package org.probation.sampling.remotewrite.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.probation.sampling.model.SampleRules.Candidate;
import org.probation.sampling.remotewrite.model.SeriesMapping.Target;
import org.probation.validation.FieldProblem;
import org.probation.validation.InvalidInputException;

/**
 * Turns the series of one body into sample candidates, with where each came from so a refusal can name the series and
 * sample. It refuses the body as soon as it holds more than {@code maxBatch} candidates: a 2 MB body could otherwise
 * expand to well over a million sample objects before the limit was checked.
 */
public final class SampleCollector implements WriteRequestDecoder.SeriesVisitor {

    private final SeriesMapping mapping;
    private final int maxBatch;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<int[]> origins = new ArrayList<>();
    private int unmapped;
    private int stale;

    public SampleCollector(SeriesMapping mapping, int maxBatch) {
        this.mapping = mapping;
        this.maxBatch = maxBatch;
    }

    /** @throws InvalidInputException ({@code timeseries}) the body holds more than {@code maxBatch} mapped samples */
    @Override
    public void series(WriteRequestDecoder.Series series) {
        List<Target> targets = mapping.isEmpty() ? List.of() : mapping.targets(series.labels());
        if (targets.isEmpty()) {
            unmapped += series.count();
            return;
        }
        for (int i = 0; i < series.count(); i++) {
            double value = series.values()[i];
            if (Double.doubleToRawLongBits(value) == WriteRequestDecoder.STALE_NAN_BITS) {
                stale += targets.size();
                continue;
            }
            if (candidates.size() + targets.size() > maxBatch) {
                throw new InvalidInputException("timeseries",
                        "holds more than " + maxBatch + " samples; at most " + maxBatch + " per request");
            }
            String at = Instant.ofEpochMilli(series.timestamps()[i]).toString();
            for (Target target : targets) {
                candidates.add(new Candidate(target.account(), target.metric(), at, value));
                origins.add(new int[] { series.index(), i });
            }
        }
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    /** Samples of series no mapping names. */
    public int unmapped() {
        return unmapped;
    }

    /** Staleness markers of mapped series. */
    public int stale() {
        return stale;
    }

    /** {@code samples[7].value} of the ingest is {@code timeseries[2].samples[3].value} of the body. */
    public FieldProblem where(FieldProblem problem) {
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
