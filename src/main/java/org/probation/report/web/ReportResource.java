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
import org.probation.validation.PlainText;

import io.quarkus.qute.TemplateInstance;

/**
 * The customer's report page. No login: the signed token in the path is the authorization, so the endpoints are
 * open to everybody and every refusal is a plain page that names no incident.
 */
@Path("/report/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ReportResource {

    private final ReportPages pages;
    private final ReportLinkSigner signer;
    private final SubmissionLimiter limiter;
    private final ReportConfig config;

    ReportResource(ReportPages pages, ReportLinkSigner signer, SubmissionLimiter limiter, ReportConfig config) {
        this.pages = pages;
        this.signer = signer;
        this.limiter = limiter;
        this.config = config;
    }

    @GET
    public Response show(@PathParam("token") String token, @QueryParam("lang") String lang) {
        Link link = pages.open(token);
        if (!link.open()) {
            return error(link.status());
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
            return error(link.status());
        }
        if (!limiter.allow(link.incidentId())) {
            pages.refused("rate_limited");
            return error(429);
        }
        String text = message == null ? "" : message.replace("\r\n", "\n");
        Set<String> checked = new HashSet<>(items == null ? List.of() : items);
        boolean ja = !"en".equals(pages.lang(link.incidentId(), lang));
        List<String> errors = new ArrayList<>();
        if (!formIssuedHere(token, issued, nonce)) {
            pages.refused("form_nonce");
            errors.add(ja ? "フォームの有効期限が切れたか、正しく送信されませんでした。お手数ですが、内容をご確認のうえ再度送信してください。"
                    : "The form expired or was not sent correctly. Please check it and send it again.");
        }
        if (text.length() > config.maxMessageLength()) {
            errors.add(ja ? "ご報告の内容は " + config.maxMessageLength() + " 文字以内でご記入ください。"
                    : "Please keep your message within " + config.maxMessageLength() + " characters.");
        } else if (!PlainText.Validator.isPlain(text, true)) {
            errors.add(ja ? "ご報告の内容に使用できない文字が含まれています。" : "Your message contains characters that cannot be used.");
        }
        List<ChecklistItem> missing = pages.checklist(link.incidentId()).stream()
                .filter(item -> item.required() && !checked.contains(item.key())).toList();
        if (!missing.isEmpty()) {
            errors.add(ja ? "次の項目をご確認のうえ、チェックを入れてください：" + labels(missing, "ja")
                    : "Please complete and tick: " + labels(missing, "en"));
        }
        if (errors.isEmpty()) {
            try {
                if (pages.submit(link.incidentId(), checked, text) == ReportPages.Submitted.MISSING_ITEMS) {
                    errors.add(ja ? "必須の項目にチェックを入れてください。" : "Please tick every required item.");
                }
            } catch (OptimisticLockException e) {
                // The engine changed the incident at the same moment; the page shows what holds now.
            }
        }
        if (!errors.isEmpty()) {
            return page(400, pages.page(link.incidentId(), token, lang,
                    new FormInput(checked, text.length() > config.maxMessageLength() ? "" : text, errors)));
        }
        return Response.seeOther(URI.create("/report/" + token + (lang == null ? "" : "?lang=" + ja(ja)))).build();
    }

    private boolean formIssuedHere(String token, String issued, String nonce) {
        try {
            return issued != null && signer.checkFormNonce(token, Long.parseLong(issued), nonce);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String ja(boolean ja) {
        return ja ? "ja" : "en";
    }

    private static String labels(List<ChecklistItem> items, String lang) {
        return String.join(" / ", items.stream().map(item -> item.label(lang)).toList());
    }

    private static Response page(int status, ReportPage page) {
        boolean en = "en".equals(page.lang());
        TemplateInstance template = page.reported()
                ? (en ? ReportTemplates.statusEn(page) : ReportTemplates.statusJa(page))
                : (en ? ReportTemplates.formEn(page) : ReportTemplates.formJa(page));
        return Response.status(status).entity(template.render()).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("Content-Language", page.lang()).build();
    }

    private static Response error(int status) {
        return Response.status(status).entity(ReportTemplates.error(status).render())
                .type(MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }
}
