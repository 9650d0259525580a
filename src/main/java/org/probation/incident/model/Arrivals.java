package org.probation.incident.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The samples of one account that arrived since a cursor, each with its arrival id. The real tick and every shadow run
 * keep their own cursor and read the same arrivals through {@link #since}.
 */
public record Arrivals(List<Arrival> all) {

    /** A sample with its arrival id: ids grow in arrival order. */
    public record Arrival(long id, Observation observation) {
    }

    /** The samples after {@code cursor}, in arrival order, and the cursor that follows them. */
    public record Since(List<Observation> observations, long cursor) {
    }

    public Arrivals {
        all = List.copyOf(all);
    }

    public Since since(long cursor) {
        List<Observation> observations = new ArrayList<>();
        long next = cursor;
        for (Arrival arrival : all) {
            if (arrival.id() > cursor) {
                observations.add(arrival.observation());
                next = Math.max(next, arrival.id());
            }
        }
        return new Since(observations, next);
    }
}
