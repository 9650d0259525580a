package org.probation.words;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.words.i18n.Language;
import org.probation.words.model.Signature;

/** The configured signature in the reader's language. */
@ApplicationScoped
public class CustomerSignature {

    private final WordsConfig config;

    CustomerSignature(WordsConfig config) {
        this.config = config;
    }

    public Signature in(Language language) {
        return of(config, language);
    }

    /** Without a switch on the language in the texts: each language has its own configuration group. */
    static Signature of(WordsConfig config, Language language) {
        return switch (language) {
            case JA -> {
                var ja = config.signature().ja();
                yield new Signature(ja.provider(), ja.desk(), ja.hours(), ja.phone(), ja.formUrl());
            }
            case EN -> {
                var en = config.signature().en();
                yield new Signature(en.provider(), en.desk(), en.hours(), en.phone(), en.formUrl());
            }
        };
    }
}
