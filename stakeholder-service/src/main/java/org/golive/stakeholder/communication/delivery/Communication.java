package org.golive.stakeholder.communication.delivery;

import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.golive.platform.problem.ConflictException;
import org.golive.platform.problem.NotFoundException;
import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.communication.audience.Addressee;
import org.golive.stakeholder.communication.audience.Scope;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message to the people its audience resolved to when it was sent, with its delivery to each of them. Every change
 * of a delivery is stored (version-checked) before anything is done about it, so that two senders never both send to
 * one recipient, and a send cut off by a crash is seen as such (see {@link #unconfirmed}).
 */
@Document("communications")
public class Communication extends Aggregate {

    @Id
    private String id;
    private String rolloutId;
    private String programId;
    private Kind kind;
    private Purpose purpose;
    private String subject;
    private String body;
    private Instant acknowledgementDeadline;
    private String planId;
    private String entryId;
    private String rule;
    private String causeEventId;
    private String causeEventType;
    private String relatesTo;
    private String sentBy;
    private Instant sentAt;
    private List<Delivery> deliveries = new ArrayList<>();
    /** Some delivery is PENDING or SENDING: what the sender looks for. */
    private boolean open;
    /** The acknowledgement follow-up: a reminder went out; the deadline passed and was dealt with. */
    private boolean reminded;
    private boolean followedUp;

    Communication() {
    }

    /** Issues the communication to its recipients; one without an address fails at once, the others wait to be sent. */
    public static Changed<Communication> issue(CommunicationDraft draft, List<Addressee> recipients, Instant now) {
        draft.checkIssuable(recipients, now);
        Communication c = new Communication();
        c.id = draft.id();
        c.rolloutId = draft.scope().rolloutId();
        c.programId = draft.scope().programId();
        c.kind = draft.kind();
        c.purpose = draft.purpose();
        c.subject = draft.subject();
        c.body = draft.body();
        c.acknowledgementDeadline = draft.acknowledgementDeadline();
        c.planId = draft.planId();
        c.entryId = draft.entryId();
        c.rule = draft.rule();
        c.causeEventId = draft.causeEventId();
        c.causeEventType = draft.causeEventType();
        c.relatesTo = draft.relatesTo();
        c.sentBy = draft.sentBy();
        c.sentAt = now;
        List<RaisedEvent> events = new ArrayList<>();
        events.add(CommunicationEvents.sent(c, recipients, now));
        for (Addressee recipient : recipients) {
            Delivery delivery = Delivery.to(recipient, now);
            c.deliveries.add(delivery);
            if (recipient.email() == null) {
                delivery.failed(FailureReason.NO_ADDRESS, "The register has no e-mail address for " + recipient.name());
                events.add(CommunicationEvents.failed(c, delivery, now));
            }
        }
        return c.changed(events.toArray(RaisedEvent[]::new));
    }

    /** Claims the next delivery that is due for {@code claimId}; the claim must be stored before the send. */
    public Optional<Delivery> claimNext(String claimId, Instant now) {
        Optional<Delivery> due = deliveries.stream().filter(d -> d.due(now)).findFirst();
        due.ifPresent(d -> d.claim(claimId, now));
        return due;
    }

    public Changed<Communication> delivered(String recipientKey, String claimId, String messageId, Instant now) {
        Delivery d = held(recipientKey, claimId);
        d.delivered(now);
        return changed(CommunicationEvents.delivered(this, d, messageId, now));
    }

    /** The server certainly did not take the message: try again at {@code at}, or give up after the last attempt. */
    public Changed<Communication> notSent(String recipientKey, String claimId, String error, Instant at,
                                          boolean lastAttempt, Instant now) {
        Delivery d = held(recipientKey, claimId);
        if (lastAttempt) {
            d.failed(FailureReason.GAVE_UP, error);
            return changed(CommunicationEvents.failed(this, d, now));
        }
        d.retryAt(at, error);
        return changed();
    }

    public Changed<Communication> failed(String recipientKey, String claimId, FailureReason reason, String error,
                                         Instant now) {
        Delivery d = held(recipientKey, claimId);
        d.failed(reason, error);
        return changed(CommunicationEvents.failed(this, d, now));
    }

    /**
     * Sends whose claim is older than {@code claimedBefore} and never recorded were cut off (the sender crashed or
     * lost the database) somewhere between the claim and the record: the message may or may not have gone out.
     * They are not sent again on their own; a person decides ({@link #resend}).
     */
    public Changed<Communication> unconfirmed(Instant claimedBefore, Instant now) {
        List<RaisedEvent> events = new ArrayList<>();
        for (Delivery d : deliveries) {
            if (d.state() == DeliveryState.SENDING && d.claimedAt().isBefore(claimedBefore)) {
                d.failed(FailureReason.UNCONFIRMED, "The send was cut off before its outcome was recorded; it may"
                        + " have gone out. Resend only if the recipient did not get it.");
                events.add(CommunicationEvents.failed(this, d, now));
            }
        }
        return changed(events.toArray(RaisedEvent[]::new));
    }

    /** A person puts a failed delivery back in line, accepting that an unconfirmed one may arrive twice. */
    public Changed<Communication> resend(String recipientKey, Instant now) {
        Delivery d = delivery(recipientKey);
        if (d.state() != DeliveryState.FAILED || d.failure() == FailureReason.NO_ADDRESS) {
            throw new ConflictException("Only a failed delivery with an address can be sent again (this one is "
                    + d.state() + ")");
        }
        d.resend(now);
        return changed();
    }

    /**
     * @throws ConflictException when the recipient acknowledged already: a link works once
     */
    public Changed<Communication> acknowledge(String recipientKey, Instant now) {
        Delivery d = delivery(recipientKey);
        if (d.isAcknowledged()) {
            throw new ConflictException("This communication was acknowledged already, at " + d.acknowledgedAt()
                    + ": the link works once");
        }
        d.acknowledged(now);
        boolean inTime = acknowledgementDeadline == null || !now.isAfter(acknowledgementDeadline);
        return changed(CommunicationEvents.acknowledged(this, d, inTime, now));
    }

    public Changed<Communication> reminded() {
        reminded = true;
        return Changed.silently(this);
    }

    /** The deadline passed with nobody of high influence silent: nothing to escalate. */
    public Changed<Communication> followedUp() {
        followedUp = true;
        return Changed.silently(this);
    }

    /**
     * The deadline passed with high-influence stakeholders silent, and {@code escalationId} told {@code to}. Raises
     * {@code acknowledgement.escalated} only the first time: an instance that lost the race to another (its write
     * refused, the communication reloaded) finds it followed up and changes nothing.
     */
    public Changed<Communication> escalated(String escalationId, List<String> silentStakeholderIds, List<String> to,
                                            Instant now) {
        if (followedUp) {
            return Changed.silently(this);
        }
        followedUp = true;
        return Changed.of(this, CommunicationEvents.escalated(this, escalationId, silentStakeholderIds, to, now));
    }

    /** Delivered, not acknowledged: whom the follow-up is about. */
    public List<Delivery> silent() {
        return deliveries.stream().filter(d -> d.state() == DeliveryState.DELIVERED && !d.isAcknowledged()).toList();
    }

    public Delivery delivery(String recipientKey) {
        return deliveries.stream().filter(d -> d.recipientKey().equals(recipientKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("Recipient", recipientKey));
    }

    private Delivery held(String recipientKey, String claimId) {
        Delivery d = delivery(recipientKey);
        if (!d.heldBy(claimId)) {
            throw new ConflictException("The delivery to " + recipientKey + " is no longer claimed by " + claimId);
        }
        return d;
    }

    /** Every change ends here, so {@link #open} always says whether a delivery still waits or is in flight. */
    private Changed<Communication> changed(RaisedEvent... events) {
        open = deliveries.stream().anyMatch(d -> d.state() == DeliveryState.PENDING
                || d.state() == DeliveryState.SENDING);
        return Changed.of(this, events);
    }

    public Scope scope() {
        return new Scope(rolloutId, programId);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/stakeholder/communications/" + id;
    }

    public Kind kind() {
        return kind;
    }

    public Purpose purpose() {
        return purpose;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant acknowledgementDeadline() {
        return acknowledgementDeadline;
    }

    public String planId() {
        return planId;
    }

    public String entryId() {
        return entryId;
    }

    public String rule() {
        return rule;
    }

    public String causeEventId() {
        return causeEventId;
    }

    public String causeEventType() {
        return causeEventType;
    }

    public String relatesTo() {
        return relatesTo;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public boolean isOpen() {
        return open;
    }

    public boolean wasReminded() {
        return reminded;
    }

    public boolean isFollowedUp() {
        return followedUp;
    }
}
