package org.probation.evaluation.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.probation.evaluation.EvaluationConfig;
import org.probation.incident.model.Observation;
import org.probation.incident.model.Simulator;
import org.probation.policy.PolicyCatalog;
import org.probation.policy.PolicyNotFound;
import org.probation.policy.model.Gate;
import org.probation.policy.model.Policy;
import org.probation.security.Roles;
import org.probation.time.DurationText;
import org.probation.validation.FieldProblem;
import org.probation.validation.Finite;
import org.probation.validation.InvalidInputException;
import org.probation.validation.Patterns;
import org.probation.web.OpenApiDocument;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A policy run over a series of samples, as the tick would run it, writing nothing: policy authors try rules here. */
@Path("/api/v1/policies/{name}/simulate")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
@Tag(name = "Policies", description = "The configured policies, and simulating one")
public class SimulationResource {

    static final int MAX_SAMPLES = 10_000;
    static final int MAX_TICKS = 100_000;

    private final PolicyCatalog policies;
    private final EvaluationConfig evaluation;

    SimulationResource(PolicyCatalog policies, EvaluationConfig evaluation) {
        this.policies = policies;
        this.evaluation = evaluation;
    }

    /**
     * @param arrivedAt when the sample reaches the service (default: its {@code at}); later means a late sample
     */
    @RegisterForReflection
    public record SimulatedSample(@NotNull @Pattern(regexp = Patterns.METRIC) String metric, @NotNull Instant at,
            @NotNull @Finite Double value, Instant arrivedAt) {
    }

    /**
     * @param openedAt when the incident opens (default: the first sample's time)
     * @param reportedAt when the customer reports (default: at opening); monitoring starts then
     * @param until when the simulation stops (default: the last arrival plus the policy's max-monitoring)
     * @param tick the tick period (default: {@code probation.evaluation.every})
     */
    @RegisterForReflection
    public record SimulationRequest(Instant openedAt, Instant reportedAt, Instant until, @Size(max = 32) String tick,
            @NotNull @Size(max = MAX_SAMPLES) List<@NotNull @Valid SimulatedSample> samples) {
    }

    /**
     * @param gates the policy's gates, as the rules read them
     * @param stageGates the gates a stage overrides, by stage name (only stages that override one)
     * @param events the timeline; {@code LOW_VOLUME} entries are no event but the samples over a clean bound that
     *        were not judged because the gate's {@code minVolume} was not reached
     */
    @RegisterForReflection(targets = { SimulationResult.class, Simulator.SimulatedEvent.class, GateView.class,
            MinVolumeView.class })
    public record SimulationResult(String policy, int ticks, String state, int stage, int relapses,
            List<GateView> gates, Map<String, List<GateView>> stageGates, List<Simulator.SimulatedEvent> events) {
    }

    /** @param minVolume absent when the gate judges every sample */
    public record GateView(String metric, double clean, double relapse, MinVolumeView minVolume) {

        static List<GateView> of(Collection<Gate> gates) {
            return gates.stream().map(g -> new GateView(g.metric(), g.clean(), g.relapse(),
                    g.minVolume().map(min -> new MinVolumeView(min.metric(), min.atLeast())).orElse(null))).toList();
        }
    }

    public record MinVolumeView(String metric, double atLeast) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "simulatePolicy", summary = "Run a policy over a series of samples and return the timeline it would produce; writes nothing")
    @APIResponse(responseCode = "200", description = "The timeline the policy would produce")
    @APIResponse(responseCode = "404", ref = OpenApiDocument.NOT_FOUND)
    public SimulationResult simulate(@PathParam("name") String name, @NotNull @Valid SimulationRequest request) {
        Policy policy = policies.find(name).orElseThrow(() -> new PolicyNotFound(name));
        Duration tick = checkedTick(request);
        List<Simulator.TimedSample> samples = request.samples().stream()
                .map(s -> new Simulator.TimedSample(new Observation(s.metric(), s.at(), s.value()),
                        s.arrivedAt() != null ? s.arrivedAt() : s.at()))
                .toList();
        Instant openedAt = request.openedAt() != null ? request.openedAt()
                : samples.stream().map(s -> s.observation().at()).min(Instant::compareTo)
                        .orElseThrow(() -> new InvalidInputException("openedAt", "is required when there are no samples"));
        Instant lastArrival = samples.stream().map(Simulator.TimedSample::arrivesAt).max(Instant::compareTo)
                .orElse(openedAt);
        Instant until = request.until() != null ? request.until() : lastArrival.plus(policy.maxMonitoring());
        if (until.isBefore(openedAt)) {
            throw new InvalidInputException("until", "must not be before openedAt");
        }
        if (Duration.between(openedAt, until).dividedBy(tick) > MAX_TICKS) {
            throw new InvalidInputException("tick", "the simulation would take more than " + MAX_TICKS
                    + " ticks; use a longer tick or a shorter period");
        }
        Instant reportedAt = request.reportedAt() != null ? request.reportedAt() : openedAt;
        Simulator.Result result = Simulator.run(policy, openedAt, reportedAt, samples, tick, until);
        Map<String, List<GateView>> stageGates = new LinkedHashMap<>();
        policy.stages().stream().filter(stage -> !stage.gateOverrides().isEmpty())
                .forEach(stage -> stageGates.put(stage.name(), GateView.of(stage.gateOverrides().values())));
        return new SimulationResult(policy.name(), result.ticks(), result.last().state().name(),
                result.last().stage(), result.last().relapses(), GateView.of(policy.gates().values()), stageGates,
                result.events());
    }

    /** The tick period asked for (default: the real tick's), with every problem of the samples and the tick at once. */
    private Duration checkedTick(SimulationRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < request.samples().size(); i++) {
            if (request.samples().get(i).value() < 0) {
                problems.add(new FieldProblem("samples[" + i + "].value", "must not be negative"));
            }
        }
        Duration tick = evaluation.every();
        if (request.tick() != null) {
            try {
                tick = DurationText.parse(request.tick());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("tick", e.getMessage()));
            }
            if (tick.isNegative() || tick.isZero()) {
                problems.add(new FieldProblem("tick", "must be positive"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return tick;
    }
}
