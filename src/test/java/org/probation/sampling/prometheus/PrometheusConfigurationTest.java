package org.probation.sampling.prometheus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Settings that do not make sense are found at start-up, each named by its key, and secrets are never repeated. */
class PrometheusConfigurationTest {

    private static final String P = "probation.sources.prometheus.";

    @Test
    void aSoundConfigurationHasNoProblem() {
        Map<String, String> props = sound();
        props.put(P + "username", "probation");
        props.put(P + "password", "s3cret");

        assertThat(PrometheusSettings.unguarded(props).configurationProblems()).isEmpty();
    }

    @Test
    void eachQueryIsNamedByItsKey() {
        assertThat(PrometheusSettings.unguarded(sound()).providedMetrics(Set.of())).containsExactly(
                entry("cpu_load", P + "queries.cpu_load"),
                entry("mail_sent_per_hour", P + "queries.mail_sent_per_hour"));
    }

    @Test
    void durationsAndDefaultsReadAsAnOperatorWritesThem() {
        Map<String, String> props = sound();
        props.put(P + "timeout", "30s");
        props.put(P + "circuit-breaker-delay", "5m");
        PrometheusConfig config = PrometheusSettings.config(props);

        assertThat(config.timeout()).hasSeconds(30);
        assertThat(config.circuitBreakerDelay()).hasMinutes(5);
        assertThat(config.accountLabel()).isEqualTo("account");
        assertThat(config.retries()).isEqualTo(2);
        assertThat(config.retryDelay()).hasSeconds(1);
    }

    @Test
    void aUrlThatIsNotHttpNamesTheKey() {
        assertThat(problemsWith(P + "url", "prometheus:9090")).containsExactly(
                P + "url: must be an absolute http or https URL, e.g. http://prometheus:9090");
        assertThat(problemsWith(P + "url", "ftp://prometheus")).hasSize(1);
    }

    @Test
    void credentialsInTheUrlAreRefusedWithoutRepeatingThem() {
        assertThat(problemsWith(P + "url", "http://admin:hunter2@prometheus:9090"))
                .singleElement().asString().startsWith(P + "url: put credentials in").doesNotContain("hunter2");
    }

    @Test
    void basicAuthenticationNeedsBothHalves() {
        assertThat(problemsWith(P + "username", "probation")).containsExactly(
                P + "password: basic authentication needs both username and password");
        assertThat(problemsWith(P + "password", "s3cret")).singleElement().asString().startsWith(P + "username:")
                .doesNotContain("s3cret");
    }

    @Test
    void aBearerTokenAndBasicAuthenticationTogetherAreRefused() {
        Map<String, String> props = sound();
        props.put(P + "username", "probation");
        props.put(P + "password", "s3cret");
        props.put(P + "bearer-token", "t0ken");

        assertThat(PrometheusSettings.unguarded(props).configurationProblems()).containsExactly(
                P + "bearer-token: give either a bearer token or basic authentication, not both");
    }

    @Test
    void anEnabledSourceWithoutQueriesIsRefused() {
        Map<String, String> props = new HashMap<>();
        props.put(P + "url", "http://prometheus:9090");

        assertThat(PrometheusSettings.unguarded(props).configurationProblems())
                .singleElement().asString().startsWith(P + "queries: give one PromQL query per metric");
    }

    @Test
    void aBadAccountLabelNamesItsKey() {
        assertThat(problemsWith(P + "account-label", "account-id")).containsExactly(
                P + "account-label: 'account-id' is not a Prometheus label name");
    }

    private static List<String> problemsWith(String key, String value) {
        Map<String, String> props = sound();
        props.put(key, value);
        return PrometheusSettings.unguarded(props).configurationProblems();
    }

    private static Map<String, String> sound() {
        Map<String, String> props = new HashMap<>();
        props.put(P + "url", "http://prometheus:9090");
        props.put(P + "queries.mail_sent_per_hour", "sum by (account) (increase(mail_sent_total[1h]))");
        props.put(P + "queries.cpu_load", "sum by (account) (rate(account_cpu_seconds_total[5m]))");
        return props;
    }
}
