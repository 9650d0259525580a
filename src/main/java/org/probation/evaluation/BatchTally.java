package org.probation.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.probation.evaluation.EvaluationWriter.Outcome;
import org.probation.evaluation.shadow.persistence.ShadowEventEntity;
import org.probation.evaluation.shadow.persistence.ShadowRunEntity;

/**
 * What one batch has done so far, and what it still has to write together at its end: the quiet evaluations (one
 * batch update) and the shadow runs with their events. Lives for one batch, on one thread.
 */
final class BatchTally {

    final List<Outcome> quiet = new ArrayList<>();
    final List<ShadowRunEntity> shadowUpdates = new ArrayList<>();
    final List<ShadowEventEntity> shadowEvents = new ArrayList<>();
    private int transitions;
    private int notices;
    private int skipped;
    private int failed;

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

    TickResult result(int evaluated, int samplesRead, Duration took) {
        return new TickResult(evaluated, transitions, notices, skipped, failed, samplesRead, 0, 0, took);
    }
}
