package org.probation.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.probation.incident.model.EventType;
import org.probation.notification.model.WebhookSignature;

import io.quarkus.runtime.Startup;

/**
 * Start-up refuses a webhook whose URL could never be called, whose {@code events} name no event, or whose
 * {@code whsec_} secret (current or one of {@code previous-secrets}) is no key: otherwise the first is found at the
 * first delivery (a dead notification days later), the second never (nothing is sent) and the third by every receiver
 * refusing every call.
 */
@Singleton
public class WebhooksCheck {

    private final WebhooksConfig config;

    WebhooksCheck(WebhooksConfig config) {
        this.config = config;
    }

    @Startup
    void check() {
        List<String> problems = problems(config.endpoints());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid webhook configuration:\n  " + String.join("\n  ", problems));
        }
    }

    /** Each problem as {@code probation.webhooks.<name>.<key>: <what is wrong>}. */
    static List<String> problems(Map<String, WebhooksConfig.Webhook> webhooks) {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(webhooks).forEach(
                (name, webhook) -> {
                    problems.addAll(problems(name, webhook.url(), webhook.events()));
                    secretProblem(name, webhook.secret()).ifPresent(problems::add);
                    problems.addAll(previousSecretsProblems(name, webhook.previousSecrets()));
                });
        return problems;
    }

    static List<String> problems(String name, String url, Optional<List<String>> events) {
        Set<String> known = Arrays.stream(EventType.values()).map(EventType::name)
                .collect(Collectors.toCollection(TreeSet::new));
        // The report event shares its name with the timeline's REPORT_RECEIVED; named here in case that one goes.
        known.add(WebhooksConfig.REPORT_RECEIVED);
        String key = "probation.webhooks." + name;
        List<String> problems = new ArrayList<>();
        urlProblem(url).ifPresent(problem -> problems.add(key + ".url: " + problem));
        events.orElse(List.of()).stream().filter(event -> !known.contains(event)).forEach(
                event -> problems.add(key + ".events: '" + event + "' is not an event; one of " + known));
        return problems;
    }

    /** A {@code whsec_} secret that is not base64 or too short a key; a plain secret passes as it always did. */
    static Optional<String> secretProblem(String name, String secret) {
        return WebhookSignature.secretProblem(secret)
                .map(problem -> "probation.webhooks." + name + ".secret: " + problem);
    }

    /** Each secret being rotated out is held to the same rules, named by its position in the list. */
    static List<String> previousSecretsProblems(String name, Optional<List<String>> previousSecrets) {
        List<String> secrets = previousSecrets.orElse(List.of());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < secrets.size(); i++) {
            int position = i + 1;
            WebhookSignature.secretProblem(secrets.get(i)).ifPresent(problem -> problems.add(
                    "probation.webhooks." + name + ".previous-secrets, secret " + position + ": " + problem));
        }
        return problems;
    }

    private static Optional<String> urlProblem(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                return Optional.of("must be an absolute http:// or https:// URL, was '" + url + "'");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL (" + e.getReason() + "), was '" + url + "'");
        }
    }
}
