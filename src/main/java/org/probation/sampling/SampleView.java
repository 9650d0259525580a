package org.probation.sampling;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One sample as charts read it. */
@RegisterForReflection
public record SampleView(String metric, Instant at, double value) {
}
