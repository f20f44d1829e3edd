package org.golive.stakeholder.communication.delivery;

import org.golive.platform.outbox.Changed;
import org.golive.stakeholder.communication.acknowledgement.AcknowledgementTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends what is due, one recipient at a time: claim (stored) → send → record (stored). Any number of instances may run
 * it: a claim is a version-checked write, so only one of them sends to a recipient. What happens when the process dies
 * between the send and the record is in the README (Communications, "Never twice").
 */
@Component
public class Sender {

    private static final Logger log = LoggerFactory.getLogger(Sender.class);

    private final Communications communications;
    private final Mailer mailer;
    private final AcknowledgementTokens tokens;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration longestRetry;
    private final int maxAttempts;
    private final Duration claimTimeout;
    private final Duration acknowledgementGrace;

    Sender(Communications communications, Mailer mailer, AcknowledgementTokens tokens, Clock clock,
           @Value("${golive.communications.delivery.first-retry:5s}") Duration firstRetry,
           @Value("${golive.communications.delivery.longest-retry:15m}") Duration longestRetry,
           @Value("${golive.communications.delivery.max-attempts:100}") int maxAttempts,
           @Value("${golive.communications.delivery.claim-timeout:5m}") Duration claimTimeout,
           @Value("${golive.communications.acknowledgement.grace:7d}") Duration acknowledgementGrace) {
        this.communications = communications;
        this.mailer = mailer;
        this.tokens = tokens;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.longestRetry = longestRetry;
        this.maxAttempts = maxAttempts;
        this.claimTimeout = claimTimeout;
        this.acknowledgementGrace = acknowledgementGrace;
    }

    /** One instance's round; several instances run it at once (tests call it from several threads). */
    @Scheduled(fixedDelayString = "${golive.communications.delivery.poll-interval:2s}")
    public void sendDue() {
        for (Communication open : communications.open()) {
            try {
                communications.change(open.id(), c -> c.unconfirmed(clock.instant().minus(claimTimeout), clock.instant()));
                while (sendNext(open.id())) {
                    // one recipient per round trip: each claim and each record is its own write
                }
            } catch (RuntimeException e) {
                log.warn("Sending communication {} stopped; the next round goes on", open.id(), e);
            }
        }
    }

    /** @return false when nothing more is due here now (or another instance holds it) */
    boolean sendNext(String communicationId) {
        Communication communication = communications.get(communicationId);
        String claimId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Optional<Delivery> claimed = communication.claimNext(claimId, now);
        if (claimed.isEmpty()) {
            return false;
        }
        Delivery delivery = claimed.get();
        // The token is stored before the claim: a token whose send never happened is simply never used.
        String token = acknowledgementAsked(communication) ? tokens.issue(acknowledged(communication),
                delivery.recipientKey(), communication.acknowledgementDeadline().plus(acknowledgementGrace)) : null;
        try {
            communications.update(communication, Changed.silently(communication));
        } catch (OptimisticLockingFailureException e) {
            return false; // another sender claimed first, or an acknowledgement came in: the next round sees it
        }
        String key = delivery.recipientKey();
        try {
            String messageId = mailer.send(communication, delivery, token);
            communications.recordOutcome(communicationId, c -> c.delivered(key, claimId, messageId, clock.instant()));
        } catch (MailException e) {
            record(communicationId, delivery, claimId, e);
        }
        return true;
    }

    private void record(String communicationId, Delivery delivery, String claimId, MailException e) {
        String key = delivery.recipientKey();
        String error = e.getMostSpecificCause().getMessage();
        switch (SmtpOutcome.of(e)) {
            case NOT_SENT -> {
                Instant at = clock.instant().plus(backOff(delivery.attempts()));
                boolean last = delivery.attempts() >= maxAttempts;
                log.info("Communication {} not sent to {} (attempt {}): {}; next try at {}", communicationId, key,
                        delivery.attempts(), error, last ? "never" : at);
                communications.recordOutcome(communicationId,
                        c -> c.notSent(key, claimId, error, at, last, clock.instant()));
            }
            case REFUSED -> communications.recordOutcome(communicationId,
                    c -> c.failed(key, claimId, FailureReason.REFUSED, error, clock.instant()));
            case UNCERTAIN -> communications.recordOutcome(communicationId,
                    c -> c.failed(key, claimId, FailureReason.UNCONFIRMED, error, clock.instant()));
        }
    }

    /** Doubling from the first retry up to the longest. */
    Duration backOff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }

    private static boolean acknowledgementAsked(Communication c) {
        return c.acknowledgementDeadline() != null && (c.kind() != Kind.REMINDER || c.relatesTo() != null);
    }

    /** A reminder's link acknowledges the communication it reminds of. */
    private static String acknowledged(Communication c) {
        return c.kind() == Kind.REMINDER ? c.relatesTo() : c.id();
    }
}
