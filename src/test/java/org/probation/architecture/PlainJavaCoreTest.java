package org.probation.architecture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probation.time.ClockProducer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The domain rules are plain Java (no framework, no persistence, no JSON) and read time only from the injected
 * clock, so they can be unit-tested without booting Quarkus and without waiting.
 */
class PlainJavaCoreTest {

    private static final String[] FRAMEWORKS = { "io.quarkus..", "jakarta.persistence..", "jakarta.ws.rs..",
            "jakarta.enterprise..", "jakarta.transaction..", "org.hibernate..", "io.smallrye..",
            "com.fasterxml.jackson.." };

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.probation");
    }

    /** No class in {@code packages} may depend on a framework. */
    static ArchRule plainJava(String packages) {
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the domain rules must be testable without Quarkus, JPA, JAX-RS or Jackson");
    }

    /** Time comes from the injected {@link Clock}; only the clock's producer may read the system clock. */
    static final ArchRule TIME_IS_INJECTED = noClasses()
            .that().doNotHaveFullyQualifiedName(ClockProducer.class.getName())
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .because("time must be injected (java.time.Clock) so tests can move it");

    @Test
    void onlyMainClassesAreImported() {
        assertThat(main.contain(ClockProducer.class)).isTrue();
        assertThat(main.stream().map(c -> c.getSimpleName())).doesNotContain("PlainJavaCoreTest");
    }

    @Test
    void modelPackagesDependOnNoFramework() {
        plainJava("org.probation..model..").check(main);
    }

    @Test
    void theFrameworkRuleCatchesAFrameworkDependency() {
        assertThatThrownBy(() -> plainJava("org.probation.incident.persistence..").check(main))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("jakarta.persistence");
    }

    @Test
    void timeIsReadOnlyFromTheInjectedClock() {
        TIME_IS_INJECTED.check(main);
    }

    @Test
    void theTimeRuleCatchesAReadOfTheSystemClock() {
        JavaClasses violators = new ClassFileImporter().importClasses(ReadsTheSystemClock.class);

        assertThatThrownBy(() -> TIME_IS_INJECTED.check(violators))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Instant.now()")
                .hasMessageContaining("System.currentTimeMillis()");
    }

    /** What the rule forbids. */
    static class ReadsTheSystemClock {
        Instant stamp() {
            return Instant.now();
        }

        long millis() {
            return System.currentTimeMillis();
        }
    }
}
