package org.golive.platform.consumer;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.golive.contract.EventParts;
import org.golive.contract.Topics;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The headers' own reader ({@link EventAttributes#binaryMode}) against the CloudEvents SDK's on the records our
 * producers write and on records broken one way at a time: whenever it reads a record, the SDK reads the same
 * attributes from it; whenever the SDK refuses one, it does not read it (the SDK does, and refuses it).
 */
class EventAttributesTest {

    private static final byte[] DATA = "{\"rolloutId\":\"r-1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theRecordsOurProducersWriteAreReadWithoutTheSdkAndAsTheSdkReadsThem() {
        for (String time : List.of("2026-11-25T09:30:00Z", "2026-11-25T09:30:00.123456789Z", "2024-02-29T23:59:59.5Z",
                "2026-12-31T00:00:00Z")) {
            ConsumerRecord<String, byte[]> record = record(serialized(event(OffsetDateTime.parse(time)).build()));

            EventAttributes fast = EventAttributes.binaryMode(record);

            assertThat(fast).as(time).isNotNull();
            assertSame(fast, EventAttributes.bySdk(record));
            assertThat(fast.sequence()).isEqualTo("7");
            assertThat(fast.source()).isEqualTo("/planning/rollouts/r-1");
            assertThat(fast.data()).isEqualTo(DATA);
        }
    }

    @Test
    void aPartIsReadWithItsExtensions() {
        ConsumerRecord<String, byte[]> record = record(serialized(event(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType(EventParts.PART_CONTENT_TYPE).withExtension(EventParts.PART_OF, "e-1")
                .withExtension(EventParts.PART_INDEX, 2).withExtension(EventParts.PART_COUNT, 3)
                .withExtension(EventParts.PART_DIGEST, "sha-256:ab").build()));

        EventAttributes fast = EventAttributes.binaryMode(record);

        assertThat(fast).isNotNull();
        assertSame(fast, EventAttributes.bySdk(record));
        assertThat(List.of(fast.partOf(), fast.partIndex(), fast.partCount(), fast.partDigest()))
                .containsExactly("e-1", "2", "3", "sha-256:ab");
    }

    @Test
    void aRecordBrokenOrUnusualInAnyOneWayIsReadAsTheSdkReadsItOrRefusedAsTheSdkRefusesIt() {
        Map<String, Consumer<Headers>> changes = new LinkedHashMap<>();
        for (String name : List.of("ce_id", "ce_source", "ce_type", "ce_specversion", "ce_sequence", "ce_time",
                "ce_dataschema", "content-type")) {
            changes.put("without " + name, headers -> headers.remove(name));
            changes.put(name + " null", headers -> replace(headers, name, null));
            changes.put(name + " empty", headers -> replace(headers, name, ""));
            changes.put(name.toUpperCase() + " instead", headers -> {
                String value = text(headers.lastHeader(name));
                headers.remove(name);
                if (value != null) {
                    headers.add(name.toUpperCase(), value.getBytes(StandardCharsets.UTF_8));
                }
            });
        }
        for (String source : List.of("/a b", "//", "//host/x", ":x", "a:b", "urn:golive:x", "https://golive.test/x",
                "/a/b?c=d", "/a/%20b", "/a/%zz", "relative/path", "/a:b/@c/-._~!$&'()*+,;=", "/ä", "/a#b", "/a[b]")) {
            changes.put("source " + source, headers -> replace(headers, "ce_source", source));
        }
        for (String time : List.of("2026-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
                "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-11-25T24:00:00Z", "2026-11-25T23:60:00Z",
                "2026-11-25T23:59:60Z", "2026-11-25T09:30:00.1234567890Z", "2026-11-25T09:30:00.Z",
                "2026-11-25T09:30:00+01:00", "2026-11-25T09:30Z", "2026-11-25 09:30:00Z", "2026-11-25T09:30:00z",
                "+12026-11-25T09:30:00Z", "0000-01-01T00:00:00Z", "2026-1-25T09:30:00Z", "yesterday")) {
            changes.put("time " + time, headers -> replace(headers, "ce_time", time));
        }
        for (String schema : List.of("not a uri", "https://golive.test/schemas/x.json", "x:", "")) {
            changes.put("dataschema " + schema, headers -> replace(headers, "ce_dataschema", schema));
        }
        for (String version : List.of("0.3", "2.0", "1.0 ", "")) {
            changes.put("specversion " + version, headers -> replace(headers, "ce_specversion", version));
        }
        for (String contentType : List.of("application/cloudevents+json", "application/cloudevents", "text/plain")) {
            changes.put("content-type " + contentType, headers -> replace(headers, "content-type", contentType));
        }
        for (String extension : List.of("ce_ok1", "ce_Mixed", "ce_under_score", "ce_dash-ed", "ce_ünicode",
                "ce_averyveryverylongextensionnamepastthespecstwenty", "ce_", "CE_actor", "ce_subject",
                "ce_datacontenttype", "ce_sequence")) {
            changes.put("header " + extension, headers -> headers.add(extension, "v".getBytes(StandardCharsets.UTF_8)));
        }
        changes.put("a bad source then a good one", headers -> {
            headers.remove("ce_source");
            headers.add("ce_source", "/a b".getBytes(StandardCharsets.UTF_8));
            headers.add("ce_source", "/planning/x".getBytes(StandardCharsets.UTF_8));
        });
        changes.put("a bad time then a good one", headers -> {
            headers.remove("ce_time");
            headers.add("ce_time", "yesterday".getBytes(StandardCharsets.UTF_8));
            headers.add("ce_time", "2026-11-25T09:30:00Z".getBytes(StandardCharsets.UTF_8));
        });
        changes.put("a null extension", headers -> headers.add("ce_actor2", null));

        List<String> readFast = new ArrayList<>();
        changes.forEach((change, apply) -> {
            Headers headers = new RecordHeaders();
            for (Header header : serialized(event(OffsetDateTime.parse("2026-11-25T09:30:00Z")).build()).headers()) {
                headers.add(header.key(), header.value());
            }
            apply.accept(headers);
            for (byte[] value : new byte[][] {DATA, new byte[0], null}) {
                ConsumerRecord<String, byte[]> record = record(new Serialized(headers, value));
                EventAttributes fast = EventAttributes.binaryMode(record);
                EventAttributes sdk;
                try {
                    sdk = EventAttributes.bySdk(record);
                } catch (MalformedEventException refused) {
                    assertThat(fast).as("read, though the SDK refuses it: " + change).isNull();
                    assertThatThrownBy(() -> EventAttributes.of(record)).isInstanceOf(MalformedEventException.class);
                    continue;
                }
                if (fast != null) {
                    readFast.add(change);
                    assertSame(fast, sdk);
                }
                assertSame(EventAttributes.of(record), sdk);
            }
        });
        // The comparison is only worth something if the fast path took many of the variants, valid ones too.
        assertThat(readFast).contains("time 2024-02-29T00:00:00Z", "header ce_ok1", "source /a:b/@c/-._~!$&'()*+,;=",
                "dataschema https://golive.test/schemas/x.json", "without ce_time", "content-type text/plain");
    }

    private static void assertSame(EventAttributes read, EventAttributes expected) {
        assertThat(read).usingRecursiveComparison().isEqualTo(expected);
    }

    private static CloudEventBuilder event(OffsetDateTime time) {
        return CloudEventBuilder.v1().withId("e-1").withSource(URI.create("/planning/rollouts/r-1"))
                .withType("golive.planning.rollout.created.v1").withTime(time).withSubject("r-1")
                .withDataContentType("application/json")
                .withDataSchema(URI.create("https://golive.test/schemas/planning/rollout-created.v1.json"))
                .withExtension("sequence", 7L).withExtension("actor", "pm-1").withExtension("requestid", "q-1")
                .withExtension("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .withData(DATA);
    }

    private record Serialized(Headers headers, byte[] value) {
    }

    private static Serialized serialized(CloudEvent event) {
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(), false);
        Headers headers = new RecordHeaders();
        byte[] value = serializer.serialize(Topics.PLANNING, headers, event);
        return new Serialized(headers, value);
    }

    private static void replace(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<String, byte[]> record(Serialized serialized) {
        byte[] value = serialized.value();
        return new ConsumerRecord<>(Topics.PLANNING, 0, 42L, 0L, TimestampType.CREATE_TIME, 0,
                value == null ? 0 : value.length, "r-1", value, serialized.headers(), Optional.empty());
    }
}
