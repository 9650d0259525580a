package org.probation.words.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the mails and the report page say to a customer outside their templates, in Japanese (the default); English in
 * {@link EnglishMessages}. Each message is a small Qute template, checked at build time.
 */
@MessageBundle(value = "msg", locale = "ja")
public interface CustomerMessages {

    // --- mail subjects ---------------------------------------------------------------------------------------------

    /** What was detected, fitting the cause: intrusion only where it was seen (a third party's files or login). */
    @Message("【重要】{#when cause}{#is 'MASS_MAIL'}大量のメール送信{#is 'CMS_BRUTE_FORCE'}管理画面への不正なログインの試み"
            + "{#is in 'MALWARE' 'FTP_CREDENTIAL_LEAK'}不正アクセス{#else}不審な動作{/when}"
            + "の検知およびサーバーアカウントの利用制限について（{account}）")
    String restrictionNoticeSubject(String account, String cause);

    @Message("【受付】対策完了のご報告を受け付けました（{account}）")
    String reportReceivedSubject(String account);

    @Message("【お知らせ】サーバーアカウントの利用制限を一部緩和しました（{account}）")
    String stageRelaxedSubject(String account);

    @Message("【解除】サーバーアカウントの利用制限を解除しました（{account}）")
    String liftedSubject(String account);

    @Message("【重要】不正な動作の再発を確認し、利用制限を強化しました（{account}）")
    String reRestrictedSubject(String account);

    // --- durations and times ---------------------------------------------------------------------------------------

    @Message("{amount}日")
    String days(long amount);

    @Message("{amount}時間")
    String hours(long amount);

    @Message("{amount}分")
    String minutes(long amount);

    @Message("{amount}秒")
    String seconds(long amount);

    /** A {@code DateTimeFormatter} pattern. */
    @Message("yyyy年M月d日 H:mm")
    String timePattern();

    @Message("{time}（{zone}）")
    String timeInZone(String time, String zone);

    // --- controls --------------------------------------------------------------------------------------------------

    @Message("{#when code}{#is 'JP'}日本{#is 'US'}米国{#is 'KR'}韓国{#is 'TW'}台湾{#else}{code}{/when}")
    String country(String code);

    @Message("・")
    String countrySeparator();

    @Message("（{paths}）")
    String blockedPaths(String paths);

    @Message("、")
    String pathSeparator();

    @Message("{#if allowed}{allowed}以外{#else}国外{/if}からのウェブサイトへのアクセスは「403 Forbidden」となります。"
            + "{#if allowed}{allowed}国内からのアクセスはこれまでどおりご利用いただけます。{/if}")
    String webBlocked(String allowed);

    @Message("{#if allowed}{allowed}以外{#else}国外{/if}からは、CMS のログイン画面・管理画面{paths}"
            + "へのアクセスのみ制限しています。ウェブサイトの閲覧は国内外ともご利用いただけます。")
    String webAdminOnly(String allowed, String paths);

    @Message("ウェブサイトへのアクセスに制限はありません。")
    String webOpen();

    @Message("海外宛てのメール送信を停止しています。")
    String mailForeignBlocked();

    @Message("メールの送信は 1 時間あたり {cap} 通までに制限しています。")
    String mailCapped(int cap);

    @Message("現在、制限はありません。")
    String nothingRestricted();

    // --- the report page -------------------------------------------------------------------------------------------

    @Message("{#when metric}{#is 'mail_sent_per_hour'}1 時間あたりのメール送信数{#is 'mail_foreign_ratio'}海外宛てメールの割合"
            + "{#is 'cpu_load'}CPU 負荷{#else}{metric}{/when}")
    String metric(String metric);

    /** A line under each checklist item: why the step matters. Items of other policies show their label only. */
    @Message("{#when key}"
            + "{#is 'recaptcha'}フォームが機械的に悪用され、大量のメール送信に使われることを防ぎます。"
            + "{#is 'vulnerabilities'}提供元のウェブサイトやお知らせで、ご利用中のバージョンに脆弱性がないかご確認ください。"
            + "{#is 'updates'}CMS 本体・プラグイン・テーマを、作業前にバックアップを取ったうえで最新版に更新してください。"
            + "{#is 'tampering'}影響のないドメインや配布元のファイルと比較し、見覚えのないファイルは削除してください。"
            + "{#is 'passwords'}他のサービスと同じパスワードは使わず、十分な長さのものを設定してください。"
            + "{/when}")
    String explanation(String key);

    /** The other language's tag and name, for the page's language switch. */
    @Message("en")
    String otherLanguage();

    @Message("English")
    String otherLanguageName();

    @Message("対策完了のご報告をお待ちしております。")
    String summaryRestricted();

    @Message("監視期間中です。次の段階で利用制限を解除いたします。")
    String summaryMonitoringLastStage();

    @Message("監視期間中です。次の段階で利用制限を一部緩和いたします。")
    String summaryMonitoring();

    @Message("担当者が状況を確認しております。担当者よりあらためてご連絡いたします。")
    String summaryEscalated();

    @Message("利用制限は解除されています。")
    String summaryLifted();

    @Message("各数値が基準内の状態で {window} 経過する必要があります{#if elapsed}（現在 {elapsed} 経過）。{#else}。{/if}")
    String holdupCleanWindow(String window, String elapsed);

    @Message("{metric}の計測値がまだ届いていません。")
    String holdupNoMeasurement(String metric);

    @Message("{metric}の直近の値が基準を超えたため、経過時間を数え直しています。")
    String holdupOverLimit(String metric);

    @Message("{metric}の計測値がまだ十分にそろっていません。")
    String holdupTooFewMeasurements(String metric);

    @Message("監視期間は最低 {minimum} 必要です。")
    String holdupMinimumMonitoring(String minimum);

    @Message("次の段階に進む前に、担当者が確認いたします。")
    String holdupApproval();

    @Message("不正な動作を検知し、利用制限を開始しました。")
    String stepOpened();

    @Message("対策完了のご報告を受け付けました。")
    String stepReportReceived();

    @Message("監視期間を開始しました。")
    String stepMonitoringStarted();

    @Message("利用制限を一部緩和しました。")
    String stepSteppedDown();

    @Message("利用制限を解除しました。")
    String stepLifted();

    @Message("利用制限を変更しました。")
    String stepRestricted();

    @Message("不正な動作の再発を確認し、利用制限を強化しました。")
    String stepRelapsed();

    @Message("監視期間を延長しました。")
    String stepExtended();

    @Message("監視を再開しました。")
    String stepResumed();

    @Message("担当者による確認に移りました。")
    String stepEscalated();

    // --- form errors -----------------------------------------------------------------------------------------------

    @Message("フォームの有効期限が切れたか、正しく送信されませんでした。お手数ですが、内容をご確認のうえ再度送信してください。")
    String formExpired();

    @Message("ご報告の内容は {max} 文字以内でご記入ください。")
    String messageTooLong(int max);

    @Message("ご報告の内容に使用できない文字が含まれています。")
    String messageNotPlain();

    @Message("次の項目をご確認のうえ、チェックを入れてください：{items}")
    String itemsMissing(String items);

    @Message("必須の項目にチェックを入れてください。")
    String requiredItemsMissing();

    // --- the report page's own words ------------------------------------------------------------------------------

    @Message("対策完了のご報告（{account}）")
    String formTitle(String account);

    @Message("対策完了のご報告")
    String formHeading();

    @Message("利用制限の状況（{account}）")
    String statusTitle(String account);

    @Message("利用制限の状況")
    String statusHeading();

    @Message("サーバーアカウント")
    String serverAccount();

    @Message("（{name} 様）")
    String accountName(String name);

    @Message("ご確認ください")
    String pleaseCheck();

    @Message("検知した内容")
    String detected();

    @Message("対象のドメイン：")
    String domainsConcerned();

    @Message("現在の利用制限")
    String restrictedNow();

    @Message("実施いただいた対策")
    String whatYouDid();

    @Message("以下の対策を実施いただき、完了した項目にチェックを入れてください。")
    String checklistIntroBefore();

    @Message("必須")
    String required();

    @Message("の項目がすべて完了すると、ご報告いただけます。")
    String checklistIntroAfter();

    @Message("実施した対策の内容（任意）")
    String messageLabel();

    @Message("更新したプログラムや削除したファイルなど、実施いただいた内容をご記入ください（4000 文字以内）。")
    String messageHelp();

    @Message("報告を送信する")
    String send();

    @Message("ご報告を受け付けると監視期間を開始します。監視期間中も、このページで状況をご確認いただけます。")
    String afterSending();

    @Message("現在の利用制限（段階 {stage} / {top}）")
    String restrictedAtStage(int stage, int top);

    @Message("次の段階に進むまで")
    String beforeNextStep();

    @Message("次回の確認で、次の段階に進む予定です。")
    String nextCheckSteps();

    @Message("各数値が基準内のまま推移した場合、次の段階に進むのは早くて ")
    String nextStepAtBefore();

    @Message(" 頃です。")
    String nextStepAtAfter();

    @Message("利用制限を解除できるのは、早くて ")
    String earliestLiftBefore();

    @Message(" 頃の見込みです。")
    String earliestLiftAfter();

    @Message("これまでの経過")
    String soFar();

    @Message("ご不明な点がございましたら、お送りしたメールへのご返信にてお問い合わせください。")
    String questions();

    // --- mails: the report received ----------------------------------------------------------------------------------

    @Message("ja")
    String lang();

    /** 「山田 太郎 様」, and 「お客様」 without a name: never 「お客様 様」. */
    @Message("{#if name}{name} 様{#else}お客様{/if}")
    String dear(String name);

    @Message("サーバーアカウント（{account}）の不正利用への対策完了のご報告を、確かに受け付けました。\nご対応いただき、誠にありがとうございます。")
    String reportReceivedThanksText(String account);

    @Message("サーバーアカウント（{account}）の不正利用への対策完了のご報告を、確かに受け付けました。ご対応いただき、誠にありがとうございます。")
    String reportReceivedThanksHtml(String account);

    @Message("これより{minimum}から{maximum}ほど、サーバーの負荷やメールの送信状況を監視いたします。\n問題がないことを確認でき次第、制限を段階的に緩和、または解除し、メールでお知らせいたします。")
    String reportReceivedMonitoringText(String minimum, String maximum);

    @Message("これより{minimum}から{maximum}ほど、サーバーの負荷やメールの送信状況を監視いたします。問題がないことを確認でき次第、制限を段階的に緩和、または解除し、メールでお知らせいたします。")
    String reportReceivedMonitoringHtml(String minimum, String maximum);

    @Message("状況に問題がなければ、最短で {at} 頃に制限を解除できる見込みです。")
    String reportReceivedEarliest(String at);

    @Message("現在の状況は、次のページでいつでもご確認いただけます。")
    String reportReceivedWhereText();

    @Message("<p>現在の状況は、次のページでいつでもご確認いただけます。</p>")
    String reportReceivedWhereHtml();

    // --- mails: the restriction lifted -------------------------------------------------------------------------------

    @Message("・")
    String bullet();

    @Message("サーバーアカウント（{account}）に対して行っていた利用制限を解除いたしました。\n確認の結果、不正な利用ではないことが判明いたしました。ご迷惑をおかけしましたことを深くお詫び申し上げます。")
    String liftedFalsePositiveText(String account);

    @Message("サーバーアカウント（{account}）に対して行っていた利用制限を解除いたしました。確認の結果、不正な利用ではないことが判明いたしました。ご迷惑をおかけしましたことを深くお詫び申し上げます。")
    String liftedFalsePositiveHtml(String account);

    @Message("サーバーアカウント（{account}）の監視の結果、問題がないことを確認できましたので、\n利用制限をすべて解除いたしました。ご協力いただき、誠にありがとうございました。")
    String liftedCleanText(String account);

    @Message("サーバーアカウント（{account}）の監視の結果、問題がないことを確認できましたので、利用制限をすべて解除いたしました。ご協力いただき、誠にありがとうございました。")
    String liftedCleanHtml(String account);

    @Message("再発を防ぐため、今後も次の対策を継続していただきますようお願いいたします。")
    String liftedKeepText();

    @Message("<p>再発を防ぐため、今後も次の対策を継続していただきますようお願いいたします。</p>")
    String liftedKeepHtml();

    // --- mails: relaxed and re-restricted ----------------------------------------------------------------------------

    @Message("■ ")
    String section();

    @Message("h2")
    String restrictionNowTag();

    @Message("p")
    String checkAgainTag();

    /** {@code stage}: the stage's customer title, or empty (the controls below say what is restricted). */
    @Message("現在の制限内容{#if stage}：{stage}{/if}")
    String restrictionNow(String stage);

    @Message("サーバーアカウント（{account}）の監視の結果、一定期間問題が見られなかったため、\n利用制限を一部緩和いたしました。")
    String relaxedIntroText(String account);

    @Message("サーバーアカウント（{account}）の監視の結果、一定期間問題が見られなかったため、利用制限を一部緩和いたしました。")
    String relaxedIntroHtml(String account);

    @Message("緩和後の制限内容{#if stage}：{stage}{/if}")
    String relaxedNow(String stage);

    @Message("引き続き監視を行い、問題がなければ最短で {at} 頃に制限を解除いたします。")
    String relaxedEarliest(String at);

    @Message("現在の状況:")
    String whereYouStand();

    @Message("サーバーアカウント（{account}）において、不正な動作が再び確認されたため、\n誠に勝手ながら利用制限を再度強化いたしました。")
    String reRestrictedIntroText(String account);

    @Message("サーバーアカウント（{account}）において、不正な動作が再び確認されたため、誠に勝手ながら利用制限を再度強化いたしました。")
    String reRestrictedIntroHtml(String account);

    @Message("確認した内容")
    String reRestrictedSaw();

    @Message("対応が完了しましたら、改めてご報告ください。ご報告の際に、次の項目の実施をご確認いただきます。")
    String reRestrictedCheckAgain();

    @Message("ご報告・現在の状況:")
    String reportAndStatus();

    // --- mails: the restriction notice ------------------------------------------------------------------------------

    @Message("いつも当社サービスをご利用いただき、誠にありがとうございます。\nアビューズ対応窓口でございます。")
    String restrictionGreetingText();

    @Message("いつも当社サービスをご利用いただき、誠にありがとうございます。アビューズ対応窓口でございます。")
    String restrictionGreetingHtml();

    /** The opening, fitting the cause like the subject: a newsletter mistaken for spam is not told it was broken into. */
    @Message("お客様のサーバーアカウント（{account}）において、{#when cause}{#is 'MASS_MAIL'}大量のメール送信を検知いたしました。"
            + "{#is 'CMS_BRUTE_FORCE'}管理画面への不正なログインの試みを検知いたしました。"
            + "{#is in 'MALWARE' 'FTP_CREDENTIAL_LEAK'}第三者による不正なアクセス、\nおよびそれに伴う不審な動作を検知いたしました。"
            + "{#else}不審な動作を検知いたしました。{/when}")
    String restrictionDetectedText(String account, String cause);

    @Message("お客様のサーバーアカウント（{account}）において、{#when cause}{#is 'MASS_MAIL'}大量のメール送信を検知いたしました。"
            + "{#is 'CMS_BRUTE_FORCE'}管理画面への不正なログインの試みを検知いたしました。"
            + "{#is in 'MALWARE' 'FTP_CREDENTIAL_LEAK'}第三者による不正なアクセス、およびそれに伴う不審な動作を検知いたしました。"
            + "{#else}不審な動作を検知いたしました。{/when}")
    String restrictionDetectedHtml(String account, String cause);

    @Message("検知した内容")
    String restrictionWhatDetected();

    @Message("影響を受けたドメイン")
    String restrictionAffectedDomains();

    @Message("現在の制限内容{#if stage}：{stage}{/if}")
    String restrictionCurrent(String stage);

    /** The checklist items are what the customer confirms in the report, written as done: not a to-do heading. */
    @Message("ご報告の際に、次の項目の実施をご確認いただきます")
    String restrictionBeforeLift();

    @Message("■ ご対応後のご報告\n上記をご確認・ご対応いただけましたら、次のページからご報告ください。")
    String restrictionReportHereText();

    @Message("<h2>ご対応後のご報告</h2>\n<p>上記をご確認・ご対応いただけましたら、次のページからご報告ください。</p>")
    String restrictionReportHereHtml();

    @Message("ご報告をいただいた後、{minimum}から{maximum}ほどサーバーの状況を監視し、\n問題がないことを確認でき次第、制限を段階的に緩和、または解除いたします。")
    String restrictionAfterReportText(String minimum, String maximum);

    @Message("ご報告をいただいた後、{minimum}から{maximum}ほどサーバーの状況を監視し、問題がないことを確認でき次第、制限を段階的に緩和、または解除いたします。")
    String restrictionAfterReportHtml(String minimum, String maximum);

    @Message("ご不便をおかけいたしますが、ご理解とご協力を賜りますようお願い申し上げます。")
    String restrictionApology();

    // --- mails: re-restricted, in the customer's words (which figure, which limit, when; what it means; what next) --

    @Message("{#when metric}{#is 'mail_sent_per_hour'}{number} 通{#else}{number}{/when}")
    String metricValue(String metric, String number);

    @Message("【重要】不正な動作の再発を確認しました（{account}）")
    String relapseAtTopSubject(String account);

    @Message("サーバーアカウント（{account}）において、不正な動作が再び確認されました。\n利用制限はすでに最も厳しい段階にあるため、制限の内容は変わりませんが、引き続き制限を継続いたします。")
    String relapseAtTopIntroText(String account);

    @Message("サーバーアカウント（{account}）において、不正な動作が再び確認されました。利用制限はすでに最も厳しい段階にあるため、制限の内容は変わりませんが、引き続き制限を継続いたします。")
    String relapseAtTopIntroHtml(String account);

    @Message("サーバーアカウント（{account}）について、当窓口にて状況を確認いたしました結果、\n誠に勝手ながら利用制限を再度強化いたしました。")
    String reRestrictedByDeskIntroText(String account);

    @Message("サーバーアカウント（{account}）について、当窓口にて状況を確認いたしました結果、誠に勝手ながら利用制限を再度強化いたしました。")
    String reRestrictedByDeskIntroHtml(String account);

    @Message("当窓口にてサーバーアカウントの状況を確認し、利用制限の強化が必要と判断いたしました。")
    String reRestrictedByDesk();

    @Message("{at}の計測で、{metric}が {value}に達し、再発とみなす基準（{bound}）を超えました。")
    String relapseSeen(String at, String metric, String value, String bound);

    @Message("{#if unchanged}利用制限は、最も厳しい段階（段階 {stage} / {top}）のまま継続いたします。"
            + "{#else if stage == top}利用制限を最も厳しい段階（段階 {stage} / {top}）に戻しました。"
            + "{#else}利用制限を段階 {stage} / {top} に戻しました。{/if}")
    String reRestrictedStage(int stage, int top, boolean unchanged);

    @Message("監視の経過時間は、ここから数え直しとなります。各数値が基準内の状態で {window} 経過すると、制限を段階的に緩和いたします。")
    String reRestrictedCleanWindow(String window);

    @Message("ご報告をいただいた後、監視を開始いたします。")
    String reRestrictedMonitoringAfterReport();

    @Message("今後は、このサーバーアカウントの状況を担当者が直接確認いたします。担当者より改めてご連絡いたします。")
    String reRestrictedEscalated();

    @Message("新しいご報告")
    String reRestrictedNewReport();

    @Message("対応が完了しましたら、次のページから改めてご報告ください。現在の状況もこのページでご確認いただけます。")
    String reRestrictedNewReportHere();
    // --- a notice sent again, the expired-link page ------------------------------------------------------------------

    @Message("【再送】サーバーアカウントの利用制限について・新しいご報告用リンクのご案内（{account}）")
    String noticeResentSubject(String account);

    @Message("このリンクは有効期限が切れています")
    String linkExpiredTitle();

    @Message("ご報告用のリンクは、お送りしてから{ttl}で有効期限が切れます。お手数をおかけいたしますが、"
            + "お送りしたメールにそのままご返信いただくか、サポート窓口までご連絡ください。"
            + "担当者より新しいリンクをお送りいたします。")
    String linkExpiredBody(String ttl);

    // --- mails: the report reminder ---------------------------------------------------------------------------------

    @Message("【ご確認のお願い】対策完了のご報告をお待ちしております（{account}）")
    String reportReminderSubject(String account);

    @Message("サーバーアカウント（{account}）の利用制限について、先日お送りしたご案内に対するご報告を、\nまだ確認できておりません。")
    String reminderIntroText(String account);

    @Message("サーバーアカウント（{account}）の利用制限について、先日お送りしたご案内に対するご報告を、まだ確認できておりません。")
    String reminderIntroHtml(String account);

    @Message("対応が完了しましたら、下記のページからご報告ください。ご報告の際に、次の項目の実施をご確認いただきます。")
    String reminderCheck();

    @Message("本メールと行き違いでご報告いただいている場合は、ご容赦ください。何卒よろしくお願い申し上げます。")
    String reminderCrossed();

    // --- report page: the form of a later report round ---------------------------------------------------------------

    @Message("ご報告の後も監視期間は続きます。状況はこのページでご確認いただけます。")
    String afterSendingAgain();

    // --- the customer's words: the cause, the root cause, the signature (issue 16) ----------------------------------

    /** The incident's cause ({@code incident/model/Cause}) as the customer reads it, first under 「検知した内容」. */
    @Message("{#when cause}"
            + "{#is 'MASS_MAIL'}お客様のサーバーアカウントから、迷惑メールと思われるメールが大量に送信されていました。"
            + "{#is 'CMS_BRUTE_FORCE'}CMS（WordPress など）の管理画面に対して、パスワードを総当たりで試す不正なログインの試みが繰り返し行われていました。"
            + "{#is 'MALWARE'}サーバー上に、第三者が設置したと思われる不正なプログラム（マルウェア）が見つかりました。"
            + "{#is 'FTP_CREDENTIAL_LEAK'}漏えいしたと思われる FTP のアカウント情報を使って、第三者がサーバーにログインしていました。"
            + "{#else}サーバーアカウントにおいて、不審なアクセスや動作が確認されました。{/when}")
    String causeDetected(String cause);

    /** The operator's evidence summary, after the cause in words. */
    @Message("検知の詳細：{summary}")
    String evidenceDetail(String summary);

    /** Why the account was restricted, fitting the cause: a vulnerability only where one is likely. */
    @Message("{#if cause == 'CMS_BRUTE_FORCE'}第三者に不正にログインされるおそれが高いと判断し、"
            + "被害の拡大を防ぐため、誠に勝手ながらサーバーアカウントの利用を下記のとおり制限いたしました。"
            + "{#else if cause == 'FTP_CREDENTIAL_LEAK'}第三者にログイン情報を悪用されている可能性が高いと判断し、"
            + "被害の拡大を防ぐため、誠に勝手ながらサーバーアカウントの利用を下記のとおり制限いたしました。"
            + "{#else}ご利用中のプログラムに、第三者によるコマンドの実行やファイルの設置を許してしまう重大な脆弱性がある可能性が高いと判断し、"
            + "被害の拡大を防ぐため、誠に勝手ながらサーバーアカウントの利用を下記のとおり制限いたしました。{/if}")
    String restrictionReason(String cause);

    @Message("考えられる原因")
    String rootCauseHeading();

    /** The root-cause paragraph of the restriction notice, one per cause. */
    @Message("{#when cause}"
            + "{#is 'MASS_MAIL'}このような大量送信の多くは、お問い合わせフォームなどの公開フォームが機械的に悪用されたもの、"
            + "または脆弱性のあるプログラム（CMS のプラグインやテーマなど）を悪用されて設置された不正なプログラムによるものです。"
            + "公開しているフォームへの reCAPTCHA の導入と、プログラムの更新、身に覚えのないファイルの削除をお願いいたします。"
            + "{#is 'CMS_BRUTE_FORCE'}海外から管理画面へのログインが繰り返し試みられており、推測されやすいパスワードのままでは"
            + "不正にログインされてしまうおそれがあります。管理画面と FTP のパスワードを、推測されにくい新しいものに変更してください。"
            + "使用していない管理者アカウントは削除をお願いいたします。"
            + "{#is 'MALWARE'}不正なプログラムの多くは、脆弱性のあるプログラム（CMS のプラグインやテーマなど）を悪用されて設置されます。"
            + "見つかったファイルを削除するだけでは再び設置されるおそれがあるため、プログラムを最新版に更新し、"
            + "改ざんされたファイルがないかもあわせてご確認ください。"
            + "{#is 'FTP_CREDENTIAL_LEAK'}FTP のアカウント情報は、ウイルスに感染したパソコンから盗まれたり、推測されやすいパスワードを"
            + "破られたりして漏えいすることが多くあります。FTP をご利用のパソコンのウイルス対策をご確認のうえ、"
            + "FTP と CMS 管理画面のパスワードを新しいものに変更してください。"
            + "{#else}不正利用の主な原因は、脆弱性のあるプログラム（CMS のプラグインやテーマなど）を悪用されて第三者にコマンドの実行やファイルの設置を許してしまうこと、"
            + "または FTP のアカウント情報の漏えいです。あわせて、管理画面のパスワードは推測されにくいものに変更してください。{/when}")
    String rootCause(String cause);

    /** The first line of the signature: 「サンプルホスティング株式会社 アビューズ対応窓口」. */
    @Message("{provider} {desk}")
    String signatureFrom(String provider, String desk);

    @Message("お電話：{phone}{#if hours}（受付時間：{hours}）{/if}")
    String signaturePhone(String phone, String hours);

    @Message("お問い合わせフォーム：{url}")
    String signatureForm(String url);

    @Message("受付時間：{hours}")
    String signatureHours(String hours);

    /** The rule above the signature in a plain-text mail. */
    @Message("────────────────────────────────")
    String signatureRule();

    /** Between the parts of a duration: 「1日6時間」. */
    @Message("")
    String durationSeparator();

    /** The desk's RESTRICT: an operator's decision, no recurrence measured, so the subject claims none. */
    @Message("【重要】サーバーアカウントの利用制限を強化しました（{account}）")
    String reRestrictedByDeskSubject(String account);

    /** A notice resent after the round's report: the report arrived, the link shows where the account stands. */
    @Message("■ ご報告の受付について\n{reportedAt}にお送りいただいたご報告は、受け付けております。\n現在の状況は、次のページでご確認いただけます。")
    String restrictionReportedText(String reportedAt);

    @Message("ご報告の受付について")
    String restrictionReportedHeading();

    @Message("{reportedAt}にお送りいただいたご報告は、受け付けております。現在の状況は、次のページでご確認いただけます。")
    String restrictionReportedHtml(String reportedAt);
}
