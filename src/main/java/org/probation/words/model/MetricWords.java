package org.probation.words.model;

import java.text.NumberFormat;

import org.probation.words.i18n.CustomerMessages;
import org.probation.words.i18n.Language;

/**
 * A metric and its figures as a customer reads them: {@code mail_sent_per_hour} is 「1 時間あたりのメール送信数」 /
 * "mail sent per hour", {@code 812.0} is 「812 通」, a share ({@code *_ratio}) is a percentage. A metric nobody named
 * in the bundles keeps its key and a plain number.
 */
public final class MetricWords {

    private MetricWords() {
    }

    public static String name(String metric, Language language) {
        return language.messages().metric(metric);
    }

    /** {@code 12,400 通} / {@code 12,400 messages}, {@code 81.2%}, {@code 2.35}: grouped, at most two decimals. */
    public static String value(String metric, double value, Language language) {
        CustomerMessages words = language.messages();
        NumberFormat format;
        if (isShare(metric)) {
            // A share is 0..1 by convention (mail_foreign_ratio): a percentage reads better than 0.812.
            format = NumberFormat.getPercentInstance(language.locale());
            format.setMaximumFractionDigits(1);
        } else {
            format = NumberFormat.getNumberInstance(language.locale());
            format.setMaximumFractionDigits(2);
        }
        return words.metricValue(metric, format.format(value));
    }

    private static boolean isShare(String metric) {
        return metric.endsWith("_ratio");
    }
}
