package org.probation.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.probation.policy.model.Gate;

/**
 * What this tick's samples say, in arrival order: the first relapse if any, the latest dirty sample inside the
 * clean window (as the instant just after it), the tracks with every sample of a gated metric observed, and the
 * samples over their clean bound that were not judged for too little volume.
 * <p>
 * A gate with a {@code min-volume} judges a sample only with enough volume: the volume metric's sample of the same
 * slot (whenever it arrived in this tick), or else the volume track's latest value if it is of the same slot. Under
 * the minimum the sample is neither a relapse nor dirty and counts as clean (covered): too little mail to judge, and
 * little mail is the healthy outcome. A sample without a volume of its own slot is judged as usual: an older low volume
 * must not hide a spike whose own volume has not arrived yet (it is never judged again), and missing data never lifts.
 */
record Scan(Optional<Observation> relapsing, Instant dirtyUntil, Tracks tracks,
        List<Evaluation.LowVolume> lowVolume) {

    static Scan of(IncidentStatus status, Tracks tracks, Map<String, Gate> gates, boolean rulesApply,
            List<Observation> arrived) {
        Observation relapsing = null;
        Instant dirtyUntil = null;
        List<Evaluation.LowVolume> lowVolume = new ArrayList<>();
        Map<SlotKey, Observation> bySlot = gates.values().stream().anyMatch(g -> g.minVolume().isPresent())
                ? bySlot(arrived, tracks.interval())
                : Map.of();
        for (Observation sample : arrived) {
            Gate gate = gates.get(sample.metric());
            if (gate == null) {
                continue;
            }
            OptionalDouble volume = gate.minVolume().isPresent()
                    ? volumeAt(sample, gate.minVolume().get().metric(), bySlot, tracks)
                    : OptionalDouble.empty();
            boolean tooLittle = volume.isPresent() && gate.minVolume().get().isLow(volume.getAsDouble());
            if (rulesApply && !tooLittle && gate.isRelapse(sample.value()) && tracks.gate(sample.metric()).armed()
                    && !sample.at().isBefore(status.openedAt())) {
                relapsing = relapsing == null ? sample : relapsing;
                // Disarmed from this sample on: a clean sample arriving after it arms its gate again.
                tracks = tracks.disarmedAll();
            }
            boolean clean = tooLittle || gate.isClean(sample.value());
            if (tooLittle && !gate.isClean(sample.value()) && rulesApply) {
                lowVolume.add(new Evaluation.LowVolume(sample, gate, volume.getAsDouble()));
            }
            tracks = tracks.with(sample.metric(), tracks.gate(sample.metric()).observed(sample, clean));
            if (!clean && status.cleanSince() != null && !sample.at().isBefore(status.cleanSince())) {
                Instant justAfter = sample.at().plusNanos(1_000);
                dirtyUntil = dirtyUntil == null || justAfter.isAfter(dirtyUntil) ? justAfter : dirtyUntil;
            }
        }
        return new Scan(Optional.ofNullable(relapsing), dirtyUntil, tracks, List.copyOf(lowVolume));
    }

    private record SlotKey(String metric, long slot) {
    }

    /** This tick's samples by metric and slot, the last to arrive winning. */
    private static Map<SlotKey, Observation> bySlot(List<Observation> arrived, Duration interval) {
        Map<SlotKey, Observation> bySlot = new HashMap<>();
        arrived.forEach(sample -> bySlot.put(new SlotKey(sample.metric(), slot(sample.at(), interval)), sample));
        return bySlot;
    }

    /** The volume of the sample's own slot, if one arrived (in this tick or an earlier one); else none. */
    private static OptionalDouble volumeAt(Observation sample, String volumeMetric, Map<SlotKey, Observation> bySlot,
            Tracks tracks) {
        long slot = slot(sample.at(), tracks.interval());
        Observation sameSlot = bySlot.get(new SlotKey(volumeMetric, slot));
        if (sameSlot != null) {
            return OptionalDouble.of(sameSlot.value());
        }
        GateTrack volume = tracks.gate(volumeMetric);
        boolean ownSlot = volume.lastAt() != null && slot(volume.lastAt(), tracks.interval()) == slot;
        return ownSlot ? OptionalDouble.of(volume.lastValue()) : OptionalDouble.empty();
    }

    private static long slot(Instant at, Duration interval) {
        return Math.floorDiv(at.toEpochMilli(), interval.toMillis());
    }
}
