package org.golive.stakeholder.communication.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.net.SocketException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpOutcomeTest {

    private static MailSendException failed(Exception cause) {
        return new MailSendException("Failed messages", cause, Map.of(new Object(), cause));
    }

    @Test
    void anUnreachableServerNeverTookTheMessage() {
        MessagingException connect = new MailConnectException(
                new org.eclipse.angus.mail.util.SocketConnectException("refused", new ConnectException("refused"),
                        "localhost", 3025, 5000));

        assertThat(SmtpOutcome.of(new MailSendException("Mail server connection failed", connect, Map.of()))).isEqualTo(
                SmtpOutcome.NOT_SENT);
        assertThat(SmtpOutcome.of(failed(connect))).isEqualTo(SmtpOutcome.NOT_SENT);
    }

    @Test
    void aTemporaryRefusalIsRetriedAndAPermanentOneIsNot() throws Exception {
        InternetAddress zoe = new InternetAddress("zoe@northwind.example");
        var temporary = new SMTPSendFailedException("DATA", 451, "451 try again later", null, null, null, null);
        var permanent = new SMTPAddressFailedException(zoe, "RCPT TO", 550, "550 no such mailbox");

        assertThat(SmtpOutcome.of(failed(temporary))).isEqualTo(SmtpOutcome.NOT_SENT);
        assertThat(SmtpOutcome.of(failed(new MessagingException("Invalid Addresses", permanent))))
                .isEqualTo(SmtpOutcome.REFUSED);
        assertThat(SmtpOutcome.of(new MailParseException("not an address"))).isEqualTo(SmtpOutcome.REFUSED);
    }

    @Test
    void aConnectionLostMidConversationMayHaveDeliveredAndIsNotRetried() {
        assertThat(SmtpOutcome.of(failed(new MessagingException("Exception reading response",
                new SocketException("Connection reset"))))).isEqualTo(SmtpOutcome.UNCERTAIN);
    }
}
