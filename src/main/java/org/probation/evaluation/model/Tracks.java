package org.probation.evaluation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's memory of one incident between ticks: one {@link GateTrack} per gated metric, whether the start of
 * monitoring has armed the relapse rule, and the clean window an operator's approval was last requested for.
 */
public final class Tracks {

    private final Duration interval;
    private final Map<String, GateTrack> gates;
    private boolean monitoringArmed;
    private Instant approvalRequestedFor;

    private Tracks(Duration interval, Map<String, GateTrack> gates, boolean monitoringArmed,
            Instant approvalRequestedFor) {
        this.interval = interval;
        this.gates = gates;
        this.monitoringArmed = monitoringArmed;
        this.approvalRequestedFor = approvalRequestedFor;
    }

    public static Tracks empty(Duration interval) {
        return new Tracks(interval, new TreeMap<>(), false, null);
    }

    public GateTrack gate(String metric) {
        return gates.computeIfAbsent(metric, m -> GateTrack.empty(interval));
    }

    public Map<String, GateTrack> gates() {
        return gates;
    }

    void put(String metric, GateTrack track) {
        gates.put(metric, track);
    }

    boolean monitoringArmed() {
        return monitoringArmed;
    }

    void armForMonitoring(Iterable<String> metrics) {
        monitoringArmed = true;
        metrics.forEach(metric -> gates.put(metric, gate(metric).withArmed(true)));
    }

    void disarmAll() {
        gates.replaceAll((metric, track) -> track.withArmed(false));
    }

    public boolean approvalRequestedFor(Instant cleanSince) {
        return cleanSince != null && cleanSince.equals(approvalRequestedFor);
    }

    void requestApproval(Instant cleanSince) {
        approvalRequestedFor = cleanSince;
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
}
