package org.probation.notification.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Durations and times as a mail writes them, in Japanese or English. */
public final class Words {

    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm", Locale.JAPANESE);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private Words() {
    }

    /** {@code 3日} / {@code 3 days}, {@code 48時間} / {@code 48 hours}, down to seconds. */
    public static String duration(Duration duration, String locale) {
        boolean ja = !"en".equals(locale);
        long seconds = duration.toSeconds();
        if (seconds != 0 && seconds % 86_400 == 0) {
            return ja ? seconds / 86_400 + "日" : plural(seconds / 86_400, "day");
        }
        if (seconds != 0 && seconds % 3_600 == 0) {
            return ja ? seconds / 3_600 + "時間" : plural(seconds / 3_600, "hour");
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return ja ? seconds / 60 + "分" : plural(seconds / 60, "minute");
        }
        return ja ? seconds + "秒" : plural(seconds, "second");
    }

    public static String time(Instant instant, ZoneId zone, String locale) {
        if (instant == null) {
            return null;
        }
        String zoneName = zone.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
        return "en".equals(locale) ? EN.format(instant.atZone(zone)) + " (" + zoneName + ")"
                : JA.format(instant.atZone(zone)) + "（" + zoneName + "）";
    }

    private static String plural(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
