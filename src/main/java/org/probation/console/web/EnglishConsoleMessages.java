package org.probation.console.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link ConsoleMessages} in English. */
@Localized("en")
public interface EnglishConsoleMessages extends ConsoleMessages {

    @Override
    @Message("Probation monitoring console")
    String productName();

    @Override
    @Message("Skip to content")
    String skipToContent();

    @Override
    @Message("Incidents")
    String incidents();

    @Override
    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Override
    @Message("read only")
    String viewerOnly();

    @Override
    @Message("Dev mode: shown as a demo operator without an identity provider. Production never does this.")
    String demoOperator();

    @Override
    @Message("Sign out")
    String signOut();

    @Override
    @Message("日本語")
    String otherLanguage();
}
