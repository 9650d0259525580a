package org.probation.sampling;

import java.util.Locale;

/** Samples from one source that were taken, dropped for want of an open incident, or refused. */
public record SamplesReceived(String source, Outcome outcome, int count) {

    public enum Outcome {
        /** Stored. */
        ACCEPTED,
        /** Dropped: the account has no open incident. */
        IGNORED,
        /** Refused with the batch they came in. */
        REJECTED,
        /** Dropped: a remote-write sample of a series no mapping names. */
        UNMAPPED,
        /** Dropped: a remote-write staleness marker (the end of a series, not a measurement). */
        STALE;

        /** The name in metrics: {@code accepted}, {@code ignored}, {@code rejected}. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
