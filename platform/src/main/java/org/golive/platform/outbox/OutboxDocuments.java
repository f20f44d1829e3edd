package org.golive.platform.outbox;

import org.bson.Document;

import java.util.Date;
import java.util.List;

/**
 * The stored form of outbox entries: explicit field names, so the outbox is readable in any MongoDB shell. An entry
 * without a {@code state} (written before entries had one) is pending.
 */
final class OutboxDocuments {

    static final String EVENT_ID = "eventId";
    static final String STATE = "state";
    static final String ATTEMPTS = "attempts";
    static final String LAST_ERROR = "lastError";

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
                .append("requestId", event.requestId())
                .append(STATE, OutboxEntry.State.PENDING.name());
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

    static List<OutboxEntry> entriesIn(Document aggregate) {
        List<Document> outbox = aggregate.getList(AggregateStore.OUTBOX_FIELD, Document.class, List.of());
        return outbox.stream().map(entry -> new OutboxEntry(fromDocument(entry),
                OutboxEntry.State.valueOf(entry.get(STATE, OutboxEntry.State.PENDING.name())),
                ((Number) entry.getOrDefault(ATTEMPTS, 0)).intValue(), entry.getString(LAST_ERROR))).toList();
    }
}
