package org.probation.console.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.probation.security.CurrentActor;
import org.probation.security.Roles;
import org.probation.words.i18n.Language;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The console's language and shell for the current request. The language is the operator's choice, remembered in a
 * cookie ({@link LanguageResource}); before any choice, the browser's first of Japanese or English; else Japanese.
 */
@RequestScoped
public class ConsoleShells {

    /** The cookie that remembers the operator's language. */
    public static final String LANGUAGE_COOKIE = "probation-console-lang";
    /** The identity attribute the dev-mode demo operator carries (set by its authentication mechanism). */
    public static final String DEMO_ATTRIBUTE = "probation.console.demo";

    private final SecurityIdentity identity;
    private final CurrentActor actor;
    private final HttpHeaders headers;
    private final UriInfo uri;

    ConsoleShells(SecurityIdentity identity, CurrentActor actor, HttpHeaders headers, UriInfo uri) {
        this.identity = identity;
        this.actor = actor;
        this.headers = headers;
        this.uri = uri;
    }

    public Language language() {
        Cookie chosen = headers.getCookies().get(LANGUAGE_COOKIE);
        if (chosen != null && isKnown(chosen.getValue())) {
            return Language.of(chosen.getValue());
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            if (isKnown(locale.getLanguage())) {
                return Language.of(locale.getLanguage());
            }
        }
        return Language.JA;
    }

    /** The shell of the page being rendered, which switches language and comes back to the same address. */
    public ConsoleShell shell() {
        Language language = language();
        Language other = language == Language.JA ? Language.EN : Language.JA;
        String back = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        String switchHref = "/console/language/" + other.tag() + "?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        return new ConsoleShell(language.tag(), other.tag(), switchHref, actor.name(), identity.hasRole(Roles.OPERATOR),
                Boolean.TRUE.equals(identity.getAttribute(DEMO_ATTRIBUTE)));
    }

    /** A console page in the operator's language, with the shell as {@code shell}. */
    public TemplateInstance localized(TemplateInstance page) {
        return page.data("shell", shell()).setLocale(language().locale());
    }

    static boolean isKnown(String tag) {
        return "ja".equals(tag) || "en".equals(tag);
    }
}
