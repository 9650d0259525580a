package org.probation.console.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.probation.policy.PolicyCatalog;
import org.probation.security.Roles;

/**
 * The console's incident list ({@code /console}) and the fragment it refreshes from. Filters come in the address;
 * times in the desk's zone and the operator's language, as on the incident page; a filter that cannot be read answers 400 with
 * the page and what is wrong, never an error page.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
public class ConsoleListResource {

    private final ListPages pages;
    private final PolicyCatalog policies;
    private final ConsoleShells shells;

    ConsoleListResource(ListPages pages, PolicyCatalog policies, ConsoleShells shells) {
        this.pages = pages;
        this.policies = policies;
        this.shells = shells;
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("state") String state, @QueryParam("cause") String cause,
            @QueryParam("policy") String policy, @QueryParam("account") String account,
            @QueryParam("domain") String domain, @QueryParam("q") String q,
            @QueryParam("closed-within") String closedWithin, @QueryParam("page") String page) {
        ListFilter filter = ListFilter.read(state, cause, policy, account, domain, q, closedWithin, page, policies);
        return answer(filter, ListTemplates.list(pages.page(filter, shells.language())));
    }

    @GET
    @Path("fragments/list")
    @Operation(hidden = true)
    public Response fragment(@QueryParam("state") String state, @QueryParam("cause") String cause,
            @QueryParam("policy") String policy, @QueryParam("account") String account,
            @QueryParam("domain") String domain, @QueryParam("q") String q,
            @QueryParam("closed-within") String closedWithin, @QueryParam("page") String page) {
        ListFilter filter = ListFilter.read(state, cause, policy, account, domain, q, closedWithin, page, policies);
        return answer(filter, ListTemplates.live(pages.page(filter, shells.language())));
    }

    private Response answer(ListFilter filter, io.quarkus.qute.TemplateInstance page) {
        return Response.status(filter.valid() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(shells.localized(page).render()).build();
    }
}
