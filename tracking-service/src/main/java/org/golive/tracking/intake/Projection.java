package org.golive.tracking.intake;

/**
 * A read model fed by the events tracking consumes. Several read models react to the same event type (a go-live
 * move changes the portfolio, the status and the health), but a topic has one listener in the consumer group: each
 * read model says what it handles and the listener calls them all, in their {@code @Order}.
 */
public interface Projection {

    void subscribe(Subscriptions subscriptions);
}
