package org.probation.words.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.probation.words.i18n.CustomerMessages;
import org.probation.words.i18n.Language;

/**
 * Who wrote to the customer and how to reach them, in one language: the lines that close every customer mail and the
 * report page.
 */
public record Signature(String provider, String desk, Optional<String> hours, Optional<String> phone,
        Optional<String> formUrl) {

    /** {@code サンプルホスティング株式会社 アビューズ対応窓口}, then the phone with its hours, then the form. */
    public List<String> lines(Language language) {
        CustomerMessages words = language.messages();
        List<String> lines = new ArrayList<>();
        lines.add(words.signatureFrom(provider, desk));
        String hoursText = hours.filter(h -> !h.isBlank()).orElse("");
        phone.filter(p -> !p.isBlank()).ifPresent(p -> lines.add(words.signaturePhone(p, hoursText)));
        formUrl.filter(f -> !f.isBlank()).ifPresent(f -> lines.add(words.signatureForm(f)));
        if (phone.filter(p -> !p.isBlank()).isEmpty() && !hoursText.isEmpty()) {
            lines.add(words.signatureHours(hoursText));
        }
        return List.copyOf(lines);
    }
}
