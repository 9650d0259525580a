package org.probation.console.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The incident list's and the new-incident form's words, in Japanese; English in {@link EnglishListMessages}. */
@MessageBundle(value = "consoleList", locale = "ja")
public interface ListMessages {

    @Message("インシデント一覧")
    String title();

    @Message("状態ごとの件数")
    String countsHeading();

    @Message("対応中（未解除）")
    String openTotal();

    @Message("過去 7 日間に解除")
    String liftedRecently();

    @Message("絞り込み")
    String filterHeading();

    @Message("状態")
    String state();

    @Message("すべての対応中")
    String allOpen();

    @Message("原因")
    String cause();

    @Message("ポリシー")
    String policy();

    @Message("すべて")
    String any();

    @Message("アカウント ID")
    String account();

    @Message("ドメイン")
    String domain();

    @Message("キーワード（アカウント ID・名前・ドメイン）")
    String text();

    @Message("解除した時期")
    String closedWithin();

    @Message("指定なし")
    String anyTime();

    @Message("過去 {days} 日間")
    String lastDays(long days);

    @Message("絞り込む")
    String apply();

    @Message("条件を解除")
    String clear();

    @Message("新しいインシデントを登録")
    String newIncident();

    @Message("{total} 件中 {from}〜{to} 件目")
    String showing(long total, long from, long to);

    @Message("該当するインシデントはありません。")
    String none();

    @Message("前のページ")
    String previous();

    @Message("次のページ")
    String next();

    @Message("{page} / {pages} ページ")
    String pageOf(int page, int pages);

    @Message("人の対応が先に必要なものから順に表示しています。")
    String orderNote();

    @Message("対応の理由")
    String needsHeading();

    @Message("{#when needs}{#is 'REPORT_TO_REVIEW'}報告の確認待ち{#is 'AWAITING_APPROVAL'}段階緩和の承認待ち"
            + "{#is 'NO_DATA'}データなし{#is 'ESCALATED'}エスカレーション{#is 'DEADLINE_CLOSE'}報告期限まで 24 時間以内"
            + "{#else}—{/when}")
    String needs(String needs);

    @Message("お客様の報告待ち")
    String awaitingReport();

    @Message("アカウント")
    String accountColumn();

    @Message("段階")
    String stage();

    /** As the incident page writes it; stage 0 is "lifted" only on a lifted incident. */
    @Message("{#if stage == 0 && state == 'LIFTED'}解除済み{#else}{stage} / {top}{/if}")
    String stageOf(int stage, int top, String state);

    @Message("再発")
    String relapses();

    @Message("監視期間")
    String inMonitoring();

    @Message("最短の解除")
    String earliestLift();

    @Message("詳細")
    String open();

    @Message("{#if days > 0}{days}日{/if}{#if hours > 0}{hours}時間{/if}{#if days == 0}{minutes}分{/if}")
    String duration(long days, long hours, long minutes);

    @Message("最新の状態を自動で表示します（{seconds} 秒ごと）。")
    String liveNote(int seconds);

    @Message("絞り込みの条件に誤りがあります")
    String badFilterHeading();

    @Message("{#when field}{#is 'state'}状態の指定が正しくありません。{#is 'cause'}原因の指定が正しくありません。"
            + "{#is 'closed-within'}解除した時期は 7d のように日数で指定してください。"
            + "{#is 'closed-within-open'}解除した時期は、状態が「解除済み」か指定なしのときだけ指定できます。"
            + "{#is 'policy'}そのような名前のポリシーはありません。"
            + "{#is 'account'}アカウント ID は英数字と . _ - の 32 文字以内で入力してください。"
            + "{#is 'domain'}ドメイン名として正しくありません（例え.jp や xn--r8jz45g.jp の形で入力してください）。"
            + "{#is 'q'}キーワードは制御文字を含まない 200 文字以内で入力してください。"
            + "{#is 'page'}ページ番号が正しくありません。{#else}{field} の指定が正しくありません。{/when}")
    String badFilter(String field);

    // --- the new-incident form -------------------------------------------------------------------------------

    @Message("新しいインシデントを登録")
    String newTitle();

    @Message("登録すると、アカウントはポリシーの最も厳しい段階で直ちに制限され、お客様に通知が送られます。")
    String newIntro();

    @Message("お客様のアカウント")
    String accountSection();

    @Message("連絡先メールアドレス")
    String email();

    @Message("通知の言語")
    String locale();

    @Message("お客様名")
    String name();

    @Message("アカウントのドメイン（1 行に 1 つ）")
    String domains();

    @Message("制限の理由")
    String reasonSection();

    @Message("自動（通常のポリシー、再発ならより厳しいもの）")
    String policyAuto();

    @Message("証拠の概要")
    String summary();

    @Message("証拠のドメイン（1 行に 1 つ）")
    String evidenceDomains();

    @Message("証拠の数値（1 行に 1 つ、「指標名=値」）")
    String figures();

    @Message("登録して制限する")
    String submit();

    @Message("登録できませんでした。内容を確認してください。何も記録されていません。")
    String refused();

    @Message("{#when field}{#is 'accountId'}アカウント ID{#is 'email'}連絡先メールアドレス{#is 'locale'}通知の言語"
            + "{#is 'name'}お客様名{#is 'domains'}アカウントのドメイン{#is 'cause'}原因{#is 'policy'}ポリシー"
            + "{#is 'summary'}証拠の概要{#is 'evidenceDomains'}証拠のドメイン{#is 'figures'}証拠の数値"
            + "{#else}{field}{/when}")
    String field(String field);

    @Message("：")
    String fieldSeparator();

    /** Why {@code field} was refused ({@code NewIncidentForm.Problem}), the limit it broke when it has one. */
    @Message("{#when reason}{#is 'REQUIRED'}{#if field == 'cause'}一覧から選んでください。{#else}入力してください。{/if}"
            + "{#is 'TOO_LONG'}{#if limit > 0}{limit} 文字以内にしてください。{#else}ドメイン名が合わせて長すぎます。数を減らしてください。{/if}"
            + "{#is 'TOO_MANY'}{limit} 行までにしてください。"
            + "{#is 'UNKNOWN_POLICY'}そのような名前のポリシーはありません（シャドーポリシーでは登録できません）。"
            + "{#is 'ALREADY_OPEN'}このアカウントには対応中のインシデントがすでにあります。"
            + "{#else}{#when field}"
            + "{#is 'accountId'}英字か数字で始まり、英数字と . _ - だけの 32 文字以内にしてください。"
            + "{#is 'email'}メールアドレスの形ではありません（例：owner@example.jp）。"
            + "{#is 'locale'}日本語か English を選んでください。"
            + "{#is 'name'}改行や制御文字を含まない 1 行にしてください。"
            + "{#is 'domains'}ドメイン名として正しくない行があります（例え.jp や xn--r8jz45g.jp の形で 1 行に 1 つ）。"
            + "{#is 'evidenceDomains'}ドメイン名として正しくない行があります（例え.jp や xn--r8jz45g.jp の形で 1 行に 1 つ）。"
            + "{#is 'cause'}一覧から選んでください。"
            + "{#is 'policy'}一覧から選ぶか、自動のままにしてください。"
            + "{#is 'summary'}改行とタブのほかに制御文字を含めないでください。"
            + "{#is 'figures'}「指標名=値」の形で、指標名は英小文字で始まる英小文字・数字・_、値は 0 以上の数にしてください。"
            + "{#else}正しくありません。{/when}{/when}")
    String refusal(String field, String reason, long limit);

    @Message("対応中のインシデントを開く")
    String openExisting();
}
