package org.probation.sampling.prometheus.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class VectorMappingTest {

    @Test
    void aVectorWithManyAccountsGivesOneValuePerWatchedAccount() {
        List<Series> vector = new ArrayList<>();
        Set<String> watched = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            vector.add(series("xs" + (100_000 + i), Integer.toString(i)));
            watched.add("xs" + (100_000 + i));
        }

        VectorMapping.Result result = VectorMapping.map(vector, "account", watched);

        assertThat(result.values()).hasSize(5_000).containsEntry("xs100000", 0.0).containsEntry("xs104999", 4999.0);
        assertThat(result.unknownAccounts() + result.notFinite() + result.withoutLabel() + result.duplicates())
                .isZero();
    }

    @Test
    void aWatchedAccountMissingFromTheVectorGetsNoValue() {
        VectorMapping.Result result = VectorMapping.map(List.of(series("xs1", "12")), "account",
                Set.of("xs1", "xs2"));

        assertThat(result.values()).containsOnlyKeys("xs1");
    }

    @Test
    void accountsNobodyWatchesAreIgnoredAndCounted() {
        VectorMapping.Result result = VectorMapping.map(
                List.of(series("xs1", "12"), series("xs9", "900"), series("xs8", "3")), "account", Set.of("xs1"));

        assertThat(result.values()).containsExactly(entry("xs1", 12.0));
        assertThat(result.unknownAccounts()).isEqualTo(2);
    }

    @Test
    void nanAndInfinitiesAreNoSampleNeverAValue() {
        VectorMapping.Result result = VectorMapping.map(List.of(series("xs1", "NaN"), series("xs2", "+Inf"),
                series("xs3", "-Inf"), series("xs4", "Inf"), series("xs5", "not a number"), series("xs6", "0.25")),
                "account", Set.of("xs1", "xs2", "xs3", "xs4", "xs5", "xs6"));

        assertThat(result.values()).containsExactly(entry("xs6", 0.25));
        assertThat(result.notFinite()).isEqualTo(5);
    }

    @Test
    void prometheusNumberFormatsAreRead() {
        VectorMapping.Result result = VectorMapping.map(List.of(series("xs1", "1.5e+06"), series("xs2", "-0"),
                series("xs3", "0.000123")), "account", Set.of("xs1", "xs2", "xs3"));

        assertThat(result.values()).containsExactly(entry("xs1", 1_500_000.0), entry("xs2", -0.0),
                entry("xs3", 0.000123));
    }

    @Test
    void duplicateSeriesOfAnAccountTakeTheLargestValueWhateverTheirOrder() {
        List<Series> vector = new ArrayList<>(List.of(
                new Series(Map.of("account", "xs1", "instance", "mx1"), "12"),
                new Series(Map.of("account", "xs1", "instance", "mx2"), "640"),
                new Series(Map.of("account", "xs1", "instance", "mx3"), "NaN"),
                new Series(Map.of("account", "xs1", "instance", "mx4"), "30"),
                series("xs2", "7")));

        for (int shuffle = 0; shuffle < 20; shuffle++) {
            Collections.shuffle(vector);
            VectorMapping.Result result = VectorMapping.map(vector, "account", Set.of("xs1", "xs2"));
            assertThat(result.values()).containsExactly(entry("xs1", 640.0), entry("xs2", 7.0));
            assertThat(result.duplicates()).isEqualTo(2);
            assertThat(result.notFinite()).isEqualTo(1);
        }
    }

    @Test
    void seriesWithoutTheAccountLabelAreIgnoredAndCounted() {
        VectorMapping.Result result = VectorMapping.map(List.of(
                new Series(Map.of("user", "xs1"), "12"),
                new Series(Map.of(), "900"),
                new Series(Map.of("account", ""), "5"),
                series("xs2", "3")), "account", Set.of("xs1", "xs2"));

        assertThat(result.values()).containsExactly(entry("xs2", 3.0));
        assertThat(result.withoutLabel()).isEqualTo(3);
    }

    @Test
    void theAccountLabelIsConfigurable() {
        VectorMapping.Result result = VectorMapping.map(List.of(new Series(Map.of("user", "xs1"), "12"),
                series("xs2", "3")), "user", Set.of("xs1", "xs2"));

        assertThat(result.values()).containsExactly(entry("xs1", 12.0));
        assertThat(result.withoutLabel()).isEqualTo(1);
    }

    @Test
    void anEmptyVectorGivesNothing() {
        VectorMapping.Result result = VectorMapping.map(List.of(), "account", Set.of("xs1"));

        assertThat(result.values()).isEmpty();
        assertThat(result.unknownAccounts() + result.notFinite() + result.withoutLabel() + result.duplicates())
                .isZero();
    }

    private static Series series(String account, String value) {
        return new Series(Map.of("account", account), value);
    }
}
