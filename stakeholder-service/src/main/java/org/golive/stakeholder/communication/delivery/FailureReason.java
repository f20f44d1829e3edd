package org.golive.stakeholder.communication.delivery;

/** Why a delivery failed for good (see {@code CommunicationFailed}). */
public enum FailureReason {
    NO_ADDRESS,
    REFUSED,
    UNCONFIRMED,
    GAVE_UP
}
