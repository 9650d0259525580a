package org.probation.policy.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import org.probation.policy.model.Approval;
import org.probation.policy.model.RelapseTarget;
import org.probation.validation.Finite;
import org.probation.validation.NonNegativeDuration;
import org.probation.validation.PositiveDuration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * {@code probation.policies.<name>.*}: the policies as an operator writes them in YAML. Durations accept seconds
 * ({@code 30s}, or a bare number), minutes, hours and days ({@code 5m}, {@code 48h}, {@code 3d}) and ISO-8601. The
 * defaults below are the only place they are stated; the ranges of single keys are checked by Bean Validation at
 * start-up (each message names the key), the rules across keys by {@link org.probation.policy.model.PolicyValidation}.
 */
@ConfigMapping(prefix = "probation.policies")
public interface PoliciesConfig {

    @WithParentName
    Map<String, PolicyConfig> all();

    interface PolicyConfig {
        @WithDefault("5m")
        @PositiveDuration
        Duration sampleInterval();

        @WithDefault("0.9")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1")
        double minCoverage();

        @WithDefault("3d")
        @NonNegativeDuration
        Duration minMonitoring();

        @WithDefault("7d")
        @PositiveDuration
        Duration maxMonitoring();

        @WithDefault("2")
        @Min(0)
        int maxRelapses();

        @WithDefault("1h")
        @PositiveDuration
        Duration noDataAfter();

        /** {@code top} or {@code one-up}. */
        @WithDefault("top")
        RelapseTarget relapseTo();

        Optional<String> repeatPolicy();

        @WithDefault("30d")
        @NonNegativeDuration
        Duration repeatWindow();

        @WithDefault("false")
        boolean shadow();

        /** For a shadow policy: the real policy it runs beside. */
        Optional<String> shadowOf();

        Map<String, GateConfig> gates();

        /** Strictest first. */
        List<StageConfig> stages();

        Optional<List<ChecklistItemConfig>> checklist();

        /**
         * A report round (the restriction notice, or a re-restriction that asks again) without a report this long
         * gets one reminder mail with a fresh link. Absent: no reminder.
         */
        Optional<@PositiveDuration Duration> reportReminderAfter();

        /**
         * An incident still without any report this long after the customer was asked is escalated, and the operators
         * alerted. Absent: it waits for its report for ever. Longer than {@code report-reminder-after} when both are
         * set.
         */
        Optional<@PositiveDuration Duration> reportDeadline();
    }

    interface GateConfig {
        /**
         * {@code false} takes the gate out of the policy. Policies of the same name in several config files merge key by
         * key, so a file that redefines a built-in policy cannot remove a gate by leaving it out: it switches it off.
         * Not at a stage (a stage's gates override the policy's, they cannot remove one).
         */
        @WithDefault("true")
        boolean enabled();

        @Finite
        @DecimalMin("0")
        double clean();

        @Finite
        @DecimalMin("0")
        double relapse();

        /**
         * {@code { metric: mail_sent_per_hour, at-least: 20 }}: the gate counts only while that metric (another gate of
         * the policy) is at least that much, since a ratio over a handful of mails says nothing. At a stage, a gate
         * without it keeps the policy gate's. {@code at-least: 0} judges every sample: how a stage, or a file that
         * redefines a built-in policy (files merge key by key), drops it.
         */
        // Named explicitly: without it, validation messages would name the key "minVolume".
        @WithName("min-volume")
        MinVolumeConfig minVolume();
    }

    /** Both keys or none ({@code at-least: 0} alone drops an inherited minimum): checked by {@code PolicyCatalog}. */
    interface MinVolumeConfig {
        Optional<String> metric();

        Optional<@Finite @DecimalMin("0") Double> atLeast();
    }

    interface StageConfig {
        /** The operators' identifier; customers read {@code title} or what the controls do, never this. */
        String name();

        /**
         * {@code { ja: 海外からのアクセスとメール送信を制限, en: Access and mail from abroad restricted }}: what the customer
         * reads as the stage's name. Both languages or none (checked by {@code PolicyCatalog}).
         */
        TitleConfig title();

        @PositiveDuration
        Duration cleanWindow();

        /** {@code operator} makes the step-down from this stage wait for an operator. */
        @WithDefault("none")
        Approval approval();

        ControlsConfig controls();

        Map<String, GateConfig> gates();
    }

    interface TitleConfig {
        Optional<String> ja();

        Optional<String> en();
    }

    interface ControlsConfig {
        Optional<String> webForeign();

        Optional<List<String>> allowCountries();

        Optional<List<String>> blockedPaths();

        Optional<String> mailForeign();

        @Min(0)
        OptionalInt mailMaxPerHour();
    }

    interface ChecklistItemConfig {
        String key();

        String ja();

        String en();

        @WithDefault("true")
        boolean required();

        /** Causes this item applies to; absent means every cause. */
        Optional<Set<String>> causes();
    }
}
