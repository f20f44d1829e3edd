package org.golive.testsupport;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.golive.contract.EventCatalog;
import org.golive.contract.EventType;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Publishes events as another service would (CloudEvents, binary mode), so a consumer can be tested without its
 * producer: including the same event twice, and records that are not events at all.
 */
public final class TestEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, CloudEvent> events;
    private final KafkaProducer<String, byte[]> raw;
    private final String bootstrapServers;
    private KafkaProducer<String, CloudEvent> transactional;

    public TestEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(), false);
        events = new KafkaProducer<>(config, new StringSerializer(), serializer);
        raw = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    public static TestEvents onTestInfrastructure() {
        return new TestEvents(TestInfrastructure.kafkaBootstrapServers());
    }

    /** An event as it would travel, ready to be sent once or several times. */
    public static CloudEvent event(Record data, String source, long sequence, String subject) {
        EventType type = EventCatalog.of(data.getClass());
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create(source))
                .withType(type.name())
                .withTime(OffsetDateTime.now())
                .withSubject(subject)
                .withDataContentType("application/json")
                .withDataSchema(URI.create(type.dataSchemaUri()))
                .withExtension("sequence", sequence)
                .withData(JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8))
                .build();
    }

    public void send(String key, CloudEvent event) {
        send(key, event, Map.of());
    }

    /** With extra Kafka headers, such as the W3C {@code traceparent} a traced producer adds. */
    public void send(String key, CloudEvent event, Map<String, String> headers) {
        EventType type = EventCatalog.byName(event.getType()).orElseThrow();
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(type.topic(), key, event);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        await(events.send(record));
    }

    /**
     * Sent in a Kafka transaction, as every service's outbox relay publishes: the partition then ends with a commit
     * marker after the record.
     */
    public void sendCommitted(String key, CloudEvent event) {
        EventType type = EventCatalog.byName(event.getType()).orElseThrow();
        KafkaProducer<String, CloudEvent> producer = transactional();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(type.topic(), key, event));
        producer.commitTransaction();
    }

    private synchronized KafkaProducer<String, CloudEvent> transactional() {
        if (transactional == null) {
            CloudEventSerializer serializer = new CloudEventSerializer();
            serializer.configure(Map.of(), false);
            transactional = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-events-" + UUID.randomUUID()),
                    new StringSerializer(), serializer);
            transactional.initTransactions();
        }
        return transactional;
    }

    /** A record that is no CloudEvent: what a misbehaving producer might write. */
    public void sendGarbage(String topic, String key, byte[] value) {
        await(raw.send(new ProducerRecord<>(topic, key, value)));
    }

    private static void await(java.util.concurrent.Future<?> sent) {
        try {
            sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Sending failed", e.getCause());
        }
    }

    @Override
    public void close() {
        events.close();
        raw.close();
        if (transactional != null) {
            transactional.close();
        }
    }
}
