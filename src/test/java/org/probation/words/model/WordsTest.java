package org.probation.words.model;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.probation.words.i18n.Language;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Times name their zone the way the customer knows it: JST, not Java's generic "JT". (Bundles need Quarkus.) */
@QuarkusTest
class WordsTest {

    private static final Instant TEN_UTC = Instant.parse("2026-05-20T10:00:00Z");

    @Test
    void aTimeInTokyoReadsJstInBothLanguages() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");

        assertThat(Words.time(TEN_UTC, tokyo, Language.JA)).endsWith("19:00（JST）").doesNotContain("JT）");
        assertThat(Words.time(TEN_UTC, tokyo, Language.EN)).endsWith("(JST)");
    }

    @Test
    void anotherZoneReadsItsAbbreviationAtThatInstant() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(Words.time(TEN_UTC, berlin, Language.EN)).endsWith("(CEST)");
        assertThat(Words.time(Instant.parse("2026-01-20T10:00:00Z"), berlin, Language.EN)).endsWith("(CET)");
    }

    @Test
    void aDurationReadsInTheUnitsPeopleUseWithEnglishPlurals() {
        assertThat(Words.duration(java.time.Duration.ofDays(3), Language.JA)).isEqualTo("3日");
        assertThat(Words.duration(java.time.Duration.ofDays(1), Language.EN)).isEqualTo("1 day");
        assertThat(Words.duration(java.time.Duration.ofDays(2), Language.EN)).isEqualTo("2 days");
        assertThat(Words.duration(java.time.Duration.ofHours(30), Language.JA)).isEqualTo("1日6時間");
        assertThat(Words.duration(java.time.Duration.ofHours(30), Language.EN)).isEqualTo("1 day 6 hours");
        assertThat(Words.duration(java.time.Duration.ofSeconds(90), Language.JA)).isEqualTo("1分30秒");
        assertThat(Words.duration(java.time.Duration.ofSeconds(61), Language.EN)).isEqualTo("1 minute 1 second");
        // An elapsed time of hours is not told to the second.
        assertThat(Words.duration(java.time.Duration.ofSeconds(6 * 3600 + 5 * 60 + 7), Language.JA)).isEqualTo("6時間5分");
    }
}
