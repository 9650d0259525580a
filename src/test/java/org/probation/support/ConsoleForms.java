package org.probation.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Posts a console form the way a browser does: the page is read first, then the form is sent to its action with
 * every hidden input it holds (the CSRF token among them) and the cookies the page set, plus the fields typed. No
 * bearer token is sent: the signed-in browser's identity (in tests, {@code @TestSecurity}) is the only one.
 */
public final class ConsoleForms {

    private static final Pattern HIDDEN = Pattern.compile("<input\\b[^>]*\\btype=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");

    private ConsoleForms() {
    }

    /** A form as the page showed it: where it posts, its hidden inputs and the page's cookies. */
    public record Form(String action, Map<String, String> hidden, Map<String, String> cookies) {
    }

    /** Reads the form with id {@code formId} from {@code page} (which must answer 200). */
    public static Form read(String page, String formId) {
        Response response = Tokens.anonymous().when().get(page).then().statusCode(200).extract().response();
        Form form = in(response.asString(), formId, page);
        return new Form(form.action(), form.hidden(), response.getCookies());
    }

    /** The form with id {@code formId} in the page {@code html} read from {@code page}, without cookies. */
    public static Form in(String html, String formId, String page) {
        int start = html.indexOf("id=\"" + formId + "\"");
        if (start < 0) {
            throw new AssertionError("no form " + formId + " on " + page);
        }
        int open = html.lastIndexOf("<form", start);
        int close = html.indexOf("</form>", start);
        String form = html.substring(open, close);
        Matcher action = ACTION.matcher(form.substring(0, form.indexOf('>')));
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher input = HIDDEN.matcher(form);
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find()) {
                hidden.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        return new Form(action.find() ? unescape(action.group(1)) : page, hidden, Map.of());
    }

    /** Reads the form and posts {@code fields} with it; redirects are not followed, so a 303 can be checked. */
    public static ValidatableResponse post(String page, String formId, Map<String, String> fields) {
        Form form = read(page, formId);
        Map<String, String> sent = new LinkedHashMap<>(form.hidden());
        sent.putAll(fields);
        return Tokens.anonymous().redirects().follow(false).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(sent).when()
                .post(form.action()).then();
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
