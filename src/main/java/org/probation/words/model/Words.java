package org.probation.words.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * {@code 3日} / {@code 3 days}, {@code 1日6時間} / {@code 1 day 6 hours}, {@code 1分30秒} / {@code 1 minute 30 seconds}:
     * each unit the duration has, largest first, as people say it ({@code 30時間}, not {@code 1800分}). From an hour
     * up, seconds are left out: nobody counts an elapsed day to the second.
     */
    public static String duration(Duration duration, Language language) {
        CustomerMessages words = language.messages();
        long seconds = duration.toSeconds();
        if (seconds == 0) {
            return words.seconds(0);
        }
        List<String> parts = new ArrayList<>();
        if (seconds >= 86_400) {
            parts.add(words.days(seconds / 86_400));
        }
        if (seconds % 86_400 >= 3_600) {
            parts.add(words.hours(seconds % 86_400 / 3_600));
        }
        if (seconds % 3_600 >= 60) {
            parts.add(words.minutes(seconds % 3_600 / 60));
        }
        if (seconds % 60 != 0 && seconds < 3_600) {
            parts.add(words.seconds(seconds % 60));
        }
        return String.join(words.durationSeparator(), parts);
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
