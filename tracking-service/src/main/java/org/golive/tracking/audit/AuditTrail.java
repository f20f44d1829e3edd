package org.golive.tracking.audit;

import org.golive.tracking.intake.ReadModelWrite;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.golive.tracking.intake.ReadModelWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Who changed what, when, in which request: one entry per event any service published about a rollout, kept from
 * the events' CloudEvents attributes (actor, request id, time). An entry's id is the event's id, so a redelivered
 * event is recorded once, and so is an event that travels in parts.
 *
 * <p>The trail is append-only and lives outside the read models' generations ({@value #COLLECTION}): the live
 * listeners record every event, and a rebuild leaves it as it is (an entry never changes once written, so replaying
 * it into each generation rewrote the same documents: two thirds of a rebuild's writes). Databases from before keep
 * their entries in the active generation's {@value #GENERATIONAL}, copied here once ({@link AuditTrailMove}).
 */
@Component
public class AuditTrail {

    public static final String COLLECTION = "audit_trail";
    /** Where the trail was kept while it was rebuilt with every generation. */
    static final String GENERATIONAL = "audit_entries";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    AuditTrail(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    /**
     * One audited change, as the PMO reads it.
     *
     * @param subject the rollout the change belongs to, or the program for program-wide changes (programs, waves)
     * @param traceId the W3C trace the change was part of: one request and everything the services did about it
     *                share it, so an operator can follow it in the logs and the tracing backend
     */
    public record Entry(String eventId, String subject, String type, String time, String actor, String requestId,
                        String traceId, String source, String sequence) {
    }

    public void record(ConsumerRecord<String, byte[]> record) {
        String id = header(record, "ce_id");
        if (id == null || record.key() == null) {
            return; // not an event: the dead-letter handling deals with it
        }
        String partOf = header(record, "ce_partof");
        if (partOf != null) {
            // A large event travels in parts with the event's own attributes: one entry, under the event's id.
            if (!"1".equals(header(record, "ce_partindex"))) {
                return;
            }
            id = partOf;
        }
        // Inserted once: a redelivered event's entry exists, and its duplicate key is passed over.
        writes.write(COLLECTION, List.of(ReadModelWrite.insertOnce(
                new Document("_id", id)
                        .append("subject", record.key())
                        .append("type", header(record, "ce_type"))
                        .append("time", header(record, "ce_time"))
                        .append("actor", header(record, "ce_actor"))
                        .append("requestId", header(record, "ce_requestid"))
                        .append("traceId", traceId(header(record, "ce_traceparent")))
                        .append("source", header(record, "ce_source"))
                        .append("sequence", header(record, "ce_sequence")))));
    }

    /** The changes to one rollout, or to one program as a whole: events are keyed by the one or the other. */
    List<Entry> of(String subject) {
        return mongo.find(query(where("subject").is(subject)).with(Sort.by("time")), Document.class, COLLECTION)
                .stream()
                .map(AuditTrail::entry)
                .toList();
    }

    static Entry entry(Document d) {
        return new Entry(d.getString("_id"), d.getString("subject"), d.getString("type"), d.getString("time"),
                d.getString("actor"), d.getString("requestId"), d.getString("traceId"), d.getString("source"),
                d.getString("sequence"));
    }

    /** The trace id of a W3C traceparent ({@code 00-<trace id>-<span id>-<flags>}), or null. */
    static String traceId(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 && parts[1].length() == 32 ? parts[1] : null;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
