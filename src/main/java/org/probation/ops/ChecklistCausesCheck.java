package org.probation.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.probation.incident.model.Cause;
import org.probation.policy.PolicyCatalog;
import org.probation.policy.model.Policy;
import org.probation.policy.model.PolicyValidation;

import io.quarkus.runtime.Startup;

/**
 * Start-up refuses a checklist item whose {@code causes} names no cause an incident can have ({@code MASS_MAILS}): it
 * would never be asked, silently. Here because policies may not know the incident feature (it knows them).
 */
@Singleton
public class ChecklistCausesCheck {

    private final PolicyCatalog policies;

    ChecklistCausesCheck(PolicyCatalog policies) {
        this.policies = policies;
    }

    @Startup
    void check() {
        List<String> problems = problems(policies.all());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid policy configuration:\n  " + String.join("\n  ", problems));
        }
    }

    static List<String> problems(Map<String, Policy> policies) {
        Set<String> causes = Arrays.stream(Cause.values()).map(Cause::name).collect(Collectors.toSet());
        return PolicyValidation.unknownCauses(policies, causes);
    }
}
