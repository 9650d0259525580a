package org.probation.incident.model;

/** How the rules write figures into reasons and timelines. */
final class Figures {

    private Figures() {
    }

    /** A bound or a value as an operator wrote it: {@code 100}, not {@code 100.0}. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** A share to four decimals, as coverage is shown. */
    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
