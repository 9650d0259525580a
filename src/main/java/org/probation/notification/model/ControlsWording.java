package org.probation.notification.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.probation.policy.model.Controls;

/**
 * Controls in the words a customer understands ("access from outside Japan returns 403; access from Japan is
 * unaffected"), in Japanese or English. Used by the mails and the customer's status page.
 */
public final class ControlsWording {

    private static final Map<String, String[]> COUNTRIES = Map.of(
            "JP", new String[] { "日本", "Japan" },
            "US", new String[] { "米国", "the United States" },
            "KR", new String[] { "韓国", "South Korea" },
            "TW", new String[] { "台湾", "Taiwan" });

    private ControlsWording() {
    }

    public static List<String> describe(Controls controls, String locale) {
        boolean ja = !"en".equals(locale);
        List<String> lines = new ArrayList<>();
        String allowed = countries(controls.allowCountries(), ja);
        controls.webForeign().ifPresent(web -> {
            switch (web) {
                case "block" -> lines.add(ja
                        ? (allowed.isEmpty() ? "国外" : allowed + "以外") + "からのウェブサイトへのアクセスは「403 Forbidden」となります。"
                                + (allowed.isEmpty() ? "" : allowed + "国内からのアクセスはこれまでどおりご利用いただけます。")
                        : "Web access from outside " + (allowed.isEmpty() ? "the country" : allowed)
                                + " returns HTTP 403 Forbidden." + (allowed.isEmpty() ? ""
                                        : " Access from " + allowed + " is unaffected."));
                case "admin-only" -> lines.add(ja
                        ? (allowed.isEmpty() ? "国外" : allowed + "以外")
                                + "からは、CMS のログイン画面・管理画面"
                                + paths(controls.blockedPaths(), true)
                                + "へのアクセスのみ制限しています。ウェブサイトの閲覧は国内外ともご利用いただけます。"
                        : "From outside " + (allowed.isEmpty() ? "the country" : allowed)
                                + ", only the CMS login and admin pages" + paths(controls.blockedPaths(), false)
                                + " are blocked. Your websites can be viewed from anywhere.");
                default -> lines.add(ja ? "ウェブサイトへのアクセスに制限はありません。" : "Web access is not restricted.");
            }
        });
        controls.mailForeign().ifPresent(mail -> {
            if ("block".equals(mail)) {
                lines.add(ja ? "海外宛てのメール送信を停止しています。" : "Mail to recipients abroad is blocked.");
            }
        });
        controls.mailMaxPerHour().ifPresent(cap -> lines.add(ja
                ? "メールの送信は 1 時間あたり " + cap + " 通までに制限しています。"
                : "Outgoing mail is limited to " + cap + " messages per hour."));
        if (lines.isEmpty()) {
            lines.add(ja ? "現在、制限はありません。" : "Nothing is restricted.");
        }
        return lines;
    }

    private static String countries(List<String> codes, boolean ja) {
        List<String> names = codes.stream()
                .map(code -> COUNTRIES.containsKey(code) ? COUNTRIES.get(code)[ja ? 0 : 1] : code).toList();
        return String.join(ja ? "・" : ", ", names);
    }

    private static String paths(List<String> paths, boolean ja) {
        if (paths.isEmpty()) {
            return "";
        }
        return ja ? "（" + String.join("、", paths) + "）" : " (" + String.join(", ", paths) + ")";
    }
}
