package org.probation.words;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.Startup;

/**
 * The packaged application warns, loudly and at every start, while a customer would read the example signature (the
 * example provider's name, a contact form on a reserved domain). It warns rather than refuses: unlike an example
 * report link, which no customer can open, the example signature still leaves every mail's link and reply address
 * working, and a desk may go live before the provider's wording is settled. The warning names each key to set.
 */
@Singleton
@IfBuildProfile("prod")
public class ProductionSignatureCheck {

    private static final Logger LOG = Logger.getLogger(ProductionSignatureCheck.class);

    private final WordsConfig config;

    ProductionSignatureCheck(WordsConfig config) {
        this.config = config;
    }

    @Startup
    void check() {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            LOG.warn(message(problems));
        }
    }

    /** The keys still at their example values. */
    static List<String> problems(WordsConfig config) {
        List<String> problems = new ArrayList<>();
        var ja = config.signature().ja();
        var en = config.signature().en();
        if (WordsConfig.EXAMPLE_PROVIDER_JA.equals(ja.provider())) {
            problems.add("probation.notifications.signature.ja.provider (now '" + ja.provider() + "')");
        }
        if (WordsConfig.EXAMPLE_PROVIDER_EN.equals(en.provider())) {
            problems.add("probation.notifications.signature.en.provider (now '" + en.provider() + "')");
        }
        if (exampleUrl(ja.formUrl())) {
            problems.add("probation.notifications.signature.ja.form-url (now '" + ja.formUrl().get() + "')");
        }
        if (exampleUrl(en.formUrl())) {
            problems.add("probation.notifications.signature.en.form-url (now '" + en.formUrl().get() + "')");
        }
        return problems;
    }

    static String message(List<String> problems) {
        return "Customers would read the example signature in every mail and on the report page: set "
                + String.join(", ", problems) + ". Only dev mode and tests should sign as the example provider.";
    }

    private static boolean exampleUrl(Optional<String> url) {
        if (url.isEmpty()) {
            return false;
        }
        try {
            String host = new URI(url.get().trim()).getHost();
            String name = "." + (host == null ? "" : host.toLowerCase(Locale.ROOT));
            return host == null || name.endsWith(".example") || name.endsWith(".invalid") || name.endsWith(".test")
                    || name.endsWith(".localhost") || name.endsWith(".example.com");
        } catch (URISyntaxException e) {
            return true;
        }
    }
}
