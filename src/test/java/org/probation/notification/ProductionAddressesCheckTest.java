package org.probation.notification;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The prod start-up check: alerts to an example domain or report links to localhost, no start. */
class ProductionAddressesCheckTest {

    @Test
    void realAddressesAreEnough() {
        assertThat(ProductionAddressesCheck.problems(Optional.of("abuse@isp.co.jp"), "https://probation.isp.co.jp"))
                .isEmpty();
    }

    @Test
    void theDevelopmentDefaultsAreRefused() {
        var problems = ProductionAddressesCheck.problems(Optional.of("abuse-desk@probation.example"),
                "http://localhost:8080");

        assertThat(problems).hasSize(2);
        assertThat(ProductionAddressesCheck.message(problems))
                .startsWith("Probation will not start in production with example addresses")
                .contains("PROBATION_OPERATOR_EMAIL", "abuse-desk@probation.example", "PROBATION_PUBLIC_URL",
                        "http://localhost:8080");
    }

    @Test
    void noOperatorAddressAtAllIsRefused() {
        assertThat(ProductionAddressesCheck.problems(Optional.empty(), "https://probation.isp.co.jp"))
                .singleElement().asString().startsWith("PROBATION_OPERATOR_EMAIL");
    }

    @Test
    void reservedDomainsAndLoopbackAreRefused() {
        assertThat(ProductionAddressesCheck.problems(Optional.of("desk@example.com"), "http://127.0.0.1:8080"))
                .hasSize(2);
        assertThat(ProductionAddressesCheck.problems(Optional.of("desk@abuse.test"), "https://probation.invalid"))
                .hasSize(2);
        assertThat(ProductionAddressesCheck.problems(Optional.of("desk@isp.jp"), "not a url")).hasSize(1);
    }
}
