package org.golive.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events this service received but may not apply on its own word, kept with the raw record (headers and bytes as
 * they arrived) so an admin can see what the producer sent and decide. One entry per record (topic, partition,
 * offset): a parked record delivered again is parked once. An event in parts that cannot be reassembled is parked
 * once per event, without its data (see {@link #parkParts}).
 */
public class ParkedDeliveries {

    static final String COLLECTION = "parked_events";

    private final MongoTemplate mongo;

    public ParkedDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One parked event as an admin reads it; {@code data} is the event's JSON as received. */
    public record Parked(String id, String reason, String detail, Instant parkedAt, String topic, int partition,
                         long offset, String key, String eventId, String type, String source, long sequence,
                         String knownEventId, Map<String, String> headers, String data) {
    }

    /** @return true if parked now, false if this record was parked before */
    public boolean park(ConsumerRecord<String, byte[]> record, IncomingEvent event, SourceLedger.Admission admission,
                        String detail, Instant now) {
        Document headers = new Document();
        for (Header header : record.headers()) {
            headers.append(header.key(), header.value() == null ? null : new Binary(header.value()));
        }
        Document entry = new Document("_id", record.topic() + "-" + record.partition() + "@" + record.offset())
                .append("reason", admission.verdict().name())
                .append("detail", detail)
                .append("parkedAt", Date.from(now))
                .append("topic", record.topic())
                .append("partition", record.partition())
                .append("offset", record.offset())
                .append("key", record.key())
                .append("eventId", event.id())
                .append("type", event.type())
                .append("source", event.source())
                .append("sequence", event.sequence())
                .append("knownEventId", admission.knownEventId())
                .append("headers", headers)
                .append("value", record.value() == null ? null : new Binary(record.value()));
        try {
            mongo.insert(entry, COLLECTION);
            return true;
        } catch (DuplicateKeyException parkedBefore) {
            return false;
        }
    }

    /**
     * An event in parts that cannot be reassembled: parts missing after the wait, or parts that disagree. What arrived
     * of it is named in {@code detail}; the records themselves stay on the topic, from {@code offset} on.
     *
     * @param reason {@code INCOMPLETE} or {@code GARBLED}
     * @return true if parked now, false if this event was parked before
     */
    public boolean parkParts(String reason, String detail, Instant now, String topic, int partition, long offset,
                             String key, String eventId, String type, String source, long sequence) {
        Document entry = new Document("_id", "parts:" + source + "|" + eventId)
                .append("reason", reason)
                .append("detail", detail)
                .append("parkedAt", Date.from(now))
                .append("topic", topic)
                .append("partition", partition)
                .append("offset", offset)
                .append("key", key)
                .append("eventId", eventId)
                .append("type", type)
                .append("source", source)
                .append("sequence", sequence);
        try {
            mongo.insert(entry, COLLECTION);
            return true;
        } catch (DuplicateKeyException parkedBefore) {
            return false;
        }
    }

    /** The parked events, oldest first. */
    public List<Parked> list() {
        return mongo.find(new Query().with(Sort.by("parkedAt")), Document.class, COLLECTION).stream()
                .map(ParkedDeliveries::parked).toList();
    }

    private static Parked parked(Document d) {
        Document headers = d.get("headers", Document.class);
        Binary value = d.get("value", Binary.class);
        return new Parked(d.getString("_id"), d.getString("reason"), d.getString("detail"),
                d.getDate("parkedAt").toInstant(), d.getString("topic"), d.getInteger("partition"),
                d.get("offset", Number.class).longValue(), d.getString("key"), d.getString("eventId"),
                d.getString("type"), d.getString("source"), d.get("sequence", Number.class).longValue(),
                d.getString("knownEventId"), text(headers),
                value == null ? null : new String(value.getData(), StandardCharsets.UTF_8));
    }

    /** The CloudEvents attributes and trace headers are text; shown as such. */
    private static Map<String, String> text(Document headers) {
        Map<String, String> text = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> text.put(name, value instanceof Binary binary
                    ? new String(binary.getData(), StandardCharsets.UTF_8) : null));
        }
        return text;
    }
}
