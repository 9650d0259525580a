package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.BitSet;
import java.util.Objects;

/**
 * Which {@code sample-interval} slots hold at least one sample. Slots sit on an absolute grid (slot {@code k} is
 * {@code [k·interval, (k+1)·interval)} since the epoch), so a clean window that restarts keeps the slots after its
 * new start, and a late sample simply marks its own slot.
 * <p>
 * An immutable value: {@link #mark} and {@link #dropBefore} return a new coverage and leave this one as it was.
 */
public final class SlotCoverage {

    /** About a week of 1-minute slots, or two months of 5-minute ones: older slots are forgotten. */
    static final int MAX_SLOTS = 16_384;

    private final long intervalMillis;
    private final long base;
    /** Never mutated once the coverage is built: every change works on a copy. */
    private final BitSet bits;

    private SlotCoverage(long intervalMillis, long base, BitSet bits) {
        this.intervalMillis = intervalMillis;
        this.base = base;
        this.bits = bits;
    }

    public static SlotCoverage empty(Duration interval) {
        return new SlotCoverage(interval.toMillis(), 0, new BitSet());
    }

    /** This coverage with the slot of {@code at} marked. */
    public SlotCoverage mark(Instant at) {
        long slot = Math.floorDiv(at.toEpochMilli(), intervalMillis);
        if (bits.isEmpty()) {
            return withSlot(slot, new BitSet(), slot);
        }
        if (slot < base) {
            if (base - slot >= MAX_SLOTS) {
                return this;
            }
            return withSlot(slot, shifted(bits, (int) (base - slot)), slot);
        }
        if (slot - base >= MAX_SLOTS) {
            SlotCoverage kept = dropBeforeSlot(slot - MAX_SLOTS + 1);
            long newBase = kept.bits.isEmpty() ? slot : kept.base;
            return withSlot(newBase, (BitSet) kept.bits.clone(), slot);
        }
        return withSlot(base, (BitSet) bits.clone(), slot);
    }

    private SlotCoverage withSlot(long newBase, BitSet copy, long slot) {
        copy.set((int) (slot - newBase));
        return new SlotCoverage(intervalMillis, newBase, copy);
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

    /** This coverage without the slots that end before {@code instant}: a clean window never looks back past its start. */
    public SlotCoverage dropBefore(Instant instant) {
        return dropBeforeSlot(Math.floorDiv(instant.toEpochMilli(), intervalMillis));
    }

    private int covered(long first, long end) {
        long from = Math.max(first, base) - base;
        long to = Math.min(end, base + (long) bits.length()) - base;
        if (bits.isEmpty() || to <= from) {
            return 0;
        }
        return bits.get((int) from, (int) to).cardinality();
    }

    private SlotCoverage dropBeforeSlot(long slot) {
        if (slot <= base) {
            return this;
        }
        int drop = (int) Math.min(slot - base, Integer.MAX_VALUE);
        BitSet kept = drop >= bits.length() ? new BitSet() : bits.get(drop, bits.length());
        return new SlotCoverage(intervalMillis, slot, kept);
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

    /** Equal when they mark the same slots of the same grid, however they got there. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SlotCoverage that)) {
            return false;
        }
        return intervalMillis == that.intervalMillis && firstMarked() == that.firstMarked()
                && marked().equals(that.marked());
    }

    @Override
    public int hashCode() {
        return Objects.hash(intervalMillis, firstMarked(), marked());
    }

    /** The absolute number of the first marked slot, or {@code Long.MIN_VALUE} when none is. */
    private long firstMarked() {
        return bits.isEmpty() ? Long.MIN_VALUE : base + bits.nextSetBit(0);
    }

    /** The marks from the first marked slot on, whatever the base. */
    private BitSet marked() {
        return bits.isEmpty() ? bits : bits.get(bits.nextSetBit(0), bits.length());
    }

    @Override
    public String toString() {
        return "SlotCoverage[" + encode() + "]";
    }
}
