package org.probation.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the resources every {@code @QuarkusTest} runs with (not restricted to one class). */
@QuarkusTestResource(value = MailAndWebhookResource.class, restrictToAnnotatedClass = false)
public final class TestResources {

    private TestResources() {
    }
}
