package org.probation.sampling.prometheus.model;

import java.util.Map;

/**
 * One series of an instant vector as Prometheus returns it: its labels and its value as text, since Prometheus writes
 * {@code "NaN"}, {@code "+Inf"} and {@code "-Inf"} where JSON has no number.
 */
public record Series(Map<String, String> labels, String value) {

    public Series {
        labels = Map.copyOf(labels);
    }
}
