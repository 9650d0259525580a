package org.probation.sampling.remotewrite.model;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.snappy.SnappyDecompressor;

/**
 * Reads a Prometheus remote write 1.0 body: snappy block format around a protobuf {@code prometheus.WriteRequest}.
 * The schema is tiny, so it is read by hand with protobuf's {@link CodedInputStream} instead of generated classes:
 *
 * <pre>
 * WriteRequest { repeated TimeSeries timeseries = 1; (3: metadata, skipped) }
 * TimeSeries   { repeated Label labels = 1; repeated Sample samples = 2; (3: exemplars, 4: histograms, skipped) }
 * Label        { string name = 1; string value = 2; }
 * Sample       { double value = 1; int64 timestamp = 2; (milliseconds) }
 * </pre>
 *
 * Unknown fields are skipped, as protobuf readers do. The whole body is read before anything is handed on, so a body
 * that turns out malformed halfway is refused whole.
 */
public final class WriteRequestDecoder {

    /** Prometheus marks the end of a series with this NaN; it is not a measurement. */
    public static final long STALE_NAN_BITS = 0x7ff0000000000002L;

    private WriteRequestDecoder() {
    }

    /**
     * One series of the request, with its samples in two parallel arrays of {@code count} used entries. The arrays are
     * reused for the next series: read them during the visit only.
     */
    public record Series(int index, Map<String, String> labels, double[] values, long[] timestamps, int count) {
    }

    /** What the caller does with each series, in the order of the body. */
    @FunctionalInterface
    public interface SeriesVisitor {
        void series(Series series);
    }

    /** Uncompresses a snappy block, refusing one that would grow over {@code maxSize} bytes before it is expanded. */
    public static byte[] uncompress(byte[] body, long maxSize) throws UnreadableWriteRequest {
        if (body.length == 0) {
            throw UnreadableWriteRequest.malformed("is empty; expected a snappy-compressed WriteRequest", null);
        }
        try {
            int size = SnappyDecompressor.getUncompressedLength(body, 0);
            if (size < 0 || size > maxSize) {
                throw UnreadableWriteRequest.tooLarge("the body would uncompress to " + Integer.toUnsignedString(size)
                        + " bytes, over the limit of " + maxSize + " bytes");
            }
            byte[] out = new byte[size];
            int written = new SnappyDecompressor().decompress(body, 0, body.length, out, 0, out.length);
            if (written != size) {
                throw UnreadableWriteRequest.malformed("is not a valid snappy block (it holds " + written
                        + " bytes, its header says " + size + ")", null);
            }
            return out;
        } catch (MalformedInputException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw UnreadableWriteRequest.malformed("is not a valid snappy block (Content-Encoding: snappy, block format)",
                    e);
        }
    }

    /** Reads an uncompressed {@code WriteRequest}, handing each series to {@code visitor}. */
    public static void decode(byte[] request, SeriesVisitor visitor) throws UnreadableWriteRequest {
        CodedInputStream in = CodedInputStream.newInstance(request);
        int index = 0;
        Samples samples = new Samples();
        try {
            while (true) {
                int tag = in.readTag();
                if (tag == 0) {
                    return;
                }
                if (WireFormat.getTagFieldNumber(tag) == 1) {
                    expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, "timeseries");
                    int limit = in.pushLimit(in.readRawVarint32());
                    visitor.series(series(in, index++, samples));
                    in.popLimit(limit);
                } else if (!in.skipField(tag)) {
                    return; // an end-group tag: nothing further belongs to this message
                }
            }
        } catch (IOException e) {
            throw UnreadableWriteRequest.malformed("is not a valid protobuf WriteRequest (timeseries[" + index + "]: "
                    + e.getMessage() + ")", e);
        }
    }

    private static Series series(CodedInputStream in, int index, Samples samples) throws IOException {
        Map<String, String> labels = new HashMap<>(8);
        samples.clear();
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> {
                    expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, "labels");
                    int limit = in.pushLimit(in.readRawVarint32());
                    label(in, labels);
                    in.popLimit(limit);
                }
                case 2 -> {
                    expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, "samples");
                    int limit = in.pushLimit(in.readRawVarint32());
                    sample(in, samples);
                    in.popLimit(limit);
                }
                default -> in.skipField(tag);
            }
        }
        return new Series(index, labels, samples.values, samples.timestamps, samples.count);
    }

    private static void label(CodedInputStream in, Map<String, String> labels) throws IOException {
        String name = "";
        String value = "";
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> {
                    expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, "label name");
                    name = in.readStringRequireUtf8();
                }
                case 2 -> {
                    expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, "label value");
                    value = in.readStringRequireUtf8();
                }
                default -> in.skipField(tag);
            }
        }
        labels.put(name, value);
    }

    private static void sample(CodedInputStream in, Samples samples) throws IOException {
        double value = 0;
        long timestamp = 0;
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> {
                    expect(tag, WireFormat.WIRETYPE_FIXED64, "sample value");
                    value = in.readDouble();
                }
                case 2 -> {
                    expect(tag, WireFormat.WIRETYPE_VARINT, "sample timestamp");
                    timestamp = in.readInt64();
                }
                default -> in.skipField(tag);
            }
        }
        samples.add(value, timestamp);
    }

    private static void expect(int tag, int wireType, String field) throws IOException {
        if (WireFormat.getTagWireType(tag) != wireType) {
            throw new IOException(field + " has wire type " + WireFormat.getTagWireType(tag) + ", expected " + wireType);
        }
    }

    /** Growable buffers for one series' samples, reused from series to series. */
    private static final class Samples {
        double[] values = new double[16];
        long[] timestamps = new long[16];
        int count;

        void clear() {
            count = 0;
        }

        void add(double value, long timestamp) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
                timestamps = Arrays.copyOf(timestamps, count * 2);
            }
            values[count] = value;
            timestamps[count] = timestamp;
            count++;
        }
    }
}
