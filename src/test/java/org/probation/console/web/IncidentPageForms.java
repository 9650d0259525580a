package org.probation.console.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.probation.support.Tokens;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Posts the incident page's forms the way a browser does: the page is read first, then one of its forms is sent with
 * every hidden input it holds (the CSRF token among them, once sign-in adds it) and the page's cookies. Until the
 * console list's {@code support/ConsoleForms} lands, this is the incident page tests' own.
 */
final class IncidentPageForms {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>.*?</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile("<input\\b[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    private IncidentPageForms() {
    }

    /**
     * A request of the signed-in browser: no bearer token, so the test's {@code @TestSecurity} identity is the one
     * signed in (a token would win over it).
     */
    static RequestSpecification console() {
        return Tokens.anonymous();
    }

    static Response page(String id) {
        return console().redirects().follow(false).get("/console/incidents/{id}", id);
    }

    /** As {@link #post(String, String, Map)}, with the operator's language chosen ({@code ja} or {@code en}). */
    static Response postIn(String lang, String id, String formAction, Map<String, String> fields) {
        return post(Map.of(ConsoleShells.LANGUAGE_COOKIE, lang), id, formAction, fields);
    }

    /**
     * Submits the page's form for {@code formAction} (or, when the page has none, as a browser would post a form the
     * page offered a moment ago: with the hidden inputs of the note form, which every operator's page has) with
     * {@code fields} on top.
     */
    static Response post(String id, String formAction, Map<String, String> fields) {
        return post(Map.of(), id, formAction, fields);
    }

    private static Response post(Map<String, String> cookies, String id, String formAction,
            Map<String, String> fields) {
        Response page = console().redirects().follow(false).cookies(cookies).get("/console/incidents/{id}", id);
        String html = page.asString();
        Map<String, String> form = hiddenInputs(html, formAction);
        if (form.isEmpty()) {
            form = hiddenInputs(html, "NOTE");
        }
        form.put("action", formAction);
        form.putAll(fields);
        return console().redirects().follow(false).cookies(cookies).cookies(page.getCookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).post("/console/incidents/{id}/actions", id);
    }

    static Map<String, String> hiddenInputs(String html, String formAction) {
        Map<String, String> inputs = new LinkedHashMap<>();
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            String form = forms.group();
            if (!form.contains("id=\"action-" + formAction + "\"")) {
                continue;
            }
            Matcher hidden = HIDDEN.matcher(form);
            while (hidden.find()) {
                Matcher name = NAME.matcher(hidden.group());
                Matcher value = VALUE.matcher(hidden.group());
                if (name.find()) {
                    inputs.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
                }
            }
        }
        return inputs;
    }

    /** The attribute as the browser reads it. */
    static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
