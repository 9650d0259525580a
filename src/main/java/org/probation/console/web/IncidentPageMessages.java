package org.probation.console.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The incident page's words for operators, in Japanese (the default); English in {@link EnglishIncidentPageMessages}. */
@MessageBundle(value = "incidentPage", locale = "ja")
public interface IncidentPageMessages {

    @Message("案件 {accountId}")
    String title(String accountId);

    @Message("アカウント {accountId} の案件")
    String heading(String accountId);

    @Message("アカウント")
    String account();

    @Message("アカウント ID")
    String accountId();

    @Message("名義")
    String accountName();

    @Message("連絡先（一部伏せ字）")
    String contact();

    @Message("連絡の言語")
    String locale();

    /** The language the customer's mails go out in: English for {@code en}, else (none given too) Japanese. */
    @Message("{#if tag == 'en'}英語{#else}日本語{/if}")
    String localeName(String tag);

    @Message("ドメイン")
    String domains();

    @Message("検知の内容")
    String evidence();

    @Message("検知理由")
    String cause();

    @Message("概要")
    String evidenceSummary();

    @Message("対象ドメイン")
    String evidenceDomains();

    @Message("検知時の数値")
    String evidenceFigures();

    @Message("ポリシー")
    String policy();

    @Message("状態")
    String state();

    @Message("段階")
    String stage();

    @Message("{#if stage == 0}解除済み{#else}{stage} / {top}{/if}")
    String stageOf(int stage, int top);

    @Message("再発回数")
    String relapses();

    @Message("制限開始")
    String openedAt();

    @Message("報告受付")
    String reportedAt();

    @Message("監視開始")
    String monitoringSince();

    @Message("監視期限")
    String monitoringUntil();

    @Message("終了")
    String closedAt();

    @Message("時刻はすべて {zone}")
    String timesIn(String zone);

    // --- the ladder ---------------------------------------------------------------------------------------------

    @Message("制限の段階")
    String ladder();

    @Message("現在の段階")
    String currentStage();

    @Message("段階 {level}")
    String level(int level);

    @Message("基準内で {window} 続けば次の段階へ")
    String cleanWindow(String window);

    @Message("緩和には担当者の承認が必要")
    String approvalNeeded();

    // --- what holds the next step back ----------------------------------------------------------------------------

    @Message("次の段階まで")
    String standing();

    @Message("先へ進むのを止めている条件はありません。")
    String nothingHolds();

    @Message("次の段階に進める最短の時刻")
    String nextStepAt();

    @Message("制限解除の最短の時刻")
    String earliestLiftAt();

    @Message("段階の緩和が担当者の承認待ちです。")
    String awaitingApproval();

    @Message("お客様の報告が確認待ちです。")
    String reportToReview();

    @Message("判定エンジンの表現")
    String engineWords();

    @Message("各ポリシーの判定")
    String verdicts();

    @Message("適用中")
    String realPolicy();

    @Message("シャドー（判定のみ・制限には反映しない）")
    String shadowPolicy();

    @Message("直近の記録")
    String lastEntry();

    // --- charts -----------------------------------------------------------------------------------------------------

    @Message("監視期間中の計測値")
    String charts();

    @Message("線は計測値（区間ごとの最小値と最大値）。途切れている所は計測値が届いていない時間です。緑の破線は基準値、赤の破線は再発とみなす値（段階ごと）、縦線は段階の変更と再発、網掛けは現在の基準内期間です。")
    String chartLegend();

    @Message("{metric}のグラフ")
    String chartLabel(String metric);

    @Message("計測値 {samples} 件（表示 {points} 点）")
    String sampleCount(int samples, int points);

    @Message("最小 {min}、最大 {max}、最新 {last}")
    String minMaxLast(String min, String max, String last);

    @Message("この期間の計測値はありません。")
    String noSamples();

    @Message("計測値の途切れ：{gaps} か所")
    String gaps(int gaps);

    @Message("段階 {level}（{name}）：基準 {clean} 以下、再発 {relapse} 以上")
    String bound(int level, String name, String clean, String relapse);

    @Message("現在の基準")
    String currentBound();

    @Message("段階の変更・再発")
    String markers();

    // --- reports ----------------------------------------------------------------------------------------------------

    @Message("お客様からの報告")
    String reports();

    @Message("報告はまだありません。")
    String noReports();

    @Message("確認待ち")
    String toReview();

    @Message("{#when channel}{#is 'FORM'}報告フォーム{#is 'EMAIL_REPLY'}メール返信{#is 'PHONE'}電話{#is 'OPERATOR'}担当者の記録{#else}{channel}{/when}")
    String channel(String channel);

    @Message("記入者")
    String reportedBy();

    @Message("{#if answer}済{#else}未{/if}")
    String answer(boolean answer);

    @Message("お客様のメッセージ")
    String customerMessage();

    // --- mails ------------------------------------------------------------------------------------------------------

    @Message("送信した通知")
    String mails();

    @Message("通知はまだありません。")
    String noMails();

    @Message("種類")
    String kind();

    @Message("宛先")
    String recipient();

    @Message("作成")
    String createdAt();

    @Message("送信")
    String sentAt();

    @Message("送信状況")
    String status();

    @Message("試行回数")
    String attempts();

    @Message("最後のエラー")
    String lastError();

    @Message("{#when status}{#is 'PENDING'}送信待ち{#is 'SENT'}送信済み{#is 'DEAD'}送信断念{#else}{status}{/when}")
    String mailStatus(String status);

    @Message("{#when kind}{#is 'RESTRICTION_NOTICE'}制限のお知らせ{#is 'REPORT_RECEIVED'}報告受付のお知らせ"
            + "{#is 'STAGE_RELAXED'}段階緩和のお知らせ{#is 'LIFTED'}解除のお知らせ{#is 'RE_RESTRICTED'}再制限のお知らせ"
            + "{#is 'NOTICE_RESENT'}制限のお知らせ（再送）{#is 'REPORT_REMINDER'}報告のお願い（督促）"
            + "{#is 'DECISION'}制限内容の Webhook{#is 'REPORT_WEBHOOK'}報告の Webhook"
            + "{#is 'ALERT_ESCALATED'}担当者への通知（エスカレーション）{#is 'ALERT_NO_DATA'}担当者への通知（データなし）"
            + "{#is 'ALERT_RELAPSED'}担当者への通知（再発）{#is 'ALERT_APPROVAL_REQUESTED'}担当者への通知（承認待ち）"
            + "{#is 'ALERT_SOURCE_FAILING'}担当者への通知（データ取得の失敗）"
            + "{#is 'ALERT_DEAD_NOTIFICATION'}担当者への通知（送信断念）{#is 'ALERT_REPORT_RECEIVED'}担当者への通知（報告受付）"
            + "{#else}担当者への通知（{kind}）{/when}")
    String mailKind(String kind);

    // --- timeline ---------------------------------------------------------------------------------------------------

    @Message("経過")
    String timeline();

    @Message("日時")
    String at();

    @Message("出来事")
    String event();

    @Message("実施者")
    String actor();

    @Message("理由")
    String reason();

    @Message("段階 {from} → {to}")
    String stageChange(Integer from, Integer to);

    // --- actions ----------------------------------------------------------------------------------------------------

    @Message("操作")
    String actions();

    @Message("どの操作にも理由の記入が必要です。理由は経過に残ります。")
    String actionsHint();

    @Message("理由（必須）")
    String reasonLabel();

    @Message("承認して一段階緩和")
    String approve();

    @Message("指定する段階")
    String targetStage();

    @Message("延長する期間（例：48h、2d、30m）")
    String duration();

    @Message("閲覧のみの権限のため、操作はできません。")
    String viewerCannotAct();

    @Message("操作は行われませんでした。")
    String refused();

    @Message("{#when kind}{#is 'REASON_MISSING'}理由を入力してください。"
            + "{#is 'REASON_INVALID'}理由は 2000 文字以内で、制御文字を含めずに入力してください。"
            + "{#is 'UNKNOWN_ACTION'}この操作は存在しません。"
            + "{#is 'STAGE_INVALID'}指定された段階はこのポリシーにありません。"
            + "{#is 'DURATION_INVALID'}延長する期間を正しく入力してください（例：48h、2d）。"
            + "{#is 'CLOSED'}この案件はすでに終了しています。メモのみ残せます。"
            + "{#is 'EXTEND_BEFORE_MONITORING'}監視が始まるまで（お客様の報告を受けるまで）延長はできません。"
            + "{#is 'RESUME_NOT_ESCALATED'}監視の再開は、エスカレーション中の案件にのみ行えます。"
            + "{#is 'CHANGED_MEANWHILE'}この案件は、ページを開いた後にほかの操作や判定で変更されました。ページを読み込み直してから、もう一度操作してください。"
            + "{#else}この操作は案件の現在の状態では行えません。{/when}")
    String refusal(String kind);

    @Message("判定の詳細")
    String refusalDetail();

    @Message("案件が見つかりません")
    String notFound();

    @Message("この案件は存在しないか、削除されています。")
    String notFoundText();
}
