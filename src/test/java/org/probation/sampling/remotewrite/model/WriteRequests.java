package org.probation.sampling.remotewrite.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.CodedOutputStream;

import io.airlift.compress.snappy.SnappyCompressor;

/** Builds remote-write bodies as a sender writes them: protobuf {@code WriteRequest}, snappy block format. */
public final class WriteRequests {

    private final List<byte[]> series = new ArrayList<>();
    private byte[] trailer = new byte[0];

    public static WriteRequests request() {
        return new WriteRequests();
    }

    /** A series: labels as name/value pairs ({@code __name__} first, as Prometheus sorts them), then samples. */
    public WriteRequests series(Map<String, String> labels, double[] values, long[] timestamps) {
        series.add(message(out -> {
            for (Map.Entry<String, String> label : new LinkedHashMap<>(labels).entrySet()) {
                out.writeByteArray(1, message(l -> {
                    l.writeString(1, label.getKey());
                    l.writeString(2, label.getValue());
                }));
            }
            for (int i = 0; i < values.length; i++) {
                int sample = i;
                out.writeByteArray(2, message(s -> {
                    s.writeDouble(1, values[sample]);
                    s.writeInt64(2, timestamps[sample]);
                }));
            }
            // An exemplar (field 3), which the receiver skips.
            out.writeByteArray(3, message(e -> e.writeDouble(2, 1.5)));
        }));
        return this;
    }

    public WriteRequests series(String name, String account, double value, long timestamp) {
        return series(Map.of("__name__", name, "account", account), new double[] { value }, new long[] { timestamp });
    }

    /** Metadata (field 3 of WriteRequest), as Prometheus sends it every minute: skipped. */
    public WriteRequests withMetadata() {
        trailer = message(out -> out.writeByteArray(3, message(m -> {
            m.writeEnum(1, 1);
            m.writeString(2, "mail_sent_per_hour");
            m.writeString(4, "mails sent in the last hour");
        })));
        return this;
    }

    public byte[] protobuf() {
        byte[] body = message(out -> {
            for (byte[] s : series) {
                out.writeByteArray(1, s);
            }
        });
        byte[] all = Arrays.copyOf(body, body.length + trailer.length);
        System.arraycopy(trailer, 0, all, body.length, trailer.length);
        return all;
    }

    public byte[] snappy() {
        return compress(protobuf());
    }

    public static byte[] compress(byte[] raw) {
        SnappyCompressor compressor = new SnappyCompressor();
        byte[] out = new byte[compressor.maxCompressedLength(raw.length)];
        int size = compressor.compress(raw, 0, raw.length, out, 0, out.length);
        return Arrays.copyOf(out, size);
    }

    @FunctionalInterface
    interface Writer {
        void write(CodedOutputStream out) throws IOException;
    }

    private static byte[] message(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            writer.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
