package org.probation.sampling.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class InstantsTest {

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-28T10:00:00Z", "2026-11-28T10:00:00.1Z", "2026-11-28T10:00:00.123456789Z",
            "2026-11-28T10:00:00.0000001Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z", "0000-01-01T00:00:00Z",
            "2024-02-29T23:59:59Z", "2023-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-31T10:00:00Z",
            "2026-11-28T24:00:00Z", "2026-11-28T23:60:00Z", "2026-11-28T23:59:60Z", "2026-11-28T10:00:00.Z",
            "2026-11-28T10:00:00.1234567890Z", "2026-11-28t10:00:00z", "2026-11-28T10:00:00+09:00",
            "2026-11-28T10:00:00+0900", "2026-11-28 10:00:00Z", "+12026-11-28T10:00:00Z", "2026-1-28T10:00:00Z",
            "2026-11-28T10:00Z", "２０２６-11-28T10:00:00Z", "2026-11-28T10:00:00,5Z", "yesterday", "" })
    void readsExactlyWhatInstantParseReads(String text) {
        Instant expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeParseException e) {
            expected = null;
        }

        assertThat(Instants.parse(text)).isEqualTo(expected);
    }
}
