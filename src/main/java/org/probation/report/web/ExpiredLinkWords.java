package org.probation.report.web;

import java.time.Duration;

import org.probation.words.i18n.CustomerMessages;
import org.probation.words.i18n.Language;
import org.probation.words.model.Words;

import io.quarkus.qute.TemplateData;

/** What the page of an expired link says in one language: that it expired, and how to get a new one. */
@TemplateData
public record ExpiredLinkWords(String title, String body) {

    static ExpiredLinkWords in(Language language, Duration ttl) {
        CustomerMessages words = language.messages();
        return new ExpiredLinkWords(words.linkExpiredTitle(), words.linkExpiredBody(Words.duration(ttl, language)));
    }
}
