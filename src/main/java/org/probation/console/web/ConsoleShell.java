package org.probation.console.web;

import io.quarkus.qute.TemplateData;

/**
 * What every console page shows around its content: who is signed in (and whether it is dev mode's demo operator,
 * which no identity provider vouches for), whether they may act, and the language with the link to the other one.
 *
 * @param lang the page's language tag ({@code ja} or {@code en})
 * @param otherLang the tag of the language the switch offers
 * @param switchHref the link that switches to {@code otherLang} and comes back to this page
 */
@TemplateData
public record ConsoleShell(String lang, String otherLang, String switchHref, String userName, boolean operator,
        boolean demo) {
}
