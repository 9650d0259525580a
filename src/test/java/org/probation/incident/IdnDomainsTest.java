package org.probation.incident;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.probation.support.Monitoring;
import org.probation.support.StoredRows;
import org.probation.validation.DomainName;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;

/** Japanese (internationalized) domain names: accepted in Unicode or ASCII form, stored and shown in Unicode, once. */
@QuarkusTest
class IdnDomainsTest {

    @Inject
    EntityManager em;

    @Test
    void japaneseNamesInUnicodeOrPunycodeAreStoredOnceInUnicodeAndShownSo() {
        String id = openWith(body(newAccountId(),
                "\"例え.jp\", \"ドメイン名例.jp\", \"xn--r8jz45g.jp\", \"例え.JP\", \"Blog-A.Example\", \"blog-a.example\"",
                "\"XN--R8JZ45G.JP\", \"ドメイン名例.JP\""))
                .statusCode(201)
                .body("account.domains", contains("例え.jp", "ドメイン名例.jp", "blog-a.example"))
                .body("evidence.domains", contains("例え.jp", "ドメイン名例.jp"))
                .extract().path("id");

        // Read back from the database, not the response built from what was just written.
        assertThat(Monitoring.incident(id).getList("account.domains", String.class))
                .containsExactly("例え.jp", "ドメイン名例.jp", "blog-a.example");
    }

    @Test
    void namesThatAreNoDomainNamesAreRefusedAndNothingIsWritten() {
        Map<String, Long> before = StoredRows.count(em);
        String tooLong = ("a".repeat(63) + ".").repeat(4) + "jp"; // 258 characters
        String label = "一侍儚劧吴嗁坎壛婨寵嶂式"; // 12 characters, 40 in ASCII (xn--…)
        String tooLongInAscii = (label + ".").repeat(7) + "jp"; // 93 characters, 289 in ASCII
        for (String bad : List.of("bad_domain.jp", "-x.jp", "x-.jp", "a..jp", ".jp", "", "例え.jp.", "例え .jp",
                "a".repeat(64) + ".jp", tooLong, tooLongInAscii, "例え@jp")) {
            openWith(body(newAccountId(), json(bad), "\"blog-a.example\"")).statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("account.domains[0]"));
            openWith(body(newAccountId(), "\"blog-a.example\"", json(bad))).statusCode(400)
                    .body("errors.field", hasItem("evidence.domains[0]"));
        }
        assertThat(StoredRows.count(em)).isEqualTo(before);
    }

    @Test
    void namesWhoseLettersTheConversionWouldChangeAreRefusedWithTheReason() {
        Map<String, Long> before = StoredRows.count(em);
        // ß becomes ss and a final ς becomes σ: other domains.
        for (String changed : List.of("faß.de", "οδος.gr")) {
            openWith(body(newAccountId(), json(changed), "\"blog-a.example\"")).statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("account.domains[0]"))
                    .body("errors.find { it.field == 'account.domains[0]' }.message", containsString("ß becomes ss"));
        }
        assertThat(StoredRows.count(em)).isEqualTo(before);
        assertThat(DomainName.Validator.ascii("faß.de")).isEmpty();
        // Case and a capital sigma are no change: σ is the lower case of Σ.
        assertThat(DomainName.Validator.canonical("ΟΔΟΣ.GR")).isEqualTo("οδοσ.gr");
        assertThat(DomainName.Validator.canonical("ｂｌｏｇ.jp")).isEqualTo("blog.jp");
    }

    @Test
    void theCanonicalNameIsUnicodeInLowerCase() {
        assertThat(DomainName.Validator.canonical("xn--r8jz45g.jp")).isEqualTo("例え.jp");
        assertThat(DomainName.Validator.canonical("例え.JP")).isEqualTo("例え.jp");
        assertThat(DomainName.Validator.canonical("Blog-A.Example")).isEqualTo("blog-a.example");
        assertThat(DomainName.Validator.canonical("例え。jp")).isEqualTo("例え.jp"); // the ideographic full stop
        assertThat(DomainName.Validator.ascii("ドメイン名例.jp")).contains("xn--eckwd4c7cu47r2wf.jp");
        assertThat(DomainName.Validator.ascii("bad_domain.jp")).isEmpty();
    }

    private static String body(String account, String accountDomains, String evidenceDomains) {
        return """
                { "account": { "id": "%s", "email": "owner@example.jp", "locale": "ja", "domains": [%s] },
                  "cause": "MASS_MAIL",
                  "evidence": { "summary": "spam", "domains": [%s] } }""".formatted(account, accountDomains,
                evidenceDomains);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
