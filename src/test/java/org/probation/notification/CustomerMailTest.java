package org.probation.notification;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.probation.report.ReportLinkSigner;
import org.probation.support.Fixtures;
import org.probation.support.MailAndWebhookResource;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.support.Fixtures.act;
import static org.probation.support.Fixtures.newAccountId;
import static org.probation.support.Fixtures.openWith;
import static org.probation.support.Fixtures.report;

/** Every customer mail, through a real SMTP server, in both languages. */
@QuarkusTest
class CustomerMailTest {

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    ReportLinkSigner signer;

    @Test
    void theRestrictionNoticeSaysWhatWasSeenWhatIsRestrictedAndWhatToDoInJapanese() throws Exception {
        String account = newAccountId();
        String id = open(account, "ja");

        MimeMessage mail = single(account);
        assertThat(mail.getSubject()).isEqualTo("【重要】大量のメール送信の検知およびサーバーアカウントの利用制限について（" + account + "）");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email(account));
        assertThat(mail.getHeader("Message-ID")[0]).matches("<notification-\\d+@probation>");
        String text = part(mail, "text/plain");
        assertThat(text).contains("山田 太郎 様", "12,400 mails via sendmail", "blog-a.example",
                "日本以外からのウェブサイトへのアクセスは「403 Forbidden」となります。日本国内からのアクセスはこれまでどおりご利用いただけます。",
                "海外宛てのメール送信を停止しています。", "1 時間あたり 50 通",
                "1. お問い合わせフォームなど、公開しているすべてのフォームに reCAPTCHA を導入しました",
                "4. 改ざんされたファイルや、設置した覚えのないファイルがないことを確認しました",
                // The cause in words, and the root cause of a mass mailing (issue 16: it fits the cause).
                "迷惑メールと思われるメールが大量に送信されていました", "公開しているフォームへの reCAPTCHA の導入",
                "3日から7日");
        assertThat(text).doesNotContain("FTP と CMS 管理画面のパスワードを");
        Matcher link = Pattern.compile("http://localhost:8080/report/([A-Za-z0-9_-]+)")
                .matcher(text);
        assertThat(link.find()).as("the mail carries a report link").isTrue();
        assertThat(signer.verify(link.group(1)).incidentId()).hasToString(id);
        assertThat(text).doesNotContain("/report/" + id);
        assertThat(part(mail, "text/html")).contains("<li>blog-a.example</li>", "<ol>",
                "<a href=\"http://localhost:8080/report/" + link.group(1) + "\">");
        assertThat(mail.getContentType()).startsWith("multipart/");
    }

    @Test
    void anEnglishAccountGetsEnglishMails() throws Exception {
        String account = newAccountId();
        open(account, "en");

        MimeMessage mail = single(account);
        assertThat(mail.getSubject())
                .isEqualTo("Important: mass mailing detected and your server account restricted (" + account + ")");
        assertThat(part(mail, "text/plain")).contains("Dear 山田 太郎,",
                "Web access from outside Japan returns HTTP 403 Forbidden. Access from Japan is unaffected.",
                "1. Introduced reCAPTCHA on every public form", "a public form (a contact form, for example) abused by a bot",
                "3 days to 7 days");
    }

    @Test
    void eachStepOfTheLifecycleIsMailed() throws Exception {
        String account = newAccountId();
        String id = open(account, "ja");
        report(id, Fixtures.EMAIL_REPLY_REPORT).statusCode(200);
        act(id, "{ \"action\": \"STEP_DOWN\", \"reason\": \"metrics clean\" }").statusCode(200);
        act(id, "{ \"action\": \"RESTRICT\", \"reason\": \"spam seen again by the MTA\" }").statusCode(200);
        act(id, "{ \"action\": \"LIFT\", \"reason\": \"fixed\" }").statusCode(200);
        act(id, "{ \"action\": \"NOTE\", \"reason\": \"closed\" }").statusCode(200);
        dispatcher.dispatch();

        List<String> subjects = subjects(account);
        assertThat(subjects).containsExactly(
                "【重要】大量のメール送信の検知およびサーバーアカウントの利用制限について（" + account + "）",
                "【受付】対策完了のご報告を受け付けました（" + account + "）",
                "【お知らせ】サーバーアカウントの利用制限を一部緩和しました（" + account + "）",
                "【重要】サーバーアカウントの利用制限を強化しました（" + account + "）",
                "【解除】サーバーアカウントの利用制限を解除しました（" + account + "）");
        MimeMessage relaxed = messages(account).get(2);
        assertThat(part(relaxed, "text/plain")).contains("CMS のログイン画面・管理画面", "/wp-login.php");
        MimeMessage reRestricted = messages(account).get(3);
        // The operator's reason is for the timeline: the customer reads that the desk restricted again after review.
        assertThat(part(reRestricted, "text/plain")).contains("当窓口にて状況を確認いたしました結果")
                .doesNotContain("spam seen again by the MTA");
        assertThat(part(messages(account).get(4), "text/plain")).contains("今後も次の対策を継続");
    }

    @Test
    void aCancelledFalsePositiveGetsAnApologyNotAdvice() throws Exception {
        String account = newAccountId();
        String id = open(account, "en");
        act(id, "{ \"action\": \"CANCEL\", \"reason\": \"newsletter\" }").statusCode(200);
        dispatcher.dispatch();

        MimeMessage lifted = messages(account).get(1);
        assertThat(part(lifted, "text/plain")).contains("found no abuse").doesNotContain("keep these measures");
    }

    @Test
    void aMailIsWrittenOncePerEventEvenWhenDispatchedAgain() throws Exception {
        String account = newAccountId();
        open(account, "ja");
        dispatcher.dispatch();
        dispatcher.dispatch();
        assertThat(messages(account)).hasSize(1);
    }

    static String email(String account) {
        return "owner+" + account.toLowerCase() + "@example.jp";
    }

    static String open(String account, String locale) {
        return openWith(Fixtures.incidentBody(account, "MASS_MAIL", null)
                .replace("owner@example.jp", email(account)).replace("\"locale\": \"ja\"", "\"locale\": \"" + locale + "\""))
                .statusCode(201).extract().path("id");
    }

    MimeMessage single(String account) throws Exception {
        dispatcher.dispatch();
        List<MimeMessage> messages = messages(account);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    static List<MimeMessage> messages(String account) throws Exception {
        return Arrays.stream(MailAndWebhookResource.smtp().getReceivedMessages())
                .filter(m -> recipient(m).equals(email(account))).toList();
    }

    static List<String> subjects(String account) throws Exception {
        return messages(account).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of the first part of the given type, however deep it is nested. */
    static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
