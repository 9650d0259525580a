package org.probation.security;

import java.util.Map;
import java.util.Optional;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/** The console forms' CSRF tokens: bound to one sign-in of one user, made with a key every replica shares. */
class ConsoleFormTokensTest {

    private static final Optional<String> CLIENT_SECRET = Optional.of("probation-console-client-secret");
    private final ConsoleFormTokens tokens = new ConsoleFormTokens(
            ConsoleFormTokens.key(Optional.empty(), CLIENT_SECRET));

    @Test
    void oneSignInHasOneTokenThatOutlivesATokenRefresh() {
        SecurityIdentity signedIn = signedIn("olivia", Map.of("sid", "s-1", "auth_time", 1000L, "iat", 1000L));
        SecurityIdentity refreshed = signedIn("olivia", Map.of("sid", "s-1", "auth_time", 1000L, "iat", 1300L));

        assertThat(tokens.tokenFor(refreshed)).isEqualTo(tokens.tokenFor(signedIn)).hasSize(43);
        assertThat(tokens.accepts(refreshed, tokens.tokenFor(signedIn))).isTrue();
    }

    @Test
    void anotherSignInOfTheSameUserHasAnotherToken() {
        SecurityIdentity first = signedIn("olivia", Map.of("sid", "s-1"));
        SecurityIdentity second = signedIn("olivia", Map.of("sid", "s-2"));

        assertThat(tokens.accepts(second, tokens.tokenFor(first))).isFalse();
    }

    @Test
    void anotherUserOfTheSameSessionIdHasAnotherToken() {
        assertThat(tokens.accepts(signedIn("victor", Map.of("sid", "s-1")),
                tokens.tokenFor(signedIn("olivia", Map.of("sid", "s-1"))))).isFalse();
    }

    @Test
    void withoutASessionIdTheSignInTimeNamesTheSession() {
        SecurityIdentity first = signedIn("olivia", Map.of("auth_time", 1000L));
        SecurityIdentity second = signedIn("olivia", Map.of("auth_time", 2000L));

        assertThat(tokens.accepts(second, tokens.tokenFor(first))).isFalse();
        assertThat(ConsoleFormTokens.session(first)).isEqualTo("auth_time=1000");
    }

    @Test
    void everyReplicaWithTheSameSecretMakesTheSameToken() {
        ConsoleFormTokens replica = new ConsoleFormTokens(ConsoleFormTokens.key(Optional.empty(), CLIENT_SECRET));
        SecurityIdentity olivia = signedIn("olivia", Map.of("sid", "s-1"));

        assertThat(replica.tokenFor(olivia)).isEqualTo(tokens.tokenFor(olivia));
    }

    @Test
    void theFormSecretWinsOverTheClientSecretAndNeitherIsTheKeyItself() {
        byte[] fromClient = ConsoleFormTokens.key(Optional.empty(), CLIENT_SECRET);
        byte[] fromForm = ConsoleFormTokens.key(Optional.of("f".repeat(32)), CLIENT_SECRET);

        assertThat(fromForm).isEqualTo("f".repeat(32).getBytes());
        assertThat(fromClient).hasSize(32).isNotEqualTo(CLIENT_SECRET.get().getBytes());
    }

    @Test
    void withoutAnySecretEachStartHasItsOwnKey() {
        assertThat(ConsoleFormTokens.key(Optional.empty(), Optional.of(" ")))
                .isNotEqualTo(ConsoleFormTokens.key(Optional.empty(), Optional.empty()));
    }

    @Test
    void aUserWithoutAnIdTokenIsBoundToTheirName() {
        SecurityIdentity demo = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("demo-operator"))
                .build();

        assertThat(tokens.accepts(demo, tokens.tokenFor(demo))).isTrue();
        assertThat(tokens.accepts(demo, tokens.tokenFor(signedIn("demo-operator", Map.of("sid", "s-1"))))).isFalse();
    }

    @Test
    void anAnonymousRequestIsNeverAccepted() {
        SecurityIdentity anonymous = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

        assertThat(tokens.accepts(anonymous, tokens.tokenFor(anonymous))).isFalse();
        assertThat(tokens.accepts(signedIn("olivia", Map.of("sid", "s-1")), null)).isFalse();
    }

    private static SecurityIdentity signedIn(String name, Map<String, Object> claims) {
        JwtClaims idToken = new JwtClaims();
        idToken.setClaim("preferred_username", name);
        claims.forEach(idToken::setClaim);
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(idToken)).build();
    }
}
