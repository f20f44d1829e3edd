package org.golive.platform.outbox;

/**
 * An event in its aggregate's outbox with where it stands. A published event leaves the outbox (the topic is its
 * record), so an entry is one of: waiting to be sent, failed on its own (it is sent again, and the later events of
 * its aggregate wait behind it), or parked after too many failures until an admin retries or drops it.
 */
record OutboxEntry(OutboxEvent event, State state, int attempts, String lastError) {

    enum State { PENDING, FAILED, PARKED }

    static OutboxEntry pending(OutboxEvent event) {
        return new OutboxEntry(event, State.PENDING, 0, null);
    }

    boolean parked() {
        return state == State.PARKED;
    }

    String id() {
        return event.id();
    }
}
