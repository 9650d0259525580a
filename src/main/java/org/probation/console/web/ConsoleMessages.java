package org.probation.console.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console shell's words for operators, in Japanese (the default); English in {@link EnglishConsoleMessages}. Pages
 * add their own bundles; this one holds what every page shows around its content.
 */
@MessageBundle(value = "console", locale = "ja")
public interface ConsoleMessages {

    @Message("Probation 監視コンソール")
    String productName();

    @Message("本文へ移動")
    String skipToContent();

    @Message("インシデント一覧")
    String incidents();

    @Message("{name} としてサインイン中")
    String signedInAs(String name);

    @Message("閲覧のみ")
    String viewerOnly();

    @Message("開発モード：ID プロバイダーを使わず、デモ用オペレーターとして表示しています。本番環境では使われません。")
    String demoOperator();

    @Message("サインアウト")
    String signOut();

    /** The name of the language the switch offers, in that language. */
    @Message("English")
    String otherLanguage();

    // --- words every page shares: states, causes, timeline entries, actions -------------------------------------

    @Message("{#when state}{#is 'RESTRICTED'}制限中（報告待ち）{#is 'MONITORING'}監視中{#is 'ESCALATED'}要対応（エスカレーション）"
            + "{#is 'LIFTED'}解除済み{#else}{state}{/when}")
    String state(String state);

    @Message("{#when cause}{#is 'MASS_MAIL'}大量メール送信{#is 'CMS_BRUTE_FORCE'}CMS 管理画面への総当たり"
            + "{#is 'MALWARE'}マルウェア{#is 'FTP_CREDENTIAL_LEAK'}FTP 認証情報の漏えい{#is 'OTHER'}その他{#else}{cause}{/when}")
    String cause(String cause);

    @Message("{#when type}{#is 'OPENED'}制限開始{#is 'REPORT_RECEIVED'}報告受付{#is 'MONITORING_STARTED'}監視開始"
            + "{#is 'STEPPED_DOWN'}段階緩和{#is 'LIFTED'}解除{#is 'RESTRICTED'}再制限{#is 'EXTENDED'}監視延長"
            + "{#is 'RESUMED'}監視再開{#is 'CANCELLED'}取り消し{#is 'NOTE'}メモ{#is 'RELAPSED'}再発"
            + "{#is 'ESCALATED'}エスカレーション{#is 'NO_DATA'}データなし{#is 'APPROVAL_REQUESTED'}承認待ち"
            + "{#is 'NOTICE_RESENT'}通知の再送{#is 'CONTACT_CHANGED'}連絡先の変更{#is 'REPORT_REMINDED'}報告の督促"
            + "{#else}{type}{/when}")
    String event(String type);

    @Message("{#when action}{#is 'LIFT'}制限を解除{#is 'STEP_DOWN'}一段階緩和（承認）{#is 'RESTRICT'}段階を指定して制限"
            + "{#is 'EXTEND'}監視を延長{#is 'RESUME'}監視を再開{#is 'CANCEL'}取り消し（誤検知）{#is 'NOTE'}メモを残す"
            + "{#is 'RESEND_NOTICE'}通知を再送（新しいリンク）{#else}{action}{/when}")
    String action(String action);
}
