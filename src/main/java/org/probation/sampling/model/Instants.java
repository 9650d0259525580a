package org.probation.sampling.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a sample's {@code at} exactly as {@link Instant#parse} does, but without its general formatter for the form
 * agents send ({@code 2026-11-28T10:00:00Z}, {@code .123Z}): a thousand of them per request.
 */
final class Instants {

    private static final int SHORTEST = "2026-11-28T10:00:00Z".length();

    private Instants() {
    }

    /** The instant, or {@code null} when {@link Instant#parse} would refuse the text. */
    static Instant parse(String text) {
        Instant fast = fast(text);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code null} for anything but {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with fields in range: the slow path decides. */
    private static Instant fast(String s) {
        int length = s.length();
        if (length < SHORTEST || length > SHORTEST + 10 || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(length - 1) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int nano = 0;
        if (length > SHORTEST) {
            int fraction = length - SHORTEST - 1;
            if (s.charAt(19) != '.' || fraction < 1 || (nano = digits(s, 20, fraction)) < 0) {
                return null;
            }
            for (int i = fraction; i < 9; i++) {
                nano *= 10;
            }
        }
        long day0;
        try {
            day0 = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(day0 * 86_400 + hour * 3_600 + minute * 60 + second, nano);
    }

    /** The decimal number of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
