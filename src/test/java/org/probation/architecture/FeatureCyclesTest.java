package org.probation.architecture;

import org.junit.jupiter.api.Test;
import org.probation.architecture.cyclic.left.Left;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The features ({@code org.probation.incident}, {@code policy}, {@code notification}, ...) depend on each other one
 * way only: a feature that must make something happen above it fires an event instead of calling up.
 */
class FeatureCyclesTest {

    /** The features below {@code root}: {@code root.incident..}, {@code root.policy..}, ... */
    static ArchRule featuresFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles();
    }

    @Test
    void theFeaturesAreFreeOfCycles() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.probation");

        featuresFreeOfCycles("org.probation").check(main);
    }

    @Test
    void theRuleCatchesACycle() {
        JavaClasses cyclic = new ClassFileImporter().importPackages("org.probation.architecture.cyclic");

        assertThatThrownBy(() -> featuresFreeOfCycles("org.probation.architecture.cyclic").check(cyclic))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining(Left.class.getName());
    }
}
