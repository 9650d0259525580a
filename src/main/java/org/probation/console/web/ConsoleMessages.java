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
}
