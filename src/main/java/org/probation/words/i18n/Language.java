package org.probation.words.i18n;

import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The languages a customer reads: Japanese first, English on request. Resolved once where a language tag arrives (the
 * account's locale, the page's {@code lang}); after that, the words come from the language's message bundle.
 */
public enum Language {
    JA("ja"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language of a tag; anything but a known tag is Japanese. */
    public static Language of(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return language;
            }
        }
        return JA;
    }

    /** The language asked for if it is one we write, else the account's. */
    public static Language requested(String requested, String accountLocale) {
        for (Language language : values()) {
            if (language.tag.equals(requested)) {
                return language;
            }
        }
        return of(accountLocale);
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The customer's words in this language. */
    public CustomerMessages messages() {
        return MessageBundles.get(CustomerMessages.class, Localized.Literal.of(tag));
    }
}
