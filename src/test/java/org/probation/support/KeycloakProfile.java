package org.probation.support;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app signing the console in through the real Keycloak of {@link Keycloak}, with the prod profile's sign-in
 * settings (code flow on {@code /console}, bearer tokens only on {@code /api}). Every test class with this profile
 * shares one Keycloak and one app start.
 */
public class KeycloakProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Keycloak.class));
    }
}
