package org.probation.words.model;

import org.junit.jupiter.api.Test;
import org.probation.words.i18n.Language;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A metric and its figures in the customer's words, in both languages. (Bundles need Quarkus.) */
@QuarkusTest
class MetricWordsTest {

    @Test
    void theKnownMetricsHaveNamesInBothLanguages() {
        assertThat(MetricWords.name("mail_sent_per_hour", Language.JA)).isEqualTo("1 時間あたりのメール送信数");
        assertThat(MetricWords.name("mail_foreign_ratio", Language.JA)).isEqualTo("海外宛てメールの割合");
        assertThat(MetricWords.name("cpu_load", Language.JA)).isEqualTo("CPU 負荷");
        assertThat(MetricWords.name("mail_sent_per_hour", Language.EN)).isEqualTo("mail sent per hour");
        assertThat(MetricWords.name("cpu_load", Language.EN)).isEqualTo("CPU load");
    }

    @Test
    void anUnknownMetricKeepsItsKeyAndAPlainNumber() {
        assertThat(MetricWords.name("disk_writes", Language.JA)).isEqualTo("disk_writes");
        assertThat(MetricWords.value("disk_writes", 1234.5, Language.EN)).isEqualTo("1,234.5");
    }

    @Test
    void mailIsCountedInMessagesGroupedAndWithoutDecimals() {
        assertThat(MetricWords.value("mail_sent_per_hour", 12400.0, Language.JA)).isEqualTo("12,400 通");
        assertThat(MetricWords.value("mail_sent_per_hour", 500.0, Language.EN)).isEqualTo("500 messages");
    }

    @Test
    void aShareIsAPercentage() {
        assertThat(MetricWords.value("mail_foreign_ratio", 0.812, Language.JA)).isEqualTo("81.2%");
        assertThat(MetricWords.value("mail_foreign_ratio", 0.6, Language.EN)).isEqualTo("60%");
    }

    @Test
    void aLoadKeepsAtMostTwoDecimals() {
        assertThat(MetricWords.value("cpu_load", 2.5, Language.JA)).isEqualTo("2.5");
        assertThat(MetricWords.value("cpu_load", 2.0, Language.EN)).isEqualTo("2");
        assertThat(MetricWords.value("cpu_load", 3.14159, Language.EN)).isEqualTo("3.14");
    }
}
