package org.probation.sampling.remotewrite.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.probation.sampling.model.CheckedSamples;
import org.probation.sampling.remotewrite.model.SeriesMapping.Rule;
import org.probation.validation.FieldProblem;
import org.probation.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.probation.sampling.remotewrite.model.WriteRequests.request;

class SampleCollectorTest {

    private final SeriesMapping mapping = new SeriesMapping(
            Map.of("cpu_load", new Rule("cpu_load", "account_cpu_load", Map.of())), "account");

    private static CheckedSamples samples() {
        return new CheckedSamples(Instant.ofEpochMilli(10_000), Duration.ofMinutes(5));
    }

    @Test
    void aBodyOverMaxBatchIsRefusedAsSoonAsTheCountGoesOverWithoutReadingTheRest() throws Exception {
        WriteRequests body = request();
        for (int s = 0; s < 10; s++) {
            body.series(Map.of("__name__", "account_cpu_load", "account", "xs" + s), new double[] { 0.1, 0.2 },
                    new long[] { 1000, 2000 });
        }
        SampleCollector collector = new SampleCollector(mapping, 5, samples());
        AtomicInteger visited = new AtomicInteger();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> WriteRequestDecoder.decode(body.protobuf(), series -> {
                    visited.incrementAndGet();
                    collector.series(series);
                }));

        assertThat(refused.problems()).containsExactly(
                new FieldProblem("timeseries", "holds more than 5 samples; at most 5 per request"));
        assertThat(visited).as("the third series holds the sixth sample; the other seven are never built")
                .hasValue(3);
        assertThat(collector.samples().received()).isEqualTo(5);
    }

    @Test
    void staleMarkersAreCountedApartFromUnmappedSeries() throws Exception {
        double stale = Double.longBitsToDouble(WriteRequestDecoder.STALE_NAN_BITS);
        byte[] body = request()
                .series(Map.of("__name__", "account_cpu_load", "account", "xs1"), new double[] { 0.1, stale },
                        new long[] { 1000, 2000 })
                .series("up", "xs1", 1, 1000).protobuf();
        SampleCollector collector = new SampleCollector(mapping, 10, samples());

        WriteRequestDecoder.decode(body, collector);

        assertThat(collector.samples().received()).isEqualTo(1);
        assertThat(collector.stale()).isEqualTo(1);
        assertThat(collector.unmapped()).isEqualTo(1);
    }
}
