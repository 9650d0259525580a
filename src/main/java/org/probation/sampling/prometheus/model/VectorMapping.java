package org.probation.sampling.prometheus.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the instant vector of one metric's query into one value per watched account. Only a finite number is a
 * sample: NaN, ±Inf, a missing series and a series without the account label mean "no sample", never a value, so a
 * broken query can never look like a clean account. Series of accounts nobody watches are ignored.
 *
 * <p>
 * Several series for one account (a query that was not aggregated {@code by (account)}, e.g. one series per mail
 * server) are reduced to their <b>largest</b> value: deterministic whatever the order Prometheus returns them in, and
 * on the safe side for an abuse desk (a relapse on any server counts; the account is clean only if every server says
 * so). They are counted, so the source can warn that the query should aggregate.
 */
public final class VectorMapping {

    private VectorMapping() {
    }

    /**
     * @param values account → value, sorted by account
     * @param unknownAccounts series of accounts not watched (normal: Prometheus knows every account)
     * @param notFinite series whose value is NaN, ±Inf or not a number
     * @param withoutLabel series without the account label (a query aggregated by the wrong label)
     * @param duplicates series beyond the first for an account
     */
    public record Result(Map<String, Double> values, int unknownAccounts, int notFinite, int withoutLabel,
            int duplicates) {

        public Result {
            values = Collections.unmodifiableMap(new TreeMap<>(values));
        }
    }

    public static Result map(List<Series> vector, String accountLabel, Set<String> watchedAccounts) {
        Map<String, Double> values = new HashMap<>();
        int unknown = 0;
        int notFinite = 0;
        int withoutLabel = 0;
        int duplicates = 0;
        for (Series series : vector) {
            String account = series.labels().get(accountLabel);
            if (account == null || account.isEmpty()) {
                withoutLabel++;
                continue;
            }
            if (!watchedAccounts.contains(account)) {
                unknown++;
                continue;
            }
            OptionalDouble value = finiteValue(series.value());
            if (value.isEmpty()) {
                notFinite++;
                continue;
            }
            Double before = values.put(account, value.getAsDouble());
            if (before != null) {
                duplicates++;
                values.put(account, Math.max(before, value.getAsDouble()));
            }
        }
        return new Result(values, unknown, notFinite, withoutLabel, duplicates);
    }

    /** Prometheus' text for a float ({@code "12"}, {@code "1.5e+06"}, {@code "NaN"}, {@code "+Inf"}), if finite. */
    static OptionalDouble finiteValue(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        try {
            // "NaN" parses to NaN; Prometheus' "+Inf" and "-Inf" are not Java numbers and land in the catch.
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty(); // "+Inf", "-Inf", garbage
        }
    }
}
