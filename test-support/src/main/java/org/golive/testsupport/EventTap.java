package org.golive.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.golive.contract.EventParts;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Reads topics the way an outside BI consumer would: its own consumer group, from the beginning, committed
 * transactions only, events in parts reassembled. Keeps every event it saw so a test can count them. A test class that taps a topic for all its
 * tests registers one as {@code @RegisterExtension static final EventTap tap = EventTap.onTestInfrastructure(…)}: it
 * is then closed after the class's last test.
 */
public final class EventTap implements AutoCloseable, AfterAllCallback {

    /** One record as seen on the wire: key, CloudEvents headers (without the ce_ prefix) and the JSON data. */
    public record WireEvent(String topic, int partition, long offset, String key, Map<String, String> attributes,
                            String data) {

        public String id() {
            return attributes.get("id");
        }

        public String type() {
            return attributes.get("type");
        }

        public String source() {
            return attributes.get("source");
        }

        public long sequence() {
            return Long.parseLong(attributes.get("sequence"));
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<WireEvent> seen = new CopyOnWriteArrayList<>();
    private final Map<String, TreeMap<Integer, ConsumerRecord<String, byte[]>>> inParts = new HashMap<>();
    private final Map<String, Integer> partCounts = new java.util.concurrent.ConcurrentHashMap<>();

    public EventTap(String bootstrapServers, Collection<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-tap-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
    }

    public static EventTap onTestInfrastructure(String... topics) {
        return new EventTap(TestInfrastructure.kafkaBootstrapServers(), List.of(topics));
    }

    /** Polls until an event matching {@code condition} has been seen, and returns it. */
    public WireEvent awaitEvent(Predicate<WireEvent> condition) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            poll();
            return seen.stream().filter(condition).findFirst();
        }, java.util.Optional::isPresent).orElseThrow();
    }

    /** Polls until at least {@code count} events match, and returns all that match. */
    public List<WireEvent> awaitEvents(Predicate<WireEvent> condition, int count) {
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            poll();
            return seen.stream().filter(condition).count() >= count;
        });
        return seen.stream().filter(condition).toList();
    }

    /** Reads what has arrived for a little while, for tests that check nothing more arrives. */
    public List<WireEvent> drain(Duration period) {
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < end) {
            poll();
        }
        return List.copyOf(seen);
    }

    public List<WireEvent> seen() {
        return List.copyOf(seen);
    }

    /** How many records the event {@code eventId} travelled in: its parts, or 1. */
    public int recordsOf(String eventId) {
        return partCounts.getOrDefault(eventId, 1);
    }

    private synchronized void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> attributes = new TreeMap<>();
            for (Header header : record.headers()) {
                if (header.key().startsWith("ce_")) {
                    attributes.put(header.key().substring(3), new String(header.value(), StandardCharsets.UTF_8));
                } else if (header.key().equals("content-type")) {
                    attributes.put("datacontenttype", new String(header.value(), StandardCharsets.UTF_8));
                }
            }
            if (attributes.containsKey(EventParts.PART_OF)) {
                reassemble(record, attributes);
                continue;
            }
            seen.add(new WireEvent(record.topic(), record.partition(), record.offset(), record.key(), attributes,
                    record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)));
        }
    }

    /**
     * A part of a large event, kept until its event is whole, which is then seen as one event (at the offset of its
     * first part), as the contract tells a BI consumer to read it. Parts that do not add up fail the test.
     */
    private void reassemble(ConsumerRecord<String, byte[]> record, Map<String, String> attributes) {
        String event = attributes.get("source") + "|" + attributes.get(EventParts.PART_OF);
        TreeMap<Integer, ConsumerRecord<String, byte[]>> parts = inParts.computeIfAbsent(event, e -> new TreeMap<>());
        parts.put(Integer.parseInt(attributes.get(EventParts.PART_INDEX)), record);
        if (parts.size() < Integer.parseInt(attributes.get(EventParts.PART_COUNT))) {
            return;
        }
        inParts.remove(event);
        partCounts.put(attributes.get(EventParts.PART_OF), parts.size());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        parts.values().forEach(part -> data.writeBytes(part.value()));
        if (!EventParts.digest(data.toByteArray()).equals(attributes.get(EventParts.PART_DIGEST))) {
            throw new AssertionError("The parts of event " + event + " do not match their digest");
        }
        Map<String, String> whole = new TreeMap<>(attributes);
        whole.keySet().removeAll(List.of(EventParts.PART_OF, EventParts.PART_INDEX, EventParts.PART_COUNT,
                EventParts.PART_DIGEST));
        whole.put("id", attributes.get(EventParts.PART_OF));
        whole.put("datacontenttype", "application/json");
        ConsumerRecord<String, byte[]> first = parts.firstEntry().getValue();
        seen.add(new WireEvent(first.topic(), first.partition(), first.offset(), first.key(), whole,
                data.toString(StandardCharsets.UTF_8)));
    }

    @Override
    public synchronized void close() {
        consumer.close(Duration.ofSeconds(2));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Every event that does not satisfy its type's JSON Schema, with the reasons. */
    public static List<String> schemaViolations(Collection<WireEvent> events) {
        List<String> problems = new ArrayList<>();
        for (WireEvent event : events) {
            EventSchemaValidator.violations(event.type(), event.data())
                    .forEach(v -> problems.add(event.type() + " " + event.id() + ": " + v));
        }
        return problems;
    }
}
