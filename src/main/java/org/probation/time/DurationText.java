package org.probation.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in policies and requests: a bare number of seconds ({@code 90}), a number with a
 * unit ({@code 90s}, {@code 5m}, {@code 48h}, {@code 3d}) or ISO-8601 ({@code PT48H}, {@code P3D}).
 */
public final class DurationText {

    private static final Pattern WITH_UNIT = Pattern.compile("(\\d{1,12})([smhd]?)");

    private DurationText() {
    }

    public static Duration parse(String text) {
        String trimmed = text.trim();
        Matcher matcher = WITH_UNIT.matcher(trimmed);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            return Duration.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a duration: write seconds (3600), 30m, 48h, 2d or ISO-8601 (PT48H)");
        }
    }

    /** The shortest exact way to write {@code duration}: {@code 3d}, {@code 36h}, {@code 90m}, {@code 45s}. */
    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds != 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds != 0 && seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
