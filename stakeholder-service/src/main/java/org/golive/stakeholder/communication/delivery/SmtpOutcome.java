package org.golive.stakeholder.communication.delivery;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.net.UnknownHostException;

/**
 * What a failed send means for the recipient. SMTP has no idempotency: only where the server certainly did not take
 * the message may it be sent again without risking a second copy.
 */
enum SmtpOutcome {
    /** The server never took it (unreachable, refused the login, or answered 4xx "try later"): retry with back-off. */
    NOT_SENT,
    /** The address is invalid or the server refused the recipient for good (5xx): a person has to fix the address. */
    REFUSED,
    /** The conversation broke off after the message may have been handed over: never sent again on its own. */
    UNCERTAIN;

    static SmtpOutcome of(Exception failure) {
        if (failure instanceof MailParseException || failure instanceof MailAuthenticationException) {
            return failure instanceof MailParseException ? REFUSED : NOT_SENT;
        }
        Throwable cause = failure;
        if (failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            cause = send.getFailedMessages().values().iterator().next();
        }
        for (Throwable t = cause; t != null; t = next(t)) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t.getClass().getSimpleName().equals("MailConnectException")) {
                return NOT_SENT;
            }
            if (t instanceof AddressException) {
                return REFUSED;
            }
            if (t instanceof SMTPAddressFailedException address) {
                return address.getReturnCode() >= 500 ? REFUSED : NOT_SENT;
            }
            if (t instanceof SMTPSendFailedException refused) {
                return refused.getReturnCode() >= 500 ? REFUSED : NOT_SENT;
            }
            if (t instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return REFUSED;
            }
        }
        return UNCERTAIN;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof jakarta.mail.MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != t) {
            return messaging.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
