package org.probation.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * A deployment that has not been given an identity provider still serves the API; its console says, with 503, what to
 * set instead of failing somewhere inside the sign-in. Tests sign in with {@code @TestSecurity} and dev mode with the
 * demo operator, so neither is ever "not configured".
 */
@Singleton
public class ConsoleNotConfigured {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="UTF-8"><title>Probation</title></head><body>
            <h1>コンソールはまだ設定されていません / The console is not configured</h1>
            <p>ID プロバイダーを設定してください: quarkus.oidc.auth-server-url (QUARKUS_OIDC_AUTH_SERVER_URL)、
            quarkus.oidc.client-id、quarkus.oidc.credentials.secret。</p>
            <p>Set the identity provider: quarkus.oidc.auth-server-url (QUARKUS_OIDC_AUTH_SERVER_URL),
            quarkus.oidc.client-id and quarkus.oidc.credentials.secret. The API under /api/v1 works without them.</p>
            </body></html>
            """;

    void register(@Observes Filters filters, Config config) {
        boolean demo = config.getOptionalValue(DemoOperatorMechanism.FLAG, Boolean.class).orElse(false);
        if (LaunchMode.current() == LaunchMode.TEST || demo
                || ConsoleSignInCheck.configured(name -> config.getOptionalValue(name, String.class))) {
            return;
        }
        filters.register(context -> {
            if (ConsolePaths.isConsole(context.normalizedPath())) {
                context.response().setStatusCode(503).putHeader("Content-Type", "text/html; charset=UTF-8")
                        .end(PAGE);
                return;
            }
            context.next();
        }, 500);
    }
}
