package org.probation.incident.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.probation.incident.IncidentService;
import org.probation.incident.OpenIncident;
import org.probation.incident.RecordReport;
import org.probation.incident.TakeAction;
import org.probation.incident.model.IncidentState;
import org.probation.incident.persistence.IncidentEntity;
import org.probation.security.CurrentActor;
import org.probation.security.Roles;
import org.probation.validation.InvalidInputException;
import org.probation.validation.Patterns;
import org.probation.validation.QueryParams;
import org.probation.web.OpenApiDocument;

@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
@Tag(name = "Incidents", description = "Abuse cases: open, read, report, act")
public class IncidentResource {

    private final IncidentService incidents;
    private final IncidentMapper mapper;
    private final CurrentActor actor;

    IncidentResource(IncidentService incidents, IncidentMapper mapper, CurrentActor actor) {
        this.incidents = incidents;
        this.mapper = mapper;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "openIncident", summary = "Open an incident and restrict the account at the policy's top stage at once")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenIncident.class), examples = @ExampleObject(name = "massMail", summary = "Mass mail through sendmail", value = """
            { "account":  { "id": "xs123456", "email": "owner@example.jp", "locale": "ja", "domains": ["blog-a.example"] },
              "cause":    "MASS_MAIL",
              "evidence": { "summary": "12,400 mails to foreign recipients in 1 h", "figures": { "mail_sent_per_hour": 12400 } } }
            """)))
    @APIResponse(responseCode = "201", description = "Opened and restricted at the top stage; `Location` is the incident", headers = @Header(name = "Location", description = "The incident, /api/v1/incidents/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "409", ref = OpenApiDocument.CONFLICT)
    public Response open(@NotNull @Valid OpenIncident request) {
        IncidentEntity incident = incidents.open(request, actor.name());
        return Response.created(URI.create("/api/v1/incidents/" + incident.id)).entity(view(incident)).build();
    }

    @GET
    @Operation(operationId = "listIncidents", summary = "Incidents, newest first; toReview=true: those whose customer report waits for an operator")
    public IncidentList list(@QueryParam("state") String state,
            @QueryParam("account") @Pattern(regexp = Patterns.ACCOUNT_ID) String account,
            @QueryParam("toReview") String toReview, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        var result = incidents.list(parseState(state), account, parseToReview(toReview),
                (int) QueryParams.number("page", page, 0, 0, 100_000),
                (int) QueryParams.number("size", size, 50, 1, 500));
        return new IncidentList(result.items().stream().map(this::view).toList(), result.page(), result.size(),
                result.total());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getIncident", summary = "The incident: state, stage, gates with their last values, progress")
    @APIResponse(responseCode = "200", description = "The incident")
    @APIResponse(responseCode = "404", ref = OpenApiDocument.NOT_FOUND)
    public IncidentView get(@PathParam("id") UUID id) {
        return view(incidents.get(id));
    }

    @GET
    @Path("{id}/events")
    @Operation(operationId = "listIncidentEvents", summary = "The incident's timeline, oldest first")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "404", ref = OpenApiDocument.NOT_FOUND)
    public List<EventView> events(@PathParam("id") UUID id) {
        return incidents.timeline(id).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("{id}/reports")
    @Operation(operationId = "listReports", summary = "The incident's reports, oldest first: channel, checklist answers with their labels, message,"
            + " who sent it, when")
    @APIResponse(responseCode = "200", description = "The reports")
    @APIResponse(responseCode = "404", ref = OpenApiDocument.NOT_FOUND)
    public List<ReportView> reports(@PathParam("id") UUID id) {
        IncidentEntity incident = incidents.get(id);
        var checklist = incidents.policyOf(incident).checklistFor(incident.cause.name());
        return incidents.reports(id).stream().map(report -> mapper.toView(report, checklist)).toList();
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("{id}/reports")
    @Operation(operationId = "recordReport", summary = "Record a remediation report received by another channel; the first one starts monitoring")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordReport.class), examples = @ExampleObject(name = "emailReply", summary = "The customer answered the notice by e-mail", value = """
            { "channel": "EMAIL_REPLY", "checklist": { "recaptcha": true, "vulnerabilities": true, "updates": true, "tampering": true },
              "message": "All plugins updated, reCAPTCHA added to the contact form" }
            """)))
    @APIResponse(responseCode = "200", description = "The incident after the report")
    @APIResponse(responseCode = "404", ref = OpenApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDocument.CONFLICT)
    public IncidentView report(@PathParam("id") UUID id, @NotNull @Valid RecordReport request) {
        return view(incidents.report(id, request, actor.name()));
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("{id}/actions")
    @Operation(operationId = "takeAction", summary = "LIFT, STEP_DOWN, RESTRICT, EXTEND, RESUME, CANCEL, NOTE or RESEND_NOTICE, with a reason")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TakeAction.class), examples = {
            @ExampleObject(name = "stepDown", summary = "One stage milder", value = """
                    { "action": "STEP_DOWN", "reason": "Customer fixed the plugin; mail volume normal since yesterday" }
                    """),
            @ExampleObject(name = "extend", summary = "Monitor longer", value = """
                    { "action": "EXTEND", "duration": "48h", "reason": "Second site on the account not yet checked" }
                    """) }))
    @APIResponse(responseCode = "200", description = "The incident after the action")
    @APIResponse(responseCode = "404", ref = OpenApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDocument.CONFLICT)
    public IncidentView act(@PathParam("id") UUID id, @NotNull @Valid TakeAction request) {
        return view(incidents.act(id, request, actor.name()));
    }

    private static IncidentState parseState(String state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        try {
            return IncidentState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "expected one of " + java.util.Arrays.toString(IncidentState.values()));
        }
    }

    /** Read by hand, as {@link QueryParams} does, so {@code toReview=yes} is a 400 naming it. */
    private static Boolean parseToReview(String toReview) {
        if (toReview == null || toReview.isEmpty()) {
            return null;
        }
        return switch (toReview) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException("toReview", "must be true or false");
        };
    }

    private IncidentView view(IncidentEntity incident) {
        return mapper.toView(incident, incidents.policyOf(incident));
    }

    public record IncidentList(List<IncidentView> items, int page, int size, long total) {
    }
}
