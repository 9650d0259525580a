package org.probation.incident;

import java.util.Optional;
import java.util.UUID;

/**
 * An account has at most one open incident. {@code openIncident} is the one already open; after a race lost on the
 * unique key it is read again, and is unknown only if the winner was closed meanwhile.
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
