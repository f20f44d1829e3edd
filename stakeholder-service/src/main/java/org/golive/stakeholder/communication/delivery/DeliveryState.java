package org.golive.stakeholder.communication.delivery;

/**
 * Where a communication stands for one recipient. PENDING → SENDING (claimed by one sender, stored before the SMTP
 * conversation) → DELIVERED, or back to PENDING when the server was certainly not given the message, or FAILED.
 */
public enum DeliveryState {
    PENDING,
    SENDING,
    DELIVERED,
    FAILED
}
