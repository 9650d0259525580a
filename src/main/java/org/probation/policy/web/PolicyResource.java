package org.probation.policy.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.probation.policy.PolicyCatalog;
import org.probation.security.Roles;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The configured policies; simulating one is {@code evaluation}'s (SimulationResource). */
@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
@Tag(name = "Policies", description = "The configured policies, and simulating one")
public class PolicyResource {

    private final PolicyCatalog policies;

    PolicyResource(PolicyCatalog policies) {
        this.policies = policies;
    }

    @RegisterForReflection
    public record PolicySummary(String name, boolean shadow, List<String> stages, List<String> gates) {
    }

    @GET
    @Operation(operationId = "listPolicies", summary = "The configured policies")
    public List<PolicySummary> list() {
        return policies.all().values().stream()
                .map(p -> new PolicySummary(p.name(), p.shadow(),
                        p.stages().stream().map(s -> s.name()).toList(), List.copyOf(p.gates().keySet())))
                .toList();
    }
}
