package org.probation.sampling;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Observes {@link SourceFailing} like the operator mail will, so tests can see every alert raised. */
@Singleton
public class RecordedSourceAlerts {

    private final List<SourceFailing> alerts = new CopyOnWriteArrayList<>();

    void on(@Observes SourceFailing alert) {
        alerts.add(alert);
    }

    public List<SourceFailing> all() {
        return List.copyOf(alerts);
    }
}
