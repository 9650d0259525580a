package org.probation.ops;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.probation.policy.model.ChecklistItem;
import org.probation.policy.model.Policy;
import org.probation.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;

/** A checklist item for a cause that does not exist would never be asked: start-up refuses it, naming the key. */
class ChecklistCausesCheckTest {

    @Test
    void aMisspeltCauseIsNamedByItsKey() {
        Policy policy = TestPolicies.policy().checklist(
                new ChecklistItem("recaptcha", "ja", "en", true, Set.of()),
                new ChecklistItem("passwords", "ja", "en", true, Set.of("CMS_BRUTE_FORCE", "FTP_LEAK"))).build();

        assertThat(ChecklistCausesCheck.problems(Map.of("default", policy))).singleElement().asString()
                .startsWith("probation.policies.default.checklist[1].causes: 'FTP_LEAK' is not a cause")
                .contains("FTP_CREDENTIAL_LEAK", "MASS_MAIL");
    }

    @Test
    void everyCauseOfTheIncidentsIsAccepted() {
        Policy policy = TestPolicies.policy().checklist(new ChecklistItem("passwords", "ja", "en", true,
                Set.of("MASS_MAIL", "CMS_BRUTE_FORCE", "MALWARE", "FTP_CREDENTIAL_LEAK", "OTHER"))).build();

        assertThat(ChecklistCausesCheck.problems(Map.of("default", policy))).isEmpty();
    }
}
