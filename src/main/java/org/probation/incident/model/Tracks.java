package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The engine's memory of one incident between ticks: one {@link GateTrack} per gated metric, whether the start of
 * monitoring has armed the relapse rule, and the clean window an operator's approval was last requested for.
 * <p>
 * An immutable value: evaluation takes tracks in and hands new ones out, so what was read is never changed behind the
 * caller's back. {@link #encode()} and {@link #decode} are the stored text form.
 */
public final class Tracks {

    private final Duration interval;
    /** Sorted by metric, so the encoded text does not depend on the order samples arrived in. */
    private final Map<String, GateTrack> gates;
    private final boolean monitoringArmed;
    private final Instant approvalRequestedFor;

    private Tracks(Duration interval, Map<String, GateTrack> gates, boolean monitoringArmed,
            Instant approvalRequestedFor) {
        this.interval = interval;
        this.gates = Collections.unmodifiableMap(new TreeMap<>(gates));
        this.monitoringArmed = monitoringArmed;
        this.approvalRequestedFor = approvalRequestedFor;
    }

    public static Tracks empty(Duration interval) {
        return new Tracks(interval, Map.of(), false, null);
    }

    /** The {@code sample-interval}: the slot grid coverage and volume pairing use. */
    Duration interval() {
        return interval;
    }

    /** The track of {@code metric}, empty when no sample of it was seen yet. */
    public GateTrack gate(String metric) {
        GateTrack track = gates.get(metric);
        return track != null ? track : GateTrack.empty(interval);
    }

    /** The tracks kept so far, by metric; read-only. */
    public Map<String, GateTrack> gates() {
        return gates;
    }

    /** These tracks with {@code track} for {@code metric}. */
    Tracks with(String metric, GateTrack track) {
        Map<String, GateTrack> changed = new TreeMap<>(gates);
        changed.put(metric, track);
        return new Tracks(interval, changed, monitoringArmed, approvalRequestedFor);
    }

    /** These tracks with a (possibly empty) track for every metric of {@code metrics}. */
    Tracks keeping(Iterable<String> metrics) {
        Map<String, GateTrack> changed = new TreeMap<>(gates);
        metrics.forEach(metric -> changed.computeIfAbsent(metric, m -> GateTrack.empty(interval)));
        return new Tracks(interval, changed, monitoringArmed, approvalRequestedFor);
    }

    private Tracks mapGates(UnaryOperator<GateTrack> change) {
        Map<String, GateTrack> changed = new TreeMap<>(gates);
        changed.replaceAll((metric, track) -> change.apply(track));
        return new Tracks(interval, changed, monitoringArmed, approvalRequestedFor);
    }

    boolean monitoringArmed() {
        return monitoringArmed;
    }

    /** Armed for monitoring, with every gate of {@code metrics} armed: abuse from now on is a relapse. */
    Tracks armedForMonitoring(Iterable<String> metrics) {
        Map<String, GateTrack> changed = new TreeMap<>(gates);
        metrics.forEach(metric -> changed.put(metric, gate(metric).withArmed(true)));
        return new Tracks(interval, changed, true, approvalRequestedFor);
    }

    Tracks disarmedAll() {
        return mapGates(track -> track.withArmed(false));
    }

    /** Every coverage without the slots before {@code instant}. */
    Tracks coverageFrom(Instant instant) {
        return mapGates(track -> track.withCoverageFrom(instant));
    }

    public boolean approvalRequestedFor(Instant cleanSince) {
        return cleanSince != null && cleanSince.equals(approvalRequestedFor);
    }

    Tracks withApprovalRequested(Instant cleanSince) {
        return new Tracks(interval, gates, monitoringArmed, cleanSince);
    }

    /** A compact text form for the incident's row: {@code v1|armed|approval|metric,value,at,armed,silent,slots|…}. */
    public String encode() {
        StringBuilder text = new StringBuilder("v1|").append(monitoringArmed ? 1 : 0).append('|')
                .append(approvalRequestedFor == null ? "" : approvalRequestedFor.toString());
        gates.forEach((metric, track) -> text.append('|').append(metric).append(',')
                .append(track.lastValue() == null ? "" : Double.toString(track.lastValue())).append(',')
                .append(track.lastAt() == null ? "" : track.lastAt().toString()).append(',')
                .append(track.armed() ? 1 : 0).append(',')
                .append(track.silenceReported() ? 1 : 0).append(',')
                .append(track.coverage().encode()));
        return text.toString();
    }

    public static Tracks decode(String text, Duration interval) {
        if (text == null || text.isEmpty()) {
            return empty(interval);
        }
        String[] parts = text.split("\\|", -1);
        if (!"v1".equals(parts[0])) {
            throw new IllegalArgumentException("unknown tracks format " + parts[0]);
        }
        Map<String, GateTrack> gates = new TreeMap<>();
        for (int i = 3; i < parts.length; i++) {
            String[] f = parts[i].split(",", -1);
            gates.put(f[0], new GateTrack(f[1].isEmpty() ? null : Double.valueOf(f[1]),
                    f[2].isEmpty() ? null : Instant.parse(f[2]), SlotCoverage.decode(f[5], interval), "1".equals(f[3]),
                    "1".equals(f[4])));
        }
        return new Tracks(interval, gates, "1".equals(parts[1]), parts[2].isEmpty() ? null : Instant.parse(parts[2]));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tracks that && interval.equals(that.interval) && gates.equals(that.gates)
                && monitoringArmed == that.monitoringArmed
                && Objects.equals(approvalRequestedFor, that.approvalRequestedFor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interval, gates, monitoringArmed, approvalRequestedFor);
    }

    @Override
    public String toString() {
        return "Tracks[" + encode() + "]";
    }
}
