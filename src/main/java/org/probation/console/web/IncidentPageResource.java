package org.probation.console.web;

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.probation.console.IncidentPageView;
import org.probation.console.IncidentPages;
import org.probation.incident.IncidentNotFound;
import org.probation.incident.IncidentService;
import org.probation.incident.TakeAction;
import org.probation.incident.model.ActionType;
import org.probation.incident.model.TransitionRefused;
import org.probation.security.CurrentActor;
import org.probation.security.Roles;
import org.probation.validation.InvalidInputException;
import org.probation.validation.PlainText;

import io.quarkus.qute.TemplateInstance;

/**
 * The console's incident page, its live regions, and the actions posted from it. An action goes through the same
 * {@link IncidentService#act} as the API, so the same rules refuse it; a refusal shows the page again with the
 * refusal and the typed reason, and writes nothing. A taken action redirects back to the page (Post/Redirect/Get).
 */
@Path("/console/incidents/{id}")
@RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class IncidentPageResource {

    /** The reason's limit, as the API's ({@code TakeAction.reason}). */
    static final int MAX_REASON = 2000;
    /** The duration's limit, as the API's ({@code TakeAction.duration}). */
    static final int MAX_DURATION = 32;

    private final IncidentPages pages;
    private final IncidentService incidents;
    private final ConsoleShells shells;
    private final CurrentActor actor;

    IncidentPageResource(IncidentPages pages, IncidentService incidents, ConsoleShells shells, CurrentActor actor) {
        this.pages = pages;
        this.incidents = incidents;
        this.shells = shells;
        this.actor = actor;
    }

    @GET
    public Response page(@PathParam("id") UUID id) {
        return page(id, ActionForm.NONE, 200);
    }

    @GET
    @Path("fragments/status")
    public Response status(@PathParam("id") UUID id) {
        return region(id, () -> IncidentTemplates.status(pages.status(id, shells.language())));
    }

    @GET
    @Path("fragments/charts")
    public Response charts(@PathParam("id") UUID id) {
        return region(id, () -> IncidentTemplates.charts(pages.charts(id, shells.language())));
    }

    @GET
    @Path("fragments/timeline")
    public Response timeline(@PathParam("id") UUID id) {
        return region(id, () -> IncidentTemplates.timeline(pages.timeline(id, shells.language())));
    }

    @POST
    @Path("actions")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @FormParam("action") String action,
            @FormParam("reason") String reason, @FormParam("stage") String stage,
            @FormParam("duration") String duration) {
        String typed = reason == null ? "" : reason.replace("\r\n", "\n");
        ActionForm form = new ActionForm(action == null ? "" : action, typed, stage == null ? "" : stage.strip(),
                duration == null ? "" : duration.strip(), "", "");
        ActionType type = actionType(form.action());
        if (type == null) {
            return page(id, form.refused(ActionRefusal.UNKNOWN_ACTION, null), 400);
        }
        if (typed.isBlank()) {
            return page(id, form.refused(ActionRefusal.REASON_MISSING, null), 400);
        }
        if (typed.length() > MAX_REASON || !PlainText.Validator.isPlain(typed, true)) {
            return page(id, form.refused(ActionRefusal.REASON_INVALID, null), 400);
        }
        Integer level = null;
        if (type == ActionType.RESTRICT && !form.stage().isEmpty()) {
            try {
                level = Integer.valueOf(form.stage());
            } catch (NumberFormatException e) {
                return page(id, form.refused(ActionRefusal.STAGE_INVALID, null), 400);
            }
        }
        String extension = type == ActionType.EXTEND && !form.duration().isEmpty() ? form.duration() : null;
        if (extension != null
                && (extension.length() > MAX_DURATION || !PlainText.Validator.isPlain(extension, false))) {
            return page(id, form.refused(ActionRefusal.DURATION_INVALID, null), 400);
        }
        try {
            incidents.act(id, new TakeAction(type, level, extension, typed), actor.name());
        } catch (IncidentNotFound e) {
            return notFound(id);
        } catch (TransitionRefused e) {
            return page(id, form.refused(ActionRefusal.ofRules(e.getMessage()), e.getMessage()), 409);
        } catch (InvalidInputException e) {
            return page(id, form.refused(ActionRefusal.DURATION_INVALID, e.getMessage()), 400);
        } catch (RuntimeException e) {
            if (!concurrentChange(e)) {
                throw e;
            }
            return page(id, form.refused(ActionRefusal.CHANGED_MEANWHILE, null), 409);
        }
        return Response.seeOther(URI.create("/console/incidents/" + id)).build();
    }

    private static ActionType actionType(String name) {
        for (ActionType type : ActionType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** Another request or the tick wrote the incident between our read and our write: the version check failed. */
    private static boolean concurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private Response page(UUID id, ActionForm form, int status) {
        IncidentPageView view;
        try {
            view = pages.page(id, shells.language());
        } catch (IncidentNotFound e) {
            return notFound(id);
        }
        if (!form.refusal().isEmpty() && actionType(form.action()) != null) {
            view = view.withForm(form.action());
        }
        return html(status, IncidentTemplates.page(view, form, shells.shell()));
    }

    /** A live region alone, built by its own reader: a refresh reads only what the region shows. */
    private Response region(UUID id, Supplier<TemplateInstance> region) {
        try {
            return html(200, region.get());
        } catch (IncidentNotFound e) {
            return notFound(id);
        }
    }

    private Response notFound(UUID id) {
        return html(404, IncidentTemplates.notFound(id, shells.shell()));
    }

    private Response html(int status, TemplateInstance template) {
        return Response.status(status).entity(shells.localized(template).render())
                .type(MediaType.TEXT_HTML + ";charset=UTF-8").header("Content-Language", shells.language().tag())
                .build();
    }
}
