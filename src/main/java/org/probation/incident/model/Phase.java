package org.probation.incident.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Where an incident stands, each phase with exactly the fields it has: only {@link Monitoring} has a running clean
 * window, only {@link Closed} a closing time, and a monitoring period once started is kept as a value through
 * escalation and closing. The constructors check the invariants, so no rule can hand back an impossible status and
 * the flat {@link IncidentStatus} the database holds is checked when it is read ({@link #of}).
 */
public sealed interface Phase permits Phase.Restricted, Phase.Monitoring, Phase.Escalated, Phase.Closed {

    IncidentState kind();

    Instant openedAt();

    /** The current stage level, {@code 0} once closed. */
    int stage();

    int relapses();

    /** The current report round: when the customer was last asked to act, its reminder and its first report. */
    ReportRound round();

    /** The flat projection persistence and the views read and write. */
    IncidentStatus status();

    default boolean isOpen() {
        return !(this instanceof Closed);
    }

    /** Restricted, waiting for the customer's report: monitoring has never started. */
    record Restricted(Instant openedAt, int stage, Instant stageSince, int relapses, ReportRound round)
            implements
                Phase {

        public Restricted {
            requireOpen(openedAt, stage, stageSince, relapses, round);
            require(!round.answered(), "a restricted incident has no report");
        }

        /** Asked to act at the opening (see {@link ReportRound#since}). */
        public Restricted(Instant openedAt, int stage, Instant stageSince, int relapses) {
            this(openedAt, stage, stageSince, relapses, ReportRound.since(openedAt, null));
        }

        @Override
        public IncidentState kind() {
            return IncidentState.RESTRICTED;
        }

        @Override
        public IncidentStatus status() {
            return new IncidentStatus(kind(), stage, relapses, openedAt, null, null, null, stageSince, null, null,
                    round);
        }
    }

    /** Reported: the metrics are watched, and the clean window runs from {@code cleanSince}. */
    record Monitoring(Instant openedAt, int stage, Instant stageSince, int relapses, MonitoringPeriod period,
            Instant cleanSince, ReportRound round) implements Phase {

        public Monitoring {
            requireOpen(openedAt, stage, stageSince, relapses, round);
            require(period != null, "a monitored incident has a monitoring period");
            require(cleanSince != null, "a monitored incident has a clean window");
        }

        /** One round since the opening, answered by the first report (see {@link ReportRound#since}). */
        public Monitoring(Instant openedAt, int stage, Instant stageSince, int relapses, MonitoringPeriod period,
                Instant cleanSince) {
            this(openedAt, stage, stageSince, relapses, period, cleanSince,
                    ReportRound.since(openedAt, period == null ? null : period.reportedAt()));
        }

        @Override
        public IncidentState kind() {
            return IncidentState.MONITORING;
        }

        @Override
        public IncidentStatus status() {
            return new IncidentStatus(kind(), stage, relapses, openedAt, period.reportedAt(), period.since(),
                    period.until(), stageSince, cleanSince, null, round);
        }
    }

    /**
     * An operator decides. If monitoring had started, its period and the clean window it had reached are kept (an
     * operator's {@code RESUME} or {@code RESTRICT} hands the incident back to monitoring); otherwise neither exists.
     */
    record Escalated(Instant openedAt, int stage, Instant stageSince, int relapses, Optional<MonitoringPeriod> period,
            Optional<Instant> cleanSince, ReportRound round) implements Phase {

        public Escalated {
            requireOpen(openedAt, stage, stageSince, relapses, round);
            require(period != null && cleanSince != null && period.isPresent() == cleanSince.isPresent(),
                    "an escalated incident has a clean window exactly when it had a monitoring period");
        }

        /** One round since the opening, answered by the first report (see {@link ReportRound#since}). */
        public Escalated(Instant openedAt, int stage, Instant stageSince, int relapses,
                Optional<MonitoringPeriod> period, Optional<Instant> cleanSince) {
            this(openedAt, stage, stageSince, relapses, period, cleanSince, ReportRound.since(openedAt,
                    period == null ? null : period.map(MonitoringPeriod::reportedAt).orElse(null)));
        }

        @Override
        public IncidentState kind() {
            return IncidentState.ESCALATED;
        }

        @Override
        public IncidentStatus status() {
            return new IncidentStatus(kind(), stage, relapses, openedAt,
                    period.map(MonitoringPeriod::reportedAt).orElse(null),
                    period.map(MonitoringPeriod::since).orElse(null), period.map(MonitoringPeriod::until).orElse(null),
                    stageSince, cleanSince.orElse(null), null, round);
        }
    }

    /**
     * Closed: lifted after monitoring, by an operator, or cancelled as a false positive (the closing transition's
     * event says which). No stage applies any more; the monitoring period, if there was one, is kept.
     */
    record Closed(Instant openedAt, int relapses, Optional<MonitoringPeriod> period, Instant closedAt,
            ReportRound round) implements Phase {

        public Closed {
            require(openedAt != null, "an incident has an opening time");
            require(relapses >= 0, "relapses are counted from 0");
            require(period != null, "a closed incident's monitoring period is a value, present or empty");
            require(closedAt != null, "a closed incident has a closing time");
            require(round != null, "an incident has a report round");
        }

        /** One round since the opening, answered by the first report (see {@link ReportRound#since}). */
        public Closed(Instant openedAt, int relapses, Optional<MonitoringPeriod> period, Instant closedAt) {
            this(openedAt, relapses, period, closedAt, ReportRound.since(openedAt,
                    period == null ? null : period.map(MonitoringPeriod::reportedAt).orElse(null)));
        }

        @Override
        public IncidentState kind() {
            return IncidentState.LIFTED;
        }

        @Override
        public int stage() {
            return 0;
        }

        @Override
        public IncidentStatus status() {
            return new IncidentStatus(kind(), 0, relapses, openedAt,
                    period.map(MonitoringPeriod::reportedAt).orElse(null),
                    period.map(MonitoringPeriod::since).orElse(null), period.map(MonitoringPeriod::until).orElse(null),
                    closedAt, null, closedAt, round);
        }
    }

    /**
     * The phase a flat status describes. Refused with {@link IllegalArgumentException} when the status is not one a
     * phase can hold (a monitored incident without a clean window, a closing time on an open incident, ...): the
     * phase must give back exactly the status it was read from.
     */
    static Phase of(IncidentStatus status) {
        require(status != null && status.state() != null, "a status has a state");
        Optional<MonitoringPeriod> period = MonitoringPeriod.of(status.reportedAt(), status.monitoringSince(),
                status.monitoringUntil());
        Phase phase = switch (status.state()) {
            case RESTRICTED -> new Restricted(status.openedAt(), status.stage(), status.stageSince(),
                    status.relapses(), status.round());
            case MONITORING -> new Monitoring(status.openedAt(), status.stage(), status.stageSince(), status.relapses(),
                    period.orElse(null), status.cleanSince(), status.round());
            case ESCALATED -> new Escalated(status.openedAt(), status.stage(), status.stageSince(), status.relapses(),
                    period, Optional.ofNullable(status.cleanSince()), status.round());
            case LIFTED -> new Closed(status.openedAt(), status.relapses(), period, status.closedAt(), status.round());
        };
        // The message is built only on failure: this runs for every incident on every tick.
        if (!phase.status().equals(status)) {
            throw new IllegalArgumentException("not a possible " + status.state() + " incident: " + status);
        }
        return phase;
    }

    private static void requireOpen(Instant openedAt, int stage, Instant stageSince, int relapses,
            ReportRound round) {
        require(openedAt != null, "an incident has an opening time");
        require(round != null, "an incident has a report round");
        if (stage < 1) {
            throw new IllegalArgumentException("an open incident is at a stage from 1 up, not " + stage);
        }
        require(stageSince != null, "an open incident has been at its stage since some time");
        require(relapses >= 0, "relapses are counted from 0");
    }

    private static void require(boolean invariant, String what) {
        if (!invariant) {
            throw new IllegalArgumentException(what);
        }
    }
}
