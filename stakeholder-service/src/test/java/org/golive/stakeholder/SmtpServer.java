package org.golive.stakeholder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server in the test JVM (GreenMail) on a fixed port, so that it can be stopped and started again. */
final class SmtpServer {

    /** A delivered message, decoded. */
    record Mail(String to, String subject, String messageId, String text) {
    }

    private final int port;
    private GreenMail greenMail;

    private SmtpServer(int port) {
        this.port = port;
    }

    static SmtpServer start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SmtpServer server = new SmtpServer(port);
        server.restart();
        return server;
    }

    int port() {
        return port;
    }

    synchronized void stop() {
        greenMail.stop();
    }

    /** Up again on the same port: what it received before is gone, as with a mail server that was replaced. */
    synchronized void restart() {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(20_000); // two shared cores: the default 2 s is too short under load
        greenMail = new GreenMail(setup);
        greenMail.start();
    }

    synchronized List<Mail> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).map(SmtpServer::mail)
                .filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    private static Mail mail(MimeMessage message) {
        try {
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    message.getMessageID(), message.getContent().toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
