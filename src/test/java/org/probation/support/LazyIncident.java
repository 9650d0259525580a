package org.probation.support;

import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openIncident;

/**
 * One incident and its account, opened on first use and then shared by a test class's requests (a holder per class,
 * so classes never see each other's incident).
 */
public final class LazyIncident {

    public record Target(String incident, String account) {
    }

    private Target target;

    public synchronized Target get() {
        if (target == null) {
            String account = newAccountId();
            target = new Target(openIncident(account), account);
        }
        return target;
    }
}
