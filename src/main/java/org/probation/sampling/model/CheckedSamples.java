package org.probation.sampling.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.probation.sampling.model.SampleRules.Candidate;
import org.probation.sampling.model.SampleRules.Problem;
import org.probation.sampling.model.SampleRules.Sample;

/**
 * One request's samples, checked against {@link SampleRules} one by one as they are read: the valid ones column by
 * column, ready for the writer, and the problems of the others. Ingest is the hottest path of the service: columns
 * instead of a list of records, and no list of candidates held beside them (README, "Performance").
 */
public final class CheckedSamples {

    private static final int INITIAL = 64;

    private final Instant now;
    private final Instant latest;
    private final Duration maxSkew;
    private String[] accounts = new String[INITIAL];
    private String[] metrics = new String[INITIAL];
    private Instant[] ats = new Instant[INITIAL];
    private double[] values = new double[INITIAL];
    private int size;
    private int received;
    private final List<Problem> problems = new ArrayList<>();
    private String lastMetric;

    /**
     * @param now the time the request was received: the {@code received_at} of its samples, and what {@code at} is
     *        held to
     * @param maxSkew how far in the future a sample may be stamped
     */
    public CheckedSamples(Instant now, Duration maxSkew) {
        this.now = now;
        this.latest = now.plus(maxSkew);
        this.maxSkew = maxSkew;
    }

    /** Samples that are valid already (pulled by the tick): nothing to check. */
    public static CheckedSamples of(List<Sample> samples, Instant now) {
        CheckedSamples checked = new CheckedSamples(now, Duration.ZERO);
        for (Sample sample : samples) {
            checked.received++;
            checked.keep(sample.account(), sample.metric(), sample.at(), sample.value());
        }
        return checked;
    }

    /** A candidate as {@link SampleRules#checkEach} takes it; {@code null} is not a sample object. */
    public void add(Candidate candidate) {
        if (candidate == null) {
            notASample();
        } else {
            add(candidate.account(), candidate.metric(), candidate.at(), candidate.value(), null);
        }
    }

    /**
     * A sample object as read from JSON; a missing field is {@code null}.
     *
     * @param unreadable fields that were not of their JSON type, or are not fields of a sample, with what is wrong:
     *        reported instead of the rules' verdict on them (and after it, for fields a sample does not have);
     *        {@code null} for none
     */
    public void add(String account, String metric, String at, Double value, Map<String, String> unreadable) {
        int index = received++;
        int before = problems.size();
        String broken;
        if ((broken = unreadable(unreadable, "account")) != null) {
            problems.add(new Problem(index, "account", broken));
        } else if (!SampleRules.isAccount(account)) {
            problems.add(new Problem(index, "account", SampleRules.ACCOUNT_MESSAGE));
        }
        if ((broken = unreadable(unreadable, "metric")) != null) {
            problems.add(new Problem(index, "metric", broken));
        } else if (!isMetric(metric)) {
            problems.add(new Problem(index, "metric", SampleRules.METRIC_MESSAGE));
        }
        Instant instant = null;
        if ((broken = unreadable(unreadable, "at")) != null) {
            problems.add(new Problem(index, "at", broken));
        } else if (at == null) {
            problems.add(new Problem(index, "at", "is required (ISO-8601 instant, e.g. 2026-11-28T10:00:00Z)"));
        } else {
            instant = Instants.parse(at);
            if (instant == null) {
                problems.add(new Problem(index, "at", "is not an ISO-8601 instant such as 2026-11-28T10:00:00Z"));
            } else {
                checkNotAhead(index, "at", instant);
            }
        }
        if ((broken = unreadable(unreadable, "value")) != null) {
            problems.add(new Problem(index, "value", broken));
        } else if (value == null) {
            problems.add(new Problem(index, "value", "is required"));
        } else {
            checkValue(index, "value", value);
        }
        if (unreadable != null) {
            unreadable.forEach((field, message) -> {
                if (!SampleRules.FIELDS.contains(field)) {
                    problems.add(new Problem(index, field, message));
                }
            });
        }
        if (problems.size() == before) {
            keep(account, metric, instant, value);
        }
    }

    /** An item of the batch that is not a sample object at all ({@code null}, a number, an array). */
    public void notASample() {
        problems.add(new Problem(received++, "", "must be a sample object"));
    }

    /** An item past the request's limit, only counted: the whole batch is refused for its size. */
    public void countUnread() {
        received++;
    }

    /**
     * A sample of a series whose account and metric come from the mapping: the same rules, with the problems under the
     * same field names ({@code account}, {@code at}, {@code value}).
     */
    public void add(String account, String metric, long epochMillis, double value) {
        int index = received++;
        int before = problems.size();
        if (!SampleRules.isAccount(account)) {
            problems.add(new Problem(index, "account", SampleRules.ACCOUNT_MESSAGE));
        }
        if (!isMetric(metric)) {
            problems.add(new Problem(index, "metric", SampleRules.METRIC_MESSAGE));
        }
        Instant at = Instant.ofEpochMilli(epochMillis);
        checkNotAhead(index, "at", at);
        checkValue(index, "value", value);
        if (problems.size() == before) {
            keep(account, metric, at, value);
        }
    }

    private void checkNotAhead(int index, String field, Instant at) {
        // Nothing measured before 1970: a far-past instant is a broken clock, and would not fit PostgreSQL's binary
        // timestamp (micros since 2000) in a long.
        if (at.isBefore(Instant.EPOCH)) {
            problems.add(new Problem(index, field, "must not be before 1970-01-01T00:00:00Z"));
        } else if (at.isAfter(latest)) {
            problems.add(new Problem(index, field, "is more than " + maxSkew.toSeconds() + "s in the future (now is "
                    + now + ")"));
        }
    }

    private void checkValue(int index, String field, double value) {
        if (!Double.isFinite(value)) {
            problems.add(new Problem(index, field, "must be a finite number"));
        } else if (value < 0) {
            problems.add(new Problem(index, field, "must not be negative"));
        }
    }

    private boolean isMetric(String metric) {
        // A batch names few metrics, often one: the last one that matched spares the pattern for the others.
        if (metric != null && metric.equals(lastMetric)) {
            return true;
        }
        boolean matches = SampleRules.isMetric(metric);
        if (matches) {
            lastMetric = metric;
        }
        return matches;
    }

    private static String unreadable(Map<String, String> unreadable, String field) {
        return unreadable == null ? null : unreadable.get(field);
    }

    private void keep(String account, String metric, Instant at, double value) {
        if (size == accounts.length) {
            int grown = size * 2;
            accounts = Arrays.copyOf(accounts, grown);
            metrics = Arrays.copyOf(metrics, grown);
            ats = Arrays.copyOf(ats, grown);
            values = Arrays.copyOf(values, grown);
        }
        accounts[size] = account;
        metrics[size] = metric;
        ats[size] = at;
        values[size] = value;
        size++;
    }

    /** When the request was received. */
    public Instant now() {
        return now;
    }

    /** Items received, valid or not. */
    public int received() {
        return received;
    }

    /** Valid samples (after {@link #retain}, the ones kept). */
    public int size() {
        return size;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Every problem, by item and then field, in the order {@link SampleRules#checkEach} reports them. */
    public List<Problem> problems() {
        return problems;
    }

    public String account(int i) {
        return accounts[i];
    }

    public String metric(int i) {
        return metrics[i];
    }

    public Instant at(int i) {
        return ats[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** The distinct accounts of the valid samples. */
    public Set<String> accounts() {
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < size; i++) {
            distinct.add(accounts[i]);
        }
        return distinct;
    }

    /** Keeps only the valid samples of accounts {@code watched} accepts, in order; returns how many were dropped. */
    public int retain(Predicate<String> watched) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (watched.test(accounts[i])) {
                accounts[kept] = accounts[i];
                metrics[kept] = metrics[i];
                ats[kept] = ats[i];
                values[kept] = values[i];
                kept++;
            }
        }
        int dropped = size - kept;
        Arrays.fill(accounts, kept, size, null);
        Arrays.fill(metrics, kept, size, null);
        Arrays.fill(ats, kept, size, null);
        size = kept;
        return dropped;
    }

    /** The valid samples as records, for callers that read them one by one. */
    public List<Sample> samples() {
        List<Sample> samples = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            samples.add(new Sample(accounts[i], metrics[i], ats[i], values[i]));
        }
        return samples;
    }
}
