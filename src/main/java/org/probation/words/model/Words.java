package org.probation.words.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.probation.words.i18n.CustomerMessages;
import org.probation.words.i18n.Language;

/** Durations and times as a mail writes them, in the reader's language. */
public final class Words {

    /**
     * The zone as customers know it at that instant, {@code JST} (or {@code CET}/{@code CEST}), in both languages. The
     * zone's own short name is its generic one, {@code JT}, which nobody reads.
     */
    private static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("z", Locale.ENGLISH);

    private Words() {
    }

    /** {@code 3日} / {@code 3 days}, {@code 48時間} / {@code 48 hours}, down to seconds. */
    public static String duration(Duration duration, Language language) {
        CustomerMessages words = language.messages();
        long seconds = duration.toSeconds();
        if (seconds != 0 && seconds % 86_400 == 0) {
            return words.days(seconds / 86_400);
        }
        if (seconds != 0 && seconds % 3_600 == 0) {
            return words.hours(seconds / 3_600);
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return words.minutes(seconds / 60);
        }
        return words.seconds(seconds);
    }

    public static String time(Instant instant, ZoneId zone, Language language) {
        if (instant == null) {
            return null;
        }
        CustomerMessages words = language.messages();
        ZonedDateTime at = instant.atZone(zone);
        DateTimeFormatter format = DateTimeFormatter.ofPattern(words.timePattern(), language.locale());
        return words.timeInZone(format.format(at), ZONE_ABBREVIATION.format(at));
    }
}
