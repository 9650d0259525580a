package org.probation.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.probation.evaluation.EvaluationWriter.Outcome;
import org.probation.evaluation.shadow.ShadowRuns;

/**
 * What one batch has done so far, and what it still has to write together at its end: the quiet evaluations (one
 * batch update) and the shadow runs with their events; and where its time went. Lives for one batch, on one thread.
 */
final class BatchTally {

    final List<Outcome> quiet = new ArrayList<>();
    final List<ShadowRuns.Update> shadowUpdates = new ArrayList<>();
    final List<ShadowRuns.Event> shadowEvents = new ArrayList<>();
    private int transitions;
    private int notices;
    private int skipped;
    private int failed;
    private long readNanos;
    private long evaluateNanos;
    private long eventfulNanos;
    private long quietNanos;
    private long shadowNanos;
    private int writerStatements;

    /** An eventful evaluation was written: its transition, if any, and its notices count. */
    void written(Outcome outcome) {
        transitions += outcome.evaluation().transition().isPresent() ? 1 : 0;
        notices += outcome.evaluation().notices().size();
    }

    /** Evaluations not written because the incident changed meanwhile; evaluated again next tick. */
    void skipped(int count) {
        skipped += count;
    }

    /** Evaluations that failed; retried next tick. */
    void failed(int count) {
        failed += count;
    }

    void read(long nanos) {
        readNanos += nanos;
    }

    /** Time in the eventful writes, counted apart from the evaluation around them. */
    void eventful(long nanos) {
        eventfulNanos += nanos;
    }

    void evaluated(long nanos) {
        evaluateNanos += nanos;
    }

    void quiet(long nanos, int statements) {
        quietNanos += nanos;
        writerStatements += statements;
    }

    void shadow(long nanos, int statements) {
        shadowNanos += nanos;
        writerStatements += statements;
    }

    TickResult result(int evaluated, int samplesRead, Duration took) {
        return new TickResult(evaluated, transitions, notices, skipped, failed, samplesRead, 0, 0, took,
                new TickPhases(Duration.ZERO, Duration.ofNanos(readNanos),
                        Duration.ofNanos(evaluateNanos - eventfulNanos), Duration.ofNanos(eventfulNanos),
                        Duration.ofNanos(quietNanos), Duration.ofNanos(shadowNanos), writerStatements));
    }
}
