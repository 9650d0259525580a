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
}
