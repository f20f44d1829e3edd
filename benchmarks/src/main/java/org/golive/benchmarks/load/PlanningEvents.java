package org.golive.benchmarks.load;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.golive.contract.EventCatalog;
import org.golive.contract.EventParts;
import org.golive.contract.EventType;
import org.golive.contract.Topics;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends events on planning's topic as planning's relay does (CloudEvents in the Kafka binary binding, keyed by the
 * rollout, with the source's sequence), so tracking is loaded through its ordinary intake, not behind its back. An
 * event whose data is larger than the part size goes as its parts ({@link EventParts}: the relay's
 * {@code golive.outbox.part-size}, 512 KB by default; a 2,000-task plan is two parts), one after the other with
 * the event's key, so tracking reassembles it as it does planning's.
 */
final class PlanningEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Planning's default {@code golive.outbox.part-size}. */
    static final int PLANNING_PART_BYTES = 512 * 1024;

    private final KafkaProducer<String, byte[]> producer;
    private final int partBytes;
    private long records;
    private long bytes;

    /** Whole events, whatever their size (one record each). */
    PlanningEvents(String bootstrapServers) {
        this(bootstrapServers, Integer.MAX_VALUE);
    }

    /** @param partBytes events with more data go as parts of at most this many bytes */
    PlanningEvents(String bootstrapServers, int partBytes) {
        this.partBytes = partBytes;
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024, ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new ByteArraySerializer());
    }

    void send(String key, Record data, String source, long sequence) {
        EventType type = EventCatalog.of(data.getClass());
        byte[] json = JSON.writeValueAsBytes(data);
        String id = UUID.randomUUID().toString();
        bytes += json.length;
        if (json.length <= partBytes) {
            ProducerRecord<String, byte[]> record = record(key, json, id, type, source, sequence);
            header(record, "content-type", "application/json");
            send(record);
            return;
        }
        // As the relay's CloudEventRecords cuts an event: every attribute of the event, an id per part, the data's
        // digest, and the data cut between UTF-8 characters.
        List<byte[]> parts = EventParts.split(json, partBytes);
        String digest = EventParts.digest(json);
        for (int index = 1; index <= parts.size(); index++) {
            ProducerRecord<String, byte[]> record = record(key, parts.get(index - 1),
                    EventParts.partId(id, index), type, source, sequence);
            header(record, "ce_" + EventParts.PART_OF, id);
            header(record, "ce_" + EventParts.PART_INDEX, Integer.toString(index));
            header(record, "ce_" + EventParts.PART_COUNT, Integer.toString(parts.size()));
            header(record, "ce_" + EventParts.PART_DIGEST, digest);
            header(record, "content-type", EventParts.PART_CONTENT_TYPE);
            send(record);
        }
    }

    private static ProducerRecord<String, byte[]> record(String key, byte[] data, String id, EventType type,
                                                         String source, long sequence) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PLANNING, key, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_source", source);
        header(record, "ce_type", type.name());
        header(record, "ce_time", OffsetDateTime.now().toString());
        header(record, "ce_subject", key);
        header(record, "ce_dataschema", type.dataSchemaUri());
        header(record, "ce_sequence", Long.toString(sequence));
        return record;
    }

    private void send(ProducerRecord<String, byte[]> record) {
        records++;
        producer.send(record);
    }

    /** Waits until every record sent so far is acknowledged. */
    void flush() {
        producer.flush();
    }

    /** Records sent so far (an event in parts counts each part). */
    long records() {
        return records;
    }

    /** Bytes of event data (JSON) sent so far. */
    long bytes() {
        return bytes;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.flush();
        producer.close();
    }
}
