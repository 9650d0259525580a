package org.probation.words.model;

import java.util.ArrayList;
import java.util.List;

import org.probation.policy.model.Controls;
import org.probation.words.i18n.CustomerMessages;
import org.probation.words.i18n.Language;

/**
 * Controls in the words a customer understands ("access from outside Japan returns 403; access from Japan is
 * unaffected"), in the reader's language. Used by the mails and the customer's status page.
 */
public final class ControlsWording {

    private ControlsWording() {
    }

    public static List<String> describe(Controls controls, Language language) {
        CustomerMessages words = language.messages();
        List<String> lines = new ArrayList<>();
        String allowed = String.join(words.countrySeparator(),
                controls.allowCountries().stream().map(words::country).toList());
        controls.webForeign().ifPresent(web -> {
            switch (web) {
                case "block" -> lines.add(words.webBlocked(allowed));
                case "admin-only" -> lines.add(words.webAdminOnly(allowed, paths(controls.blockedPaths(), words)));
                default -> lines.add(words.webOpen());
            }
        });
        controls.mailForeign().ifPresent(mail -> {
            if ("block".equals(mail)) {
                lines.add(words.mailForeignBlocked());
            }
        });
        controls.mailMaxPerHour().ifPresent(cap -> lines.add(words.mailCapped(cap)));
        if (lines.isEmpty()) {
            lines.add(words.nothingRestricted());
        }
        return lines;
    }

    private static String paths(List<String> paths, CustomerMessages words) {
        return paths.isEmpty() ? "" : words.blockedPaths(String.join(words.pathSeparator(), paths));
    }
}
