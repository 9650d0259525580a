package org.probation.sampling.remotewrite.model;

import java.util.Arrays;
import java.util.List;

import org.probation.sampling.model.CheckedSamples;
import org.probation.sampling.remotewrite.model.SeriesMapping.Target;
import org.probation.validation.FieldProblem;
import org.probation.validation.InvalidInputException;

/**
 * Turns the series of one body into samples checked as they are read, with where each came from so a refusal can name
 * the series and sample. It refuses the body as soon as it holds more than {@code maxBatch} mapped samples: a 2 MB body
 * could otherwise expand to well over a million samples before the limit was checked.
 */
public final class SampleCollector implements WriteRequestDecoder.SeriesVisitor {

    private final SeriesMapping mapping;
    private final int maxBatch;
    private final CheckedSamples samples;
    /** Series index and sample index in the series of each mapped sample, two ints per sample. */
    private int[] origins = new int[128];
    private int unmapped;
    private int stale;

    public SampleCollector(SeriesMapping mapping, int maxBatch, CheckedSamples into) {
        this.mapping = mapping;
        this.maxBatch = maxBatch;
        this.samples = into;
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
            int received = samples.received();
            if (received + targets.size() > maxBatch) {
                throw new InvalidInputException("timeseries",
                        "holds more than " + maxBatch + " samples; at most " + maxBatch + " per request");
            }
            if (2 * (received + targets.size()) > origins.length) {
                origins = Arrays.copyOf(origins, Math.max(2 * origins.length, 2 * (received + targets.size())));
            }
            for (Target target : targets) {
                origins[2 * samples.received()] = series.index();
                origins[2 * samples.received() + 1] = i;
                samples.add(target.account(), target.metric(), series.timestamps()[i], value);
            }
        }
    }

    /** The mapped samples (staleness markers aside), checked. */
    public CheckedSamples samples() {
        return samples;
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
        int index = Integer.parseInt(field.substring(open + 1, close));
        String series = "timeseries[" + origins[2 * index] + "]";
        String sample = series + ".samples[" + origins[2 * index + 1] + "]";
        return switch (field.substring(close + 1)) {
            case ".account" -> new FieldProblem(series + ".labels." + mapping.accountLabel(), problem.message());
            case ".at" -> new FieldProblem(sample + ".timestamp", problem.message());
            case ".value" -> new FieldProblem(sample + ".value", problem.message());
            default -> new FieldProblem(sample, problem.message());
        };
    }
}
