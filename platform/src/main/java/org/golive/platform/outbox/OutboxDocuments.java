package org.golive.platform.outbox;

import org.bson.Document;
import org.bson.types.Binary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The stored form of outbox entries: explicit field names, so the outbox is readable in any MongoDB shell. An entry
 * without a {@code state} (written before entries had one) is pending. Data over {@link #GZIP_ABOVE_CHARS} is stored
 * gzipped ({@code dataGzip}) instead of as text: the entry shares the aggregate's document, which MongoDB caps at
 * 16 MB, and the embedded server's cost per write grows with the document; a plan's JSON shrinks about tenfold.
 */
final class OutboxDocuments {

    static final String EVENT_ID = "eventId";
    static final String STATE = "state";
    static final String ATTEMPTS = "attempts";
    static final String LAST_ERROR = "lastError";
    static final String DATA = "data";
    static final String DATA_GZIP = "dataGzip";
    static final int GZIP_ABOVE_CHARS = 1024 * 1024;

    private OutboxDocuments() {
    }

    static Document toDocument(OutboxEvent event) {
        return toDocument(event, storedData(event.data()));
    }

    /** @param data what {@link #storedData(String)} made of the event's data */
    static Document toDocument(OutboxEvent event, Object data) {
        return new Document("eventId", event.id())
                .append("type", event.type())
                .append("topic", event.topic())
                .append("key", event.key())
                .append("source", event.source())
                .append("subject", event.subject())
                .append("sequence", event.sequence())
                .append("time", Date.from(event.time()))
                .append("dataSchema", event.dataSchema())
                .append(data instanceof Binary ? DATA_GZIP : DATA, data)
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
                data(document),
                document.getString("traceparent"),
                document.getString("actor"),
                document.getString("requestId"));
    }

    /** The data as stored: the text itself, or its gzip when it is large. */
    static Object storedData(String data) {
        if (data.length() <= GZIP_ABOVE_CHARS) {
            return data;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length() / 8);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 64 * 1024)) {
            gzip.write(data.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Binary(bytes.toByteArray());
    }

    /** Bytes {@code stored} takes in the document (about: text counts one byte a char). */
    static long storedBytes(Object stored) {
        return stored instanceof Binary binary ? binary.length() : ((String) stored).length();
    }

    private static String data(Document entry) {
        Binary gzipped = entry.get(DATA_GZIP, Binary.class);
        if (gzipped == null) {
            return entry.getString(DATA);
        }
        try (GZIPInputStream gzip = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.getData()))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The stored data of an outbox entry is no gzip", e);
        }
    }

    static List<OutboxEntry> entriesIn(Document aggregate) {
        List<Document> outbox = aggregate.getList(AggregateStore.OUTBOX_FIELD, Document.class, List.of());
        return outbox.stream().map(entry -> new OutboxEntry(fromDocument(entry),
                OutboxEntry.State.valueOf(entry.get(STATE, OutboxEntry.State.PENDING.name())),
                ((Number) entry.getOrDefault(ATTEMPTS, 0)).intValue(), entry.getString(LAST_ERROR))).toList();
    }
}
