package org.golive.platform.outbox;

import org.golive.contract.EventCatalog;
import org.golive.contract.EventType;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.UUID;

/** Turns a raised contract record into its wire form: id, type, topic, sequence and JSON data. */
public class OutboxEventFactory {

    private final JsonMapper json;
    private final Clock clock;

    public OutboxEventFactory(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    OutboxEvent create(RaisedEvent raised, String source, long sequence) {
        EventType type = EventCatalog.of(raised.data().getClass());
        return new OutboxEvent(
                UUID.randomUUID().toString(),
                type.name(),
                type.topic(),
                raised.key(),
                source,
                raised.key(),
                sequence,
                clock.instant(),
                type.dataSchemaUri(),
                json.writeValueAsString(raised.data()));
    }
}
