package org.probation.report.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.probation.evaluation.model.Progress;
import org.probation.evaluation.model.Progress.GateProgress;
import org.probation.incident.model.EventType;
import org.probation.incident.model.IncidentState;
import org.probation.incident.model.IncidentStatus;
import org.probation.notification.model.Words;
import org.probation.policy.model.Policy;

/**
 * What the report page tells a customer, in Japanese or English: where the incident stands, what holds the next step
 * back, and the timeline in the desk's words. Operator notes and reasons never reach the customer; only the kind of
 * each step does.
 */
public final class CustomerWords {

    private static final Map<String, String[]> METRICS = Map.of(
            "mail_sent_per_hour", new String[] { "1 時間あたりのメール送信数", "mail sent per hour" },
            "mail_foreign_ratio", new String[] { "海外宛てメールの割合", "share of mail sent abroad" },
            "cpu_load", new String[] { "CPU 負荷", "CPU load" });

    /** A line under each checklist item: why the step matters. Items of other policies show their label only. */
    private static final Map<String, String[]> EXPLANATIONS = Map.of(
            "recaptcha", new String[] {
                    "フォームが機械的に悪用され、大量のメール送信に使われることを防ぎます。",
                    "Keeps robots from abusing your forms to send mass mail." },
            "vulnerabilities", new String[] {
                    "提供元のウェブサイトやお知らせで、ご利用中のバージョンに脆弱性がないかご確認ください。",
                    "See the vendors' sites and notices for vulnerabilities in the versions you use." },
            "updates", new String[] {
                    "CMS 本体・プラグイン・テーマを、作業前にバックアップを取ったうえで最新版に更新してください。",
                    "Back up first, then update the CMS, its plugins and themes to their latest versions." },
            "tampering", new String[] {
                    "影響のないドメインや配布元のファイルと比較し、見覚えのないファイルは削除してください。",
                    "Compare with an unaffected domain or the original files, and remove files you did not place." },
            "passwords", new String[] {
                    "他のサービスと同じパスワードは使わず、十分な長さのものを設定してください。",
                    "Use long passwords that you use nowhere else." });

    private CustomerWords() {
    }

    public static String metric(String metric, String locale) {
        String[] words = METRICS.get(metric);
        return words == null ? metric : words[ja(locale) ? 0 : 1];
    }

    public static String explanation(String checklistKey, String locale) {
        String[] words = EXPLANATIONS.get(checklistKey);
        return words == null ? "" : words[ja(locale) ? 0 : 1];
    }

    /** One sentence: where the incident stands. */
    public static String summary(IncidentStatus status, Policy policy, String locale) {
        boolean ja = ja(locale);
        return switch (status.state()) {
            case RESTRICTED -> ja ? "対策完了のご報告をお待ちしております。" : "We are waiting for your report.";
            case MONITORING -> status.stage() == 1
                    ? (ja ? "監視期間中です。次の段階で利用制限を解除いたします。"
                            : "Your account is being monitored. The next step lifts the restriction.")
                    : (ja ? "監視期間中です。次の段階で利用制限を一部緩和いたします。"
                            : "Your account is being monitored. The next step relaxes the restriction.");
            case ESCALATED -> ja ? "担当者が状況を確認しております。担当者よりあらためてご連絡いたします。"
                    : "Our staff are reviewing your account and will contact you.";
            case LIFTED -> ja ? "利用制限は解除されています。" : "The restriction has been lifted.";
        };
    }

    /** What still holds the next step back, in the customer's terms; empty when nothing does. */
    public static List<String> holdups(IncidentStatus status, Progress progress, Policy policy, Instant now,
            String locale) {
        boolean ja = ja(locale);
        List<String> lines = new ArrayList<>();
        if (status.state() != IncidentState.MONITORING) {
            return lines;
        }
        Duration window = policy.stage(status.stage()).cleanWindow();
        if (status.cleanSince() != null && now.isBefore(status.cleanSince().plus(window))) {
            Duration clean = Duration.between(status.cleanSince(), now).withNanos(0);
            // Right after the report "0 seconds so far" says nothing: the sentence stops at the window.
            String elapsed = clean.toMinutes() < 1 ? "" : Words.duration(clean, locale);
            lines.add(ja ? "各数値が基準内の状態で " + Words.duration(window, locale) + " 経過する必要があります"
                    + (elapsed.isEmpty() ? "。" : "（現在 " + elapsed + " 経過）。")
                    : "Every figure must stay within limits for " + Words.duration(window, locale)
                            + (elapsed.isEmpty() ? "." : " (" + elapsed + " so far)."));
        }
        for (GateProgress gate : progress.gates()) {
            String name = metric(gate.metric(), locale);
            if (gate.lastAt() == null) {
                lines.add(ja ? name + "の計測値がまだ届いていません。" : "No measurement of the " + name + " has arrived yet.");
            } else if (gate.lastValue() != null && gate.lastValue() > gate.clean()) {
                lines.add(ja ? name + "の直近の値が基準を超えたため、経過時間を数え直しています。"
                        : "The latest " + name + " was over the limit, so the time is counted again from then.");
            } else if (gate.coverage() == null || gate.coverage() < policy.minCoverage()) {
                lines.add(ja ? name + "の計測値がまだ十分にそろっていません。"
                        : "There are not enough measurements of the " + name + " yet.");
            }
        }
        if (status.stage() == 1 && status.monitoringSince() != null
                && now.isBefore(status.monitoringSince().plus(policy.minMonitoring()))) {
            lines.add(ja ? "監視期間は最低 " + Words.duration(policy.minMonitoring(), locale) + " 必要です。"
                    : "Monitoring lasts at least " + Words.duration(policy.minMonitoring(), locale) + ".");
        }
        if (policy.stage(status.stage()).operatorApproval()) {
            lines.add(ja ? "次の段階に進む前に、担当者が確認いたします。" : "Our staff check before the next step.");
        }
        return lines;
    }

    /** A timeline entry as the customer reads it; empty for the desk's internal entries. */
    public static Optional<String> step(EventType type, Integer toStage, String locale) {
        boolean ja = ja(locale);
        String text = switch (type) {
            case OPENED -> ja ? "不正な動作を検知し、利用制限を開始しました。" : "Abuse detected; your account was restricted.";
            case REPORT_RECEIVED -> ja ? "対策完了のご報告を受け付けました。" : "We received your report.";
            case MONITORING_STARTED -> ja ? "監視期間を開始しました。" : "Monitoring started.";
            case STEPPED_DOWN -> ja ? "利用制限を一部緩和しました。" : "The restriction was relaxed.";
            case LIFTED -> ja ? "利用制限を解除しました。" : "The restriction was lifted.";
            case CANCELLED -> ja ? "利用制限を解除しました。" : "The restriction was lifted.";
            case RESTRICTED -> ja ? "利用制限を変更しました。" : "The restriction was changed.";
            case RELAPSED -> ja ? "不正な動作の再発を確認し、利用制限を強化しました。"
                    : "Abuse was seen again; the restriction was tightened.";
            case EXTENDED -> ja ? "監視期間を延長しました。" : "Monitoring was extended.";
            case RESUMED -> ja ? "監視を再開しました。" : "Monitoring resumed.";
            case ESCALATED -> ja ? "担当者による確認に移りました。" : "Our staff took over the review.";
            case NOTE, NO_DATA, APPROVAL_REQUESTED -> null;
        };
        return Optional.ofNullable(text);
    }

    /** {@code ja} unless English is asked for; anything else falls back to Japanese. */
    public static String locale(String requested, String accountLocale) {
        if ("en".equals(requested) || "ja".equals(requested)) {
            return requested;
        }
        return "en".equals(accountLocale) ? "en" : "ja";
    }

    private static boolean ja(String locale) {
        return !"en".equals(locale);
    }
}
