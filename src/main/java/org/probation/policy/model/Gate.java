package org.probation.policy.model;

import java.util.Optional;

/**
 * A bound on one metric. A value at or under {@code clean} is clean; over {@code relapse} is a relapse; anything in
 * between is dirty: it restarts the clean window but is not a relapse (hysteresis).
 *
 * @param minVolume for a ratio: the volume under which a sample is too little to judge (one foreign mail out of one
 *        is a ratio of 1.0, and says nothing); empty judges every sample
 */
public record Gate(String metric, double clean, double relapse, Optional<MinVolume> minVolume) {

    public Gate {
        minVolume = minVolume == null ? Optional.empty() : minVolume;
    }

    public Gate(String metric, double clean, double relapse) {
        this(metric, clean, relapse, Optional.empty());
    }

    public boolean isClean(double value) {
        return value <= clean;
    }

    public boolean isRelapse(double value) {
        return value > relapse;
    }

    /** This gate judged only while {@code metric} is at least {@code atLeast}. */
    public Gate countingWhile(String metric, double atLeast) {
        return new Gate(this.metric, clean, relapse, Optional.of(new MinVolume(metric, atLeast)));
    }

    /**
     * The gate counts only while {@code metric} (another gate of the policy, such as {@code mail_sent_per_hour}) is at
     * least {@code atLeast} in the same sample slot.
     */
    public record MinVolume(String metric, double atLeast) {

        /** Too little volume to judge the gate's sample. */
        public boolean isLow(double volume) {
            return volume < atLeast;
        }
    }
}
