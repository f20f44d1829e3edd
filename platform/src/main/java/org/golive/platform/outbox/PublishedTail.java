package org.golive.platform.outbox;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.errors.TimeoutException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the committed end of some partitions of the service's topic and says which event ids are there (for the parts
 * of a large event, the event's id). The relay
 * asks before its first send with a new producer: only the lease holder writes the service's topic, so the last
 * committed records of a partition are the relay's own last output, and a bounded look back finds any event of the
 * batch whose commit went through although the relay never heard so.
 */
final class PublishedTail {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final String ID_HEADER = "ce_id";
    /** A part of a larger event names the event: its parts went out in one transaction, so one found means all. */
    private static final String PART_OF_HEADER = "ce_" + org.golive.contract.EventParts.PART_OF;

    private final Map<String, Object> consumerSettings;

    /** @param clientSettings the service's Kafka client settings (bootstrap servers, security) */
    PublishedTail(Map<String, Object> clientSettings) {
        Map<String, Object> settings = new HashMap<>();
        clientSettings.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key) && !key.equals(ConsumerConfig.CLIENT_ID_CONFIG)) {
                settings.put(key, value);
            }
        });
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned partitions, no group, nothing committed
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READ_TIMEOUT.toMillis());
        this.consumerSettings = settings;
    }

    /**
     * The ids of the events among the last {@code window} offsets of each partition. Aborted records and
     * transaction markers take offsets too; a window larger than needed only reads more.
     *
     * @throws TimeoutException when the partitions cannot be read to their end in time (the round then fails)
     */
    Set<String> eventIds(Map<TopicPartition, Integer> windows) {
        Set<String> ids = new HashSet<>();
        if (windows.isEmpty()) {
            return ids;
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerSettings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(windows.keySet());
            Map<TopicPartition, Long> ends = consumer.endOffsets(windows.keySet()); // the last stable offsets
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(windows.keySet());
            windows.forEach((partition, window) ->
                    consumer.seek(partition, Math.max(starts.get(partition), ends.get(partition) - window)));
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (!readToTheEnd(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new TimeoutException("Could not read the end of " + ends.keySet() + " in " + READ_TIMEOUT);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Header id = record.headers().lastHeader(PART_OF_HEADER);
                    id = id == null ? record.headers().lastHeader(ID_HEADER) : id;
                    if (id != null) {
                        ids.add(new String(id.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return ids;
    }

    private static boolean readToTheEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
