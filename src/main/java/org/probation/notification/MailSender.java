package org.probation.notification;

import jakarta.enterprise.context.ApplicationScoped;

import org.probation.notification.persistence.NotificationEntity;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** Sends an outbox mail through SMTP, with the notification's stable Message-ID. */
@ApplicationScoped
public class MailSender {

    private final Mailer mailer;

    MailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    public void send(NotificationEntity notification) {
        Mail mail = Mail.withText(notification.recipient, notification.subject, notification.bodyText)
                .setHtml(notification.bodyHtml)
                .addHeader("Message-ID", notification.messageId())
                .addHeader("X-Probation-Notification", notification.kind.name());
        mailer.send(mail);
    }
}
