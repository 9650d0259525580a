package org.probation.evaluation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.BitSet;

/**
 * Which {@code sample-interval} slots hold at least one sample. Slots sit on an absolute grid (slot {@code k} is
 * {@code [k·interval, (k+1)·interval)} since the epoch), so a clean window that restarts keeps the slots after its
 * new start, and a late sample simply marks its own slot.
 */
public final class SlotCoverage {

    /** About a week of 1-minute slots, or two months of 5-minute ones: older slots are forgotten. */
    static final int MAX_SLOTS = 16_384;

    private final long intervalMillis;
    private long base;
    private BitSet bits;

    private SlotCoverage(long intervalMillis, long base, BitSet bits) {
        this.intervalMillis = intervalMillis;
        this.base = base;
        this.bits = bits;
    }

    public static SlotCoverage empty(Duration interval) {
        return new SlotCoverage(interval.toMillis(), 0, new BitSet());
    }

    public void mark(Instant at) {
        long slot = Math.floorDiv(at.toEpochMilli(), intervalMillis);
        if (bits.isEmpty()) {
            base = slot;
            bits.clear();
        }
        if (slot < base) {
            if (base - slot >= MAX_SLOTS) {
                return;
            }
            bits = shifted(bits, (int) (base - slot));
            base = slot;
        }
        if (slot - base >= MAX_SLOTS) {
            dropBeforeSlot(slot - MAX_SLOTS + 1);
            if (bits.isEmpty()) {
                base = slot;
            }
        }
        bits.set((int) (slot - base));
    }

    /** Share of the complete slots inside {@code [from, to]} that hold a sample; 0 when there is no complete slot. */
    public double coverage(Instant from, Instant to) {
        long first = firstSlotFrom(from);
        long end = Math.floorDiv(to.toEpochMilli(), intervalMillis);
        long slots = end - first;
        if (slots <= 0) {
            return 0;
        }
        return (double) covered(first, end) / slots;
    }

    /** The number of complete slots inside {@code [from, to]}. */
    public long completeSlots(Instant from, Instant to) {
        long first = firstSlotFrom(from);
        long end = Math.floorDiv(to.toEpochMilli(), intervalMillis);
        return Math.max(0, end - first);
    }

    /**
     * The first slot starting at or after {@code from}. A sub-millisecond part counts as a whole millisecond: a clean
     * window that restarts 1 µs after a dirty sample on a slot boundary does not contain that sample's slot.
     */
    private long firstSlotFrom(Instant from) {
        long fromMillis = from.toEpochMilli() + (from.getNano() % 1_000_000 == 0 ? 0 : 1);
        return Math.floorDiv(fromMillis + intervalMillis - 1, intervalMillis);
    }

    /** Forgets slots that end before {@code instant}: a clean window never looks back past its start. */
    public void dropBefore(Instant instant) {
        dropBeforeSlot(Math.floorDiv(instant.toEpochMilli(), intervalMillis));
    }

    private int covered(long first, long end) {
        long from = Math.max(first, base) - base;
        long to = Math.min(end, base + (long) bits.length()) - base;
        if (bits.isEmpty() || to <= from) {
            return 0;
        }
        return bits.get((int) from, (int) to).cardinality();
    }

    private void dropBeforeSlot(long slot) {
        if (slot <= base) {
            return;
        }
        int drop = (int) Math.min(slot - base, Integer.MAX_VALUE);
        bits = drop >= bits.length() ? new BitSet() : bits.get(drop, bits.length());
        base = slot;
    }

    private static BitSet shifted(BitSet source, int by) {
        BitSet result = new BitSet(source.length() + by);
        for (int i = source.nextSetBit(0); i >= 0; i = source.nextSetBit(i + 1)) {
            result.set(i + by);
        }
        return result;
    }

    /** {@code base:bits} with the bits in Base64: compact enough to keep in the incident's row. */
    String encode() {
        return base + ":" + Base64.getEncoder().withoutPadding().encodeToString(bits.toByteArray());
    }

    static SlotCoverage decode(String text, Duration interval) {
        int colon = text.indexOf(':');
        long base = Long.parseLong(text.substring(0, colon));
        BitSet bits = BitSet.valueOf(Base64.getDecoder().decode(text.substring(colon + 1)));
        return new SlotCoverage(interval.toMillis(), base, bits);
    }
}
