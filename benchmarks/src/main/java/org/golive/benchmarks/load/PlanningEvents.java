package org.golive.benchmarks.load;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.golive.contract.EventCatalog;
import org.golive.contract.EventType;
import org.golive.contract.Topics;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Sends events on planning's topic as planning's relay does (CloudEvents in the Kafka binary binding, keyed by the
 * rollout, with the source's sequence), so tracking is loaded through its ordinary intake, not behind its back.
 */
final class PlanningEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, byte[]> producer;

    PlanningEvents(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024, ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new ByteArraySerializer());
    }

    void send(String key, Record data, String source, long sequence) {
        EventType type = EventCatalog.of(data.getClass());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PLANNING, key,
                JSON.writeValueAsBytes(data));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_source", source);
        header(record, "ce_type", type.name());
        header(record, "ce_time", OffsetDateTime.now().toString());
        header(record, "ce_subject", key);
        header(record, "ce_dataschema", type.dataSchemaUri());
        header(record, "ce_sequence", Long.toString(sequence));
        header(record, "content-type", "application/json");
        producer.send(record);
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
