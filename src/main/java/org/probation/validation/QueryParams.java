package org.probation.validation;

/**
 * Numeric query parameters read by hand: JAX-RS answers a parameter it cannot convert with 404, which would tell a
 * client that mistyped {@code since=abc} that the resource does not exist. Here it is a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static long number(String name, String value, long defaultValue, long min, long max) {
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidInputException(name, "must be between " + min + " and " + max);
        }
        return parsed;
    }
}
