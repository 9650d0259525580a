package org.probation.sampling.remotewrite.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.probation.sampling.remotewrite.model.WriteRequests.request;

class WriteRequestDecoderTest {

    private static final long LIMIT = 1 << 20;

    record Read(int index, Map<String, String> labels, List<Double> values, List<Long> timestamps) {
    }

    @Test
    void aWriteRequestIsReadSeriesBySeriesSkippingExemplarsAndMetadata() throws Exception {
        byte[] body = request()
                .series(Map.of("__name__", "mail_per_hour", "account", "xs1", "job", "fleet"),
                        new double[] { 12.0, 13.5 }, new long[] { 1_764_583_200_000L, 1_764_583_215_000L })
                .series("cpu", "xs2", 0.25, 1_764_583_200_000L)
                .withMetadata().snappy();

        List<Read> read = read(WriteRequestDecoder.uncompress(body, LIMIT));

        assertThat(read).containsExactly(
                new Read(0, Map.of("__name__", "mail_per_hour", "account", "xs1", "job", "fleet"), List.of(12.0, 13.5),
                        List.of(1_764_583_200_000L, 1_764_583_215_000L)),
                new Read(1, Map.of("__name__", "cpu", "account", "xs2"), List.of(0.25), List.of(1_764_583_200_000L)));
    }

    @Test
    void anEmptyRequestHasNoSeries() throws Exception {
        assertThat(read(WriteRequestDecoder.uncompress(WriteRequests.compress(new byte[0]), LIMIT))).isEmpty();
    }

    @Test
    void aTruncatedRequestIsRefusedWhole() {
        byte[] full = request().series("cpu", "xs2", 0.25, 1L).series("cpu", "xs3", 0.5, 1L).protobuf();
        byte[] truncated = Arrays.copyOf(full, full.length - 3);
        List<Read> seen = new ArrayList<>();

        assertThatThrownBy(() -> WriteRequestDecoder.decode(truncated, s -> seen.add(null)))
                .isInstanceOf(UnreadableWriteRequest.class)
                .hasMessageStartingWith("is not a valid protobuf WriteRequest (timeseries[1]");
        assertThat(((UnreadableWriteRequest) catchThrowable(truncated)).tooLarge()).isFalse();
    }

    @Test
    void aFieldOfTheWrongWireTypeIsRefused() {
        byte[] wrong = { 0x08, 0x01 }; // field 1 as a varint: not a TimeSeries message

        assertThatThrownBy(() -> WriteRequestDecoder.decode(wrong, s -> {
        })).isInstanceOf(UnreadableWriteRequest.class).hasMessageContaining("timeseries has wire type 0");
    }

    @Test
    void bytesThatAreNotSnappyAreRefused() {
        byte[] protobufWithoutSnappy = request().series("cpu", "xs2", 0.25, 1L).protobuf();

        assertThatThrownBy(() -> WriteRequestDecoder.uncompress(protobufWithoutSnappy, LIMIT))
                .isInstanceOf(UnreadableWriteRequest.class).hasMessageContaining("not a valid snappy block");
        assertThatThrownBy(() -> WriteRequestDecoder.uncompress("{\"samples\":[]}".getBytes(), LIMIT))
                .isInstanceOf(UnreadableWriteRequest.class).hasMessageContaining("not a valid snappy block");
        assertThatThrownBy(() -> WriteRequestDecoder.uncompress(new byte[0], LIMIT))
                .isInstanceOf(UnreadableWriteRequest.class).hasMessageContaining("is empty");
    }

    @Test
    void aBlockThatWouldUncompressOverTheLimitIsRefusedBeforeItIsExpanded() {
        byte[] zeros = WriteRequests.compress(new byte[4096]);

        assertThatThrownBy(() -> WriteRequestDecoder.uncompress(zeros, 4095))
                .isInstanceOfSatisfying(UnreadableWriteRequest.class, e -> assertThat(e.tooLarge()).isTrue())
                .hasMessage("the body would uncompress to 4096 bytes, over the limit of 4095 bytes");
    }

    private static Throwable catchThrowable(byte[] protobuf) {
        try {
            WriteRequestDecoder.decode(protobuf, s -> {
            });
            return null;
        } catch (UnreadableWriteRequest e) {
            return e;
        }
    }

    private static List<Read> read(byte[] protobuf) throws UnreadableWriteRequest {
        List<Read> read = new ArrayList<>();
        WriteRequestDecoder.decode(protobuf, s -> {
            List<Double> values = new ArrayList<>();
            List<Long> timestamps = new ArrayList<>();
            for (int i = 0; i < s.count(); i++) {
                values.add(s.values()[i]);
                timestamps.add(s.timestamps()[i]);
            }
            read.add(new Read(s.index(), s.labels(), values, timestamps));
        });
        return read;
    }
}
