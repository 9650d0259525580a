package org.probation.console.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.probation.security.Roles;

/**
 * Switches the console's language and remembers the choice for a year. A plain link (it changes a preference of the
 * browser's own, nothing on the server); it only ever sends the browser back into the console.
 */
@Path("/console/language/{lang}")
@RolesAllowed({ Roles.OPERATOR, Roles.VIEWER })
public class LanguageResource {

    static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@PathParam("lang") String lang, @QueryParam("back") String back) {
        if (!ConsoleShells.isKnown(lang)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        NewCookie cookie = new NewCookie.Builder(ConsoleShells.LANGUAGE_COOKIE).value(lang).path("/console")
                .maxAge(ONE_YEAR).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(insideConsole(back))).cookie(cookie).build();
    }

    /** Where to go back to: a console address, else the list; never another site ({@code //host}, {@code /\host}). */
    static String insideConsole(String back) {
        if (back == null || !(back.equals("/console") || back.startsWith("/console/") || back.startsWith("/console?"))
                || back.contains("\\") || back.contains("//") || back.chars().anyMatch(Character::isISOControl)) {
            return "/console";
        }
        return back;
    }
}
