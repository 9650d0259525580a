package org.probation.incident;

import java.util.Optional;
import java.util.UUID;

/**
 * An account has at most one open incident. {@code openIncident} is the one already open, when it is known (a race
 * lost on the unique key leaves it unknown).
 */
public class IncidentAlreadyOpen extends RuntimeException {

    private final transient Optional<UUID> openIncident;

    public IncidentAlreadyOpen(String accountId, UUID openIncident) {
        super("account " + accountId + " already has an open incident");
        this.openIncident = Optional.ofNullable(openIncident);
    }

    public Optional<UUID> openIncident() {
        return openIncident;
    }
}
