package org.golive.system.crash;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.golive.contract.EventParts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every committed event on the given topics, read from the beginning to the end as a BI consumer would: an event in
 * parts counts once, under its own id, with its data joined, once all its parts are read.
 */
final class PublishedEvents {

    record Event(String topic, String key, String id, String type, String source, long sequence, String data) {
    }

    private PublishedEvents() {
    }

    static List<Event> read(String bootstrapServers, Collection<String> topics) {
        List<Event> events = new ArrayList<>();
        Map<String, TreeMap<Integer, byte[]>> inParts = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // With read_committed, the end offsets are the last stable offsets: everything committed so far.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header partOf = record.headers().lastHeader("ce_" + EventParts.PART_OF);
                    if (partOf == null) {
                        events.add(event(record, header(record, "ce_id"), record.value()));
                        continue;
                    }
                    String eventId = new String(partOf.value(), StandardCharsets.UTF_8);
                    TreeMap<Integer, byte[]> parts = inParts.computeIfAbsent(eventId, id -> new TreeMap<>());
                    parts.put(Integer.parseInt(header(record, "ce_" + EventParts.PART_INDEX)), record.value());
                    if (parts.size() == Integer.parseInt(header(record, "ce_" + EventParts.PART_COUNT))) {
                        ByteArrayOutputStream whole = new ByteArrayOutputStream();
                        parts.values().forEach(whole::writeBytes);
                        events.add(event(record, eventId, whole.toByteArray()));
                        inParts.remove(eventId);
                    }
                }
            }
        }
        return events;
    }

    private static Event event(ConsumerRecord<?, ?> record, String id, byte[] data) {
        String key = record.key() == null ? null : new String((byte[]) record.key(), StandardCharsets.UTF_8);
        return new Event(record.topic(), key, id, header(record, "ce_type"), header(record, "ce_source"),
                Long.parseLong(header(record, "ce_sequence")),
                data == null ? null : new String(data, StandardCharsets.UTF_8));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new IllegalStateException("An event without " + name + " at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset());
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
