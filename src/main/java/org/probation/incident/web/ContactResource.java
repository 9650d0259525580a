package org.probation.incident.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.probation.incident.ChangeContact;
import org.probation.incident.ContactChanges;
import org.probation.security.CurrentActor;
import org.probation.security.Roles;
import org.probation.validation.Patterns;
import org.probation.web.OpenApiDocument;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An account's contact details, corrected while an incident is open. */
@Path("/api/v1/accounts/{id}/contact")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Accounts", description = "Customers' accounts: contact details and samples")
public class ContactResource {

    private final ContactChanges changes;
    private final CurrentActor actor;

    ContactResource(ContactChanges changes, CurrentActor actor) {
        this.changes = changes;
        this.actor = actor;
    }

    @PUT
    @Operation(operationId = "changeContact", summary = "Replace the account's e-mail, name and locale; the open incident's timeline records it")
    @APIResponse(responseCode = "200", description = "The account's contact details now")
    @APIResponse(responseCode = "404", ref = OpenApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OpenApiDocument.CONFLICT)
    public ContactView change(@PathParam("id") @Pattern(regexp = Patterns.ACCOUNT_ID) String id,
            @NotNull @Valid ChangeContact request) {
        ContactChanges.Changed changed = changes.change(id, request, actor.name());
        var account = changed.account();
        return new ContactView(account.id, account.email, account.name, account.locale, account.domains,
                account.updatedAt, changed.incident().id);
    }

    /** The account's contact details now, and the open incident whose timeline records the change. */
    @RegisterForReflection
    public record ContactView(String id, String email, String name, String locale, List<String> domains,
            Instant updatedAt, UUID openIncident) {
    }
}
