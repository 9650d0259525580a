package org.probation.report;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without a key the service does not start, and says which variable to set. */
class ReportLinkSignerTest {

    @Test
    void withoutASecretStartUpFailsNamingTheVariable() {
        for (Optional<List<String>> secrets : List.of(Optional.<List<String>> empty(), Optional.of(List.of(" ")))) {
            assertThatThrownBy(() -> new ReportLinkSigner(config(secrets), Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("PROBATION_REPORT_SECRETS").hasMessageContaining("at least 32 characters");
        }
    }

    @Test
    void aShortSecretIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ReportLinkSigner(config(Optional.of(List.of("too-short"))), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PROBATION_REPORT_SECRETS");
    }

    static ReportConfig config(Optional<List<String>> secrets) {
        return new ReportConfig() {
            @Override
            public Optional<List<String>> secrets() {
                return secrets;
            }

            @Override
            public Duration tokenTtl() {
                return Duration.ofDays(30);
            }

            @Override
            public Duration formMaxAge() {
                return Duration.ofDays(1);
            }

            @Override
            public int maxSubmissions() {
                return 10;
            }

            @Override
            public Duration rateWindow() {
                return Duration.ofMinutes(10);
            }

            @Override
            public int maxMessageLength() {
                return 4000;
            }
        };
    }
}
