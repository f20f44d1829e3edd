package org.golive.platform.outbox;

/**
 * An event an aggregate raised, before it has its id and sequence: the contract record that is its data and the
 * Kafka key that keeps it in order with the other events of its rollout (or program).
 */
public record RaisedEvent(String key, Record data) {

    public static RaisedEvent of(String key, Record data) {
        return new RaisedEvent(key, data);
    }
}
