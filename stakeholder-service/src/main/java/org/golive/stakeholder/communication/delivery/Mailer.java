package org.golive.stakeholder.communication.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Writes one communication to one recipient over SMTP, through Spring's mail support. */
@Component
class Mailer {

    private final JavaMailSenderImpl smtp;
    private final String from;
    private final String acknowledgementUrl;

    Mailer(JavaMailSenderImpl smtp, @Value("${golive.communications.from}") String from,
           @Value("${golive.communications.acknowledgement-url}") String acknowledgementUrl) {
        this.smtp = smtp;
        this.from = from;
        this.acknowledgementUrl = acknowledgementUrl.endsWith("/") ? acknowledgementUrl : acknowledgementUrl + "/";
    }

    /**
     * The Message-ID of a communication to a recipient: the same for every attempt, so that a mail client that sees
     * two copies of a cut-off send shows one (many do; SMTP itself promises nothing).
     */
    static String messageId(String communicationId, String recipientKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(recipientKey.getBytes(StandardCharsets.UTF_8));
            return "<" + communicationId + "." + HexFormat.of().formatHex(hash, 0, 12) + "@golive>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param token the acknowledgement link's token, or null when no acknowledgement is asked
     * @return the Message-ID sent
     * @throws MailException when the server did not take the message (see {@link SmtpOutcome})
     */
    String send(Communication communication, Delivery delivery, String token) {
        String messageId = messageId(communication.id(), delivery.recipientKey());
        MimeMessage message = new StableIdMessage(smtp.getSession(), messageId);
        try {
            message.setFrom(new InternetAddress(from));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(delivery.email(), true));
            message.setSubject(communication.subject(), "UTF-8");
            message.setText(text(communication, delivery, token), "UTF-8");
        } catch (MessagingException e) {
            throw new MailParseException("Cannot write to " + delivery.email() + ": " + e.getMessage(), e);
        }
        smtp.send(message);
        return messageId;
    }

    private String text(Communication communication, Delivery delivery, String token) {
        StringBuilder text = new StringBuilder("Dear ").append(delivery.name()).append(",\n\n")
                .append(communication.body()).append("\n");
        if (token != null) {
            text.append("\nPlease confirm that you have read this by ").append(communication.acknowledgementDeadline())
                    .append(":\n").append(acknowledgementUrl).append(token).append("\n")
                    .append("(The link works once, without signing in; do not forward it.)\n");
        }
        return text.toString();
    }

    /** JavaMail gives every saved message a new Message-ID; this one keeps ours. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
