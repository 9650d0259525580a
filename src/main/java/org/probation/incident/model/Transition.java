package org.probation.incident.model;

import java.time.Instant;

/**
 * What a rule decided: the incident's next status and the timeline entry that explains it.
 *
 * @param event the event type written to the timeline
 * @param before the status before, {@code null} when the incident is being opened
 * @param reason why, in words the timeline, the mails and the customer's status page can show
 */
public record Transition(IncidentStatus before, IncidentStatus after, EventType event, String reason, Instant at) {

    /** Opening an incident: from nothing to restricted at the top stage. */
    public static Transition open(int topLevel, String reason, Instant now) {
        return new Transition(null, IncidentStatus.opened(topLevel, now), EventType.OPENED, reason, now);
    }

    /** Whether enforcement must apply something new: the incident is new or its effective stage changed. */
    public boolean changesControls() {
        return before == null || before.stage() != after.stage();
    }
}
