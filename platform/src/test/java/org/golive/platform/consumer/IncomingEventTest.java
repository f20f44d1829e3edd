package org.golive.platform.consumer;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.golive.contract.Topics;
import org.golive.contract.planning.ProgramCreated;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a consumer accepts as an event: a CloudEvent in Kafka's binary mode, with its sequence and its data. */
class IncomingEventTest {

    private static final ProgramCreated DATA =
            new ProgramCreated("p-1", "Northwind EHR", null, null, null, Instant.parse("2026-11-25T09:30:00Z"));

    @Test
    void aBinaryModeCloudEventParsesWithItsIdTypeSourceSequenceAndData() {
        CloudEvent sent = TestEvents.event(DATA, "/planning/programs/p-1", 7, "p-1");
        Headers headers = new RecordHeaders();
        byte[] value = serializer().serialize(Topics.PLANNING, headers, sent);

        IncomingEvent event = IncomingEvent.from(record(headers, value));

        assertThat(event.id()).isEqualTo(sent.getId());
        assertThat(event.type()).isEqualTo(ProgramCreated.TYPE);
        assertThat(event.source()).isEqualTo("/planning/programs/p-1");
        assertThat(event.sequence()).isEqualTo(7L);
        assertThat(event.key()).isEqualTo("p-1");
        assertThat(new String(event.data(), StandardCharsets.UTF_8)).isEqualTo(new String(value, StandardCharsets.UTF_8))
                .contains("\"programId\":\"p-1\"");
    }

    @Test
    void binaryModeHeadersWrittenByAnotherProducerParseToo() {
        // The records below break these headers one way at a time; untouched, they are a proper event.
        IncomingEvent event = IncomingEvent.from(record(binaryHeaders("7"), json()));

        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.sequence()).isEqualTo(7L);
        assertThat(event.data()).isEqualTo(json());
    }

    @Test
    void aRecordWithoutCloudEventsHeadersIsMalformed() {
        byte[] json = "{\"programId\":\"p-1\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> IncomingEvent.from(record(new RecordHeaders(), json)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aRecordLackingARequiredAttributeIsMalformed() {
        Headers headers = binaryHeaders("7");
        headers.remove("ce_id");

        assertThatThrownBy(() -> IncomingEvent.from(record(headers, json())))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anEventWithANonNumericSequenceIsMalformed() {
        assertThatThrownBy(() -> IncomingEvent.from(record(binaryHeaders("seven"), json())))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("seven");
    }

    @Test
    void anEventWithoutASequenceIsMalformed() {
        Headers headers = binaryHeaders("7");
        headers.remove("ce_sequence");

        assertThatThrownBy(() -> IncomingEvent.from(record(headers, json())))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anEventWithoutDataIsMalformed() {
        assertThatThrownBy(() -> IncomingEvent.from(record(binaryHeaders("7"), null)))
                .isInstanceOf(MalformedEventException.class);
    }

    /** The headers a producer writes in binary mode, with {@code sequence} as given. */
    private static Headers binaryHeaders(String sequence) {
        Headers headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0",
                        "ce_id", "e-1",
                        "ce_source", "/planning/programs/p-1",
                        "ce_type", ProgramCreated.TYPE,
                        "ce_sequence", sequence,
                        "content-type", "application/json")
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    private static byte[] json() {
        return "{\"programId\":\"p-1\",\"name\":\"Northwind EHR\",\"createdAt\":\"2026-11-25T09:30:00Z\"}"
                .getBytes(StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<String, byte[]> record(Headers headers, byte[] value) {
        return new ConsumerRecord<>(Topics.PLANNING, 0, 42L, 0L, TimestampType.CREATE_TIME, 0,
                value == null ? 0 : value.length, "p-1", value, headers, Optional.empty());
    }

    private static CloudEventSerializer serializer() {
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(), false);
        return serializer;
    }
}
