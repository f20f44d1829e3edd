package org.golive.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The relay's Kafka producers: the service's own producer settings (bootstrap servers, security) made idempotent and
 * transactional under one id per service, so a relay that lost its lease is fenced by the one that took it over.
 * Short timeouts let a round fail fast while Kafka is down; the relay retries.
 */
public final class OutboxProducers {

    private OutboxProducers() {
    }

    public static Supplier<Producer<String, CloudEvent>> transactional(Map<String, Object> producerSettings,
                                                                       String transactionalId) {
        return transactional(producerSettings, transactionalId, 64L * 1024 * 1024);
    }

    /**
     * @param largestEventBytes the largest event data the relay may send in one transaction (all its parts): the
     *                          producer buffers that much and more, so that the parts of one event never wait for
     *                          buffer space longer than the relay waits for a send
     */
    public static Supplier<Producer<String, CloudEvent>> transactional(Map<String, Object> producerSettings,
                                                                       String transactionalId,
                                                                       long largestEventBytes) {
        return () -> {
            Map<String, Object> config = new HashMap<>(producerSettings);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
            config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30_000);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            // A record holds an event of up to the part size (512 KB by default) or one part of a larger one, with its
            // headers: past Kafka's 1 MB default, so a part size raised up to the topic's limit still goes out.
            config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, OutboxAutoConfiguration.MAX_EVENT_BYTES);
            config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(32L * 1024 * 1024, largestEventBytes + 16L * 1024 * 1024));
            config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
            config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
            CloudEventSerializer values = new CloudEventSerializer();
            values.configure(Map.of(), false); // binary mode: attributes as ce_* headers, data as the record value
            return new KafkaProducer<>(config, new StringSerializer(), values);
        };
    }
}
