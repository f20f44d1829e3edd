package org.golive.localstack;

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

/**
 * The local stack's mail server: GreenMail in this JVM, SMTP for stakeholder-service's communications and IMAP to read
 * every mailbox (any address; user and password are the address itself). Sandboxed: nothing leaves the machine. Its
 * mail is kept in memory only, so a restart starts with empty mailboxes.
 */
final class LocalMail implements AutoCloseable {

    private final ServerSetup[] setups;
    private volatile GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    /** A port of 0 is a free port the system picks (a stack in a test). */
    LocalMail(String host, int smtpPort, int imapPort) {
        this.smtpPort = smtpPort == 0 ? freePort() : smtpPort;
        this.imapPort = imapPort == 0 ? freePort() : imapPort;
        ServerSetup smtp = new ServerSetup(this.smtpPort, host, ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(this.imapPort, host, ServerSetup.PROTOCOL_IMAP);
        smtp.setServerStartupTimeout(20_000);
        imap.setServerStartupTimeout(20_000);
        setups = new ServerSetup[] {smtp, imap};
        greenMail = new GreenMail(setups);
        greenMail.start();
    }

    /** Stops the server, as an outage would (tests); the mailboxes go with it. */
    void stop() {
        greenMail.stop();
    }

    /** Starts a fresh server on the same ports after {@link #stop()}. */
    void restart() {
        greenMail = new GreenMail(setups);
        greenMail.start();
    }

    int smtpPort() {
        return smtpPort;
    }

    int imapPort() {
        return imapPort;
    }

    /** The text of every message delivered to {@code address}, oldest first. */
    List<String> textsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m).equalsIgnoreCase(address))
                .map(LocalMail::text).toList();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
