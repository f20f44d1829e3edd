package org.golive.platform.consumer;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.golive.contract.EventParts;
import org.golive.contract.Topics;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.WaveCreated;
import org.golive.platform.Sample;
import org.golive.platform.outbox.AggregateStore;
import org.golive.testsupport.EventSchemaValidator;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * An event larger than the part size goes from the outbox to Kafka as parts of one transaction, and a consumer hands
 * it to its handler once, whole: also when it stops between two parts and starts again, when parts arrive twice, and
 * never waiting forever on parts that disagree or never come.
 */
@SpringBootTest(properties = {"spring.mongodb.database=platform-parts-test",
        "golive.outbox.transactional-id=platform-parts-test-outbox",
        "golive.consumer.part-timeout=2s"})
@Import(GoliveTestInfrastructure.class)
class EventPartsIT {

    private static final int PART_BYTES = 512 * 1024;
    private static final AtomicLong OFFSETS = new AtomicLong(1_000_000);

    @Autowired
    AggregateStore store;
    @Autowired
    EventIntake intake;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;

    private final List<ProgramCreated> applied = new ArrayList<>();
    private final List<String> appliedIds = new ArrayList<>();

    /** A service's listener: a fresh one stands for the consumer after a restart (its state is in MongoDB only). */
    private EventHandlers listener() {
        return intake.handlers()
                .on(ProgramCreated.class, (event, program) -> {
                    applied.add(program);
                    appliedIds.add(event.id());
                })
                .on(WaveCreated.class, (event, wave) -> appliedIds.add(event.id()))
                .build();
    }

    @Test
    void anEventOfTenMegabytesIsPublishedAsPartsAndHandledOnceWholeAcrossARestartAndARedelivery() {
        String name = text(10 * 1024 * 1024);
        Sample sample = Sample.create(name);
        store.insert(sample, sample.created());

        List<ConsumerRecord<String, byte[]>> parts = publishedRecordsOf(sample);

        int count = parts.size();
        assertThat(count).as("10 MB in parts of at most 512 KB").isBetween(20, 21);
        String eventId = header(parts.get(0), "ce_partof");
        for (int i = 0; i < count; i++) {
            ConsumerRecord<String, byte[]> part = parts.get(i);
            assertThat(header(part, "ce_partof")).isEqualTo(eventId);
            assertThat(header(part, "ce_partindex")).isEqualTo(String.valueOf(i + 1));
            assertThat(header(part, "ce_partcount")).isEqualTo(String.valueOf(count));
            assertThat(header(part, "ce_id")).isEqualTo(eventId + "." + (i + 1));
            assertThat(header(part, "ce_sequence")).isEqualTo("1");
            assertThat(header(part, "ce_type")).isEqualTo(ProgramCreated.TYPE);
            assertThat(part.key()).isEqualTo(sample.id());
            assertThat(part.value().length).isLessThanOrEqualTo(PART_BYTES);
            assertThat(part.partition()).isEqualTo(parts.get(0).partition());
            assertThat(EventSchemaValidator.partHeaderViolations(headers(part))).as("part %d", i + 1).isEmpty();
        }
        byte[] whole = concatenated(parts);
        assertThat(EventParts.digest(whole)).isEqualTo(header(parts.get(0), "ce_partdigest"));
        assertThat(json.readValue(whole, ProgramCreated.class).name()).isEqualTo(name);

        EventHandlers beforeTheStop = listener();
        parts.subList(0, 5).forEach(beforeTheStop::handle);
        assertThat(applied).as("nothing before the last part").isEmpty();
        EventHandlers afterTheRestart = listener();
        parts.subList(3, count).forEach(afterTheRestart::handle); // again from an earlier committed offset
        parts.forEach(afterTheRestart::handle); // and the whole event once more, as a replay would

        assertThat(applied).singleElement().satisfies(program -> assertThat(program.name()).isEqualTo(name));
        assertThat(appliedIds).containsExactly(eventId);
        assertThat(partsStored("/platform-test/samples/" + sample.id())).as("the parts are removed once applied")
                .isZero();
        assertThat(mongo.findById("/platform-test/samples/" + sample.id(), org.bson.Document.class,
                SourceLedger.COLLECTION)).containsEntry("sequence", 1L);
    }

    @Test
    void aConsumerStoppedBetweenPartsHandlesTheEventOnceWhenItStartsAgain() {
        CloudEvent wave = wave(1);
        List<ConsumerRecord<String, byte[]>> parts = parts(wave, 100);

        EventHandlers beforeTheStop = listener();
        parts.subList(0, 3).forEach(beforeTheStop::handle);
        assertThat(appliedIds).isEmpty();

        EventHandlers afterTheRestart = listener();
        parts.subList(2, parts.size()).forEach(afterTheRestart::handle); // again from the last committed offset

        assertThat(appliedIds).containsExactly(wave.getId());
        assertThat(partsStored(source)).isZero();
    }

    @Test
    void partsDeliveredAgainChangeNothingBeforeOrAfterTheEventWasHandled() {
        CloudEvent wave = wave(1);
        List<ConsumerRecord<String, byte[]>> parts = parts(wave, 100);
        List<ConsumerRecord<String, byte[]>> allButTheLast = parts.subList(0, parts.size() - 1);
        EventHandlers listener = listener();

        allButTheLast.forEach(listener::handle);
        allButTheLast.forEach(listener::handle); // a rebalance before the last part
        parts.forEach(listener::handle);
        parts.forEach(listener::handle); // a replay after it was handled
        listener.handle(parts.get(parts.size() - 1)); // the last part alone, its commit lost

        assertThat(appliedIds).containsExactly(wave.getId());
        assertThat(partsStored(source)).isZero();
        assertThat(parked()).isEmpty();
    }

    @Test
    void partsThatDisagreeAreParkedAtOnceAndTheConsumerGoesOn() {
        CloudEvent garbled = wave(1);
        List<ConsumerRecord<String, byte[]>> parts = parts(garbled, 100);
        ConsumerRecord<String, byte[]> forged = withHeader(parts.get(1), "ce_partdigest", EventParts.digest("other"));

        EventHandlers listener = listener();
        listener.handle(parts.get(0));
        listener.handle(forged);
        parts.subList(2, parts.size()).forEach(listener::handle);
        CloudEvent next = wave(2);
        parts(next, 1024).forEach(listener::handle);

        assertThat(parked()).singleElement().satisfies(parked -> {
            assertThat(parked.reason()).isEqualTo("GARBLED");
            assertThat(parked.eventId()).isEqualTo(garbled.getId());
            assertThat(parked.sequence()).isEqualTo(1);
            assertThat(parked.detail()).contains("disagrees");
        });
        assertThat(appliedIds).as("the next event of the source, not the garbled one").containsExactly(next.getId());
        // The parts after the forged one wait for companions that were removed, then go too.
        await().atMost(Duration.ofSeconds(30)).until(() -> partsStored(source) == 0);
        assertThat(parked()).hasSize(1);
    }

    @Test
    void partsThatStopArrivingAreParkedAfterTheWaitAndTheConsumerGoesOn() {
        CloudEvent incomplete = wave(1);
        List<ConsumerRecord<String, byte[]>> parts = parts(incomplete, 100);
        EventHandlers listener = listener();
        parts.subList(0, 2).forEach(listener::handle);

        ParkedDeliveries.Parked parked = await().atMost(Duration.ofSeconds(30))
                .until(() -> parked().stream().findFirst(), Optional::isPresent).orElseThrow();
        assertThat(parked.reason()).isEqualTo("INCOMPLETE");
        assertThat(parked.eventId()).isEqualTo(incomplete.getId());
        assertThat(parked.detail()).contains("part(s) 1, 2 of the " + parts.size() + " parts");
        assertThat(parked.offset()).isEqualTo(parts.get(0).offset());
        assertThat(partsStored(source)).isZero();

        CloudEvent next = wave(2);
        parts(next, 1024).forEach(listener::handle);
        assertThat(appliedIds).containsExactly(next.getId());
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private final String programId = UUID.randomUUID().toString();
    private final String source = "/planning/programs/" + programId;

    private CloudEvent wave(long sequence) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create(source))
                .withType(WaveCreated.TYPE)
                .withExtension("sequence", sequence)
                .withData(json.writeValueAsBytes(new WaveCreated(UUID.randomUUID().toString(), programId,
                        "Wave " + sequence + " " + "é".repeat(150), (int) sequence, Instant.now())))
                .build();
    }

    /** {@code event} as its producer would send it in parts of {@code partBytes}; one record when it is one part. */
    private List<ConsumerRecord<String, byte[]>> parts(CloudEvent event, int partBytes) {
        byte[] data = event.getData().toBytes();
        List<byte[]> slices = EventParts.split(data, partBytes);
        if (slices.size() == 1) {
            return List.of(record(event));
        }
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int index = 1; index <= slices.size(); index++) {
            records.add(record(CloudEventBuilder.v1(event)
                    .withId(EventParts.partId(event.getId(), index))
                    .withDataContentType(EventParts.PART_CONTENT_TYPE)
                    .withExtension(EventParts.PART_OF, event.getId())
                    .withExtension(EventParts.PART_INDEX, index)
                    .withExtension(EventParts.PART_COUNT, slices.size())
                    .withExtension(EventParts.PART_DIGEST, EventParts.digest(data))
                    .withData(slices.get(index - 1))
                    .build()));
        }
        return records;
    }

    private ConsumerRecord<String, byte[]> record(CloudEvent event) {
        ProducerRecord<String, byte[]> sent = KafkaMessageFactory.createWriter(Topics.PLANNING, 0, programId)
                .writeBinary(event);
        return new ConsumerRecord<>(Topics.PLANNING, 0, OFFSETS.incrementAndGet(), 0L, TimestampType.CREATE_TIME, -1,
                -1, sent.key(), sent.value(), sent.headers(), Optional.empty());
    }

    private static ConsumerRecord<String, byte[]> withHeader(ConsumerRecord<String, byte[]> record, String name,
                                                             String value) {
        ConsumerRecord<String, byte[]> changed = new ConsumerRecord<>(record.topic(), record.partition(),
                record.offset(), 0L, TimestampType.CREATE_TIME, -1, -1, record.key(), record.value(),
                new org.apache.kafka.common.header.internals.RecordHeaders(record.headers().toArray()),
                Optional.empty());
        changed.headers().remove(name);
        changed.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        return changed;
    }

    /** Every record the relay published for {@code sample}, read like a consumer of the topic, in offset order. */
    private static List<ConsumerRecord<String, byte[]>> publishedRecordsOf(Sample sample) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "parts-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.PLANNING));
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (sample.id().equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty() && found.size() == Integer.parseInt(header(found.get(0), "ce_partcount"));
            });
        }
        found.sort(Comparator.comparingLong(ConsumerRecord::offset));
        return found;
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
        return headers;
    }

    private static byte[] concatenated(List<ConsumerRecord<String, byte[]>> parts) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        parts.forEach(part -> whole.writeBytes(part.value()));
        return whole.toByteArray();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Hex digits: about half the size gzipped, as a large plan is (more than half would not fit a document). */
    private static String text(int length) {
        Random random = new Random(7);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = Character.forDigit(random.nextInt(16), 16);
        }
        return new String(chars);
    }

    private long partsStored(String source) {
        return mongo.count(query(where("source").is(source)), EventAssembly.COLLECTION);
    }

    private List<ParkedDeliveries.Parked> parked() {
        return new ParkedDeliveries(mongo).list().stream().filter(p -> source.equals(p.source())).toList();
    }
}
