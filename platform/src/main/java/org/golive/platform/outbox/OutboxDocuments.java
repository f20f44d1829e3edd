package org.golive.platform.outbox;

import org.bson.Document;

import java.util.Date;
import java.util.List;

/** The stored form of pending events: explicit field names, so the outbox is readable in any MongoDB shell. */
final class OutboxDocuments {

    private OutboxDocuments() {
    }

    static Document toDocument(OutboxEvent event) {
        return new Document("eventId", event.id())
                .append("type", event.type())
                .append("topic", event.topic())
                .append("key", event.key())
                .append("source", event.source())
                .append("subject", event.subject())
                .append("sequence", event.sequence())
                .append("time", Date.from(event.time()))
                .append("dataSchema", event.dataSchema())
                .append("data", event.data())
                .append("traceparent", event.traceparent())
                .append("actor", event.actor())
                .append("requestId", event.requestId());
    }

    static OutboxEvent fromDocument(Document document) {
        return new OutboxEvent(
                document.getString("eventId"),
                document.getString("type"),
                document.getString("topic"),
                document.getString("key"),
                document.getString("source"),
                document.getString("subject"),
                ((Number) document.get("sequence")).longValue(),
                document.getDate("time").toInstant(),
                document.getString("dataSchema"),
                document.getString("data"),
                document.getString("traceparent"),
                document.getString("actor"),
                document.getString("requestId"));
    }

    static List<OutboxEvent> pendingIn(Document aggregate) {
        List<Document> outbox = aggregate.getList(AggregateStore.OUTBOX_FIELD, Document.class, List.of());
        return outbox.stream().map(OutboxDocuments::fromDocument).toList();
    }
}
