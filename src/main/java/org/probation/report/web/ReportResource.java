package org.probation.report.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.probation.policy.model.ChecklistItem;
import org.probation.report.ReportConfig;
import org.probation.report.ReportLinkSigner;
import org.probation.report.ReportPage;
import org.probation.report.ReportPages;
import org.probation.report.ReportPages.FormInput;
import org.probation.report.ReportPages.Link;
import org.probation.report.SubmissionLimiter;
import org.probation.report.model.ReportToken;
import org.probation.validation.PlainText;
import org.probation.words.CustomerSignature;
import org.probation.words.i18n.CustomerMessages;
import org.probation.words.i18n.Language;

import io.quarkus.qute.TemplateInstance;

/**
 * The customer's report page. No login: the signed token in the path is the authorization, so the endpoints are
 * open to everybody and every refusal is a plain page that names no incident.
 */
@Path("/report/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ReportResource {

    /** The refusal of a link whose signature is good and whose time is up. */
    private static final String EXPIRED = ReportToken.Failure.EXPIRED.name().toLowerCase(java.util.Locale.ROOT);

    private final ReportPages pages;
    private final ReportLinkSigner signer;
    private final SubmissionLimiter limiter;
    private final ReportConfig config;
    private final CustomerSignature signature;

    ReportResource(ReportPages pages, ReportLinkSigner signer, SubmissionLimiter limiter, ReportConfig config,
            CustomerSignature signature) {
        this.pages = pages;
        this.signer = signer;
        this.limiter = limiter;
        this.config = config;
        this.signature = signature;
    }

    @GET
    public Response show(@PathParam("token") String token, @QueryParam("lang") String lang) {
        Link link = pages.open(token);
        if (!link.open()) {
            return error(link);
        }
        return page(200, pages.page(link.incidentId(), token, lang, FormInput.EMPTY));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("token") String token, @QueryParam("lang") String lang,
            @FormParam("item") List<String> items, @FormParam("message") String message,
            @FormParam("issued") String issued, @FormParam("nonce") String nonce) {
        Link link = pages.open(token);
        if (!link.open()) {
            return error(link);
        }
        if (!limiter.allow(link.incidentId())) {
            pages.refused("rate_limited");
            return error(429);
        }
        String text = message == null ? "" : message.replace("\r\n", "\n");
        Set<String> checked = new HashSet<>(items == null ? List.of() : items);
        Language language = pages.lang(link.incidentId(), lang);
        CustomerMessages words = language.messages();
        List<String> errors = new ArrayList<>();
        if (!formIssuedHere(token, issued, nonce)) {
            pages.refused("form_nonce");
            errors.add(words.formExpired());
        }
        if (text.length() > config.maxMessageLength()) {
            errors.add(words.messageTooLong(config.maxMessageLength()));
        } else if (!PlainText.Validator.isPlain(text, true)) {
            errors.add(words.messageNotPlain());
        }
        List<ChecklistItem> missing = pages.checklist(link.incidentId()).stream()
                .filter(item -> item.required() && !checked.contains(item.key())).toList();
        if (!missing.isEmpty()) {
            errors.add(words.itemsMissing(labels(missing, language)));
        }
        if (errors.isEmpty()) {
            try {
                if (pages.submit(link.incidentId(), checked, text) == ReportPages.Submitted.MISSING_ITEMS) {
                    errors.add(words.requiredItemsMissing());
                }
            } catch (OptimisticLockException e) {
                // The engine changed the incident at the same moment; the page shows what holds now.
            }
        }
        if (!errors.isEmpty()) {
            return page(400, pages.page(link.incidentId(), token, lang,
                    new FormInput(checked, text.length() > config.maxMessageLength() ? "" : text, errors)));
        }
        return Response.seeOther(URI.create("/report/" + token + (lang == null ? "" : "?lang=" + language.tag()))).build();
    }

    private boolean formIssuedHere(String token, String issued, String nonce) {
        try {
            return issued != null && signer.checkFormNonce(token, Long.parseLong(issued), nonce);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String labels(List<ChecklistItem> items, Language language) {
        return String.join(" / ", items.stream().map(item -> item.label(language.tag())).toList());
    }

    private static Response page(int status, ReportPage page) {
        TemplateInstance template = page.reported() ? ReportTemplates.status(page) : ReportTemplates.form(page);
        return Response.status(status).entity(template.setLocale(Language.of(page.lang()).locale()).render())
                .type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("Content-Language", page.lang()).build();
    }

    /** An expired link was good once: its page tells how to get a new one, which a forged link's page does not. */
    private Response error(Link link) {
        return error(link.status(), EXPIRED.equals(link.refusal()));
    }

    private Response error(int status) {
        return error(status, false);
    }

    private Response error(int status, boolean expired) {
        return Response.status(status)
                .entity(ReportTemplates.error(status, expired, ExpiredLinkWords.in(Language.JA, config.tokenTtl()),
                        ExpiredLinkWords.in(Language.EN, config.tokenTtl()),
                        signature.in(Language.JA).lines(Language.JA), signature.in(Language.EN).lines(Language.EN))
                        .render())
                .type(MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }
}
