package org.probation.incident.model;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArrivalsTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private static Arrivals.Arrival arrival(long id, double value) {
        return new Arrivals.Arrival(id, new Observation("mail_sent_per_hour", T0.plusSeconds(id), value));
    }

    private final Arrivals arrivals = new Arrivals(List.of(arrival(3, 10), arrival(5, 20), arrival(8, 30)));

    @Test
    void onlySamplesPastTheCursorAreEvaluatedAndTheCursorMovesToTheLast() {
        Arrivals.Since since = arrivals.since(4);

        assertThat(since.observations()).containsExactly(arrival(5, 20).observation(), arrival(8, 30).observation());
        assertThat(since.cursor()).isEqualTo(8);
    }

    @Test
    void aCursorPastEveryArrivalStaysWhereItIs() {
        Arrivals.Since since = arrivals.since(9);

        assertThat(since.observations()).isEmpty();
        assertThat(since.cursor()).isEqualTo(9);
    }
}
