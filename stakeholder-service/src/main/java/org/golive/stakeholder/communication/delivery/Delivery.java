package org.golive.stakeholder.communication.delivery;

import org.golive.stakeholder.communication.audience.Addressee;
import org.golive.stakeholder.register.Level;
import org.golive.stakeholder.register.RoleGroup;

import java.time.Instant;

/** A communication's delivery to one recipient, and their acknowledgement. Part of {@link Communication}. */
public class Delivery {

    private String recipientKey;
    private String stakeholderId;
    private String name;
    private String email;
    private RoleGroup roleGroup;
    private Level influence;
    private DeliveryState state;
    private FailureReason failure;
    private int attempts;
    private Instant nextAttemptAt;
    /** Who holds the SENDING claim, and since when: a claim nobody recorded the outcome of marks a cut-off send. */
    private String claim;
    private Instant claimedAt;
    private String lastError;
    private Instant deliveredAt;
    private Instant acknowledgedAt;

    Delivery() {
    }

    static Delivery to(Addressee addressee, Instant now) {
        Delivery delivery = new Delivery();
        delivery.recipientKey = addressee.key();
        delivery.stakeholderId = addressee.stakeholderId();
        delivery.name = addressee.name();
        delivery.email = addressee.email();
        delivery.roleGroup = addressee.roleGroup();
        delivery.influence = addressee.influence();
        delivery.state = DeliveryState.PENDING;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    boolean due(Instant now) {
        return state == DeliveryState.PENDING && !nextAttemptAt.isAfter(now);
    }

    void claim(String claimId, Instant now) {
        state = DeliveryState.SENDING;
        claim = claimId;
        claimedAt = now;
        attempts++;
    }

    boolean heldBy(String claimId) {
        return state == DeliveryState.SENDING && claimId.equals(claim);
    }

    void delivered(Instant now) {
        state = DeliveryState.DELIVERED;
        deliveredAt = now;
        claim = null;
        lastError = null;
    }

    void retryAt(Instant at, String error) {
        state = DeliveryState.PENDING;
        nextAttemptAt = at;
        claim = null;
        lastError = error;
    }

    void failed(FailureReason reason, String error) {
        state = DeliveryState.FAILED;
        failure = reason;
        claim = null;
        lastError = error;
    }

    void acknowledged(Instant now) {
        acknowledgedAt = now;
    }

    /** Put back in line by a person who accepts that a cut-off send may reach the recipient twice. */
    void resend(Instant now) {
        state = DeliveryState.PENDING;
        failure = null;
        nextAttemptAt = now;
    }

    public String recipientKey() {
        return recipientKey;
    }

    public String stakeholderId() {
        return stakeholderId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public RoleGroup roleGroup() {
        return roleGroup;
    }

    public Level influence() {
        return influence;
    }

    public DeliveryState state() {
        return state;
    }

    public FailureReason failure() {
        return failure;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
