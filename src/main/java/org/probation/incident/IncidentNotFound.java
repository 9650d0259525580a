package org.probation.incident;

import java.util.UUID;

/** No incident has the id the caller named. */
public class IncidentNotFound extends RuntimeException {

    public IncidentNotFound(UUID id) {
        super("no incident " + id);
    }
}
