package org.golive.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.golive.contract.EventCatalog;
import org.golive.contract.EventParts;
import org.golive.contract.Topics;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.WaveCreated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventReplayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<RolloutCreated> applied = new ArrayList<>();
    private final EventReplay replay = new EventReplay(new EventHandlers.Builder(JSON, null)
            .on(RolloutCreated.class, (event, created) -> applied.add(created)).build());

    @Test
    void aWholeEventIsHandedToItsHandler() {
        assertThat(replay.apply(whole("r-1", rollout("r-1")))).isEqualTo(EventReplay.Outcome.APPLIED);
        assertThat(applied).extracting(RolloutCreated::rolloutId).containsExactly("r-1");
    }

    @Test
    void partsAreJoinedInMemoryWhateverTheirOrderAndRepeatsAndTheEventAppliedOnceWhole() {
        byte[] data = rollout("r-2 with a long site name ".repeat(20));
        List<byte[]> parts = EventParts.split(data, 200);
        assertThat(parts).hasSizeGreaterThan(2);
        String digest = EventParts.digest(data);
        List<EventReplay.Outcome> outcomes = new ArrayList<>();
        for (int index = parts.size(); index >= 2; index--) {
            outcomes.add(replay.apply(part("e-2", index, parts, digest)));
        }
        outcomes.add(replay.apply(part("e-2", 2, parts, digest)));
        assertThat(outcomes).containsOnly(EventReplay.Outcome.PART);
        assertThat(replay.incomplete()).isEqualTo(1);

        assertThat(replay.apply(part("e-2", 1, parts, digest))).isEqualTo(EventReplay.Outcome.APPLIED);
        assertThat(applied).singleElement().satisfies(created -> assertThat(created.siteName()).startsWith("Site"));
        assertThat(replay.incomplete()).isZero();
    }

    @Test
    void partsThatDoNotMakeTheirDigestAreNeverApplied() {
        byte[] data = rollout("r-3 ".repeat(80));
        List<byte[]> parts = EventParts.split(data, 200);
        String wrong = EventParts.digest("something else".getBytes(StandardCharsets.UTF_8));
        for (int index = 1; index <= parts.size(); index++) {
            assertThat(replay.apply(part("e-3", index, parts, wrong))).isEqualTo(EventReplay.Outcome.PART);
        }
        assertThat(applied).isEmpty();
    }

    @Test
    void whatTheLiveIntakeDeadLetteredOrDoesNotHandleIsPassedOver() {
        ConsumerRecord<String, byte[]> garbage = new ConsumerRecord<>(Topics.PLANNING, 0, 0, 0L,
                TimestampType.CREATE_TIME, 1, 3, "k", "{{{".getBytes(StandardCharsets.UTF_8), new RecordHeaders(),
                Optional.empty());
        assertThat(replay.apply(garbage)).isEqualTo(EventReplay.Outcome.SKIPPED);
        byte[] wave = JSON.writeValueAsBytes(new WaveCreated("w", "p", "Wave 1", 1, Instant.EPOCH));
        assertThat(replay.apply(record(WaveCreated.TYPE, "e-4", wave, Map.of())))
                .isEqualTo(EventReplay.Outcome.NOT_HANDLED);
        assertThat(replay.apply(record(RolloutCreated.TYPE, "e-5", "{\"goLiveDate\":\"soon\"}"
                .getBytes(StandardCharsets.UTF_8), Map.of()))).isEqualTo(EventReplay.Outcome.SKIPPED);
        assertThat(applied).isEmpty();
    }

    @Test
    void recordsReadAheadOnAnotherThreadAreAppliedInTheirOrderAsIfEachWereReadWhenApplied() throws Exception {
        byte[] data = rollout("r-6 ".repeat(80));
        List<byte[]> parts = EventParts.split(data, 200);
        String digest = EventParts.digest(data);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        records.add(whole("e-6", rollout("r-6")));
        for (int index = parts.size(); index >= 1; index--) {
            records.add(part("e-7", index, parts, digest));
        }
        records.add(record(RolloutCreated.TYPE, "e-8", "{\"goLiveDate\":\"soon\"}".getBytes(StandardCharsets.UTF_8),
                Map.of()));
        records.add(record(WaveCreated.TYPE, "e-9", JSON.writeValueAsBytes(
                new WaveCreated("w", "p", "Wave 1", 1, Instant.EPOCH)), Map.of()));
        records.add(whole("e-10", rollout("r-10")));
        ExecutorService reader = Executors.newSingleThreadExecutor();
        List<EventReplay.Read> reads;
        try {
            reads = reader.submit(() -> records.stream().map(replay::read).toList()).get();
        } finally {
            reader.shutdown();
        }
        assertThat(applied).as("reading applies nothing").isEmpty();

        List<EventReplay.Outcome> outcomes = reads.stream().map(replay::apply).toList();

        List<EventReplay.Outcome> expected = new ArrayList<>(List.of(EventReplay.Outcome.APPLIED));
        for (int part = 1; part < parts.size(); part++) {
            expected.add(EventReplay.Outcome.PART);
        }
        expected.addAll(List.of(EventReplay.Outcome.APPLIED, EventReplay.Outcome.SKIPPED,
                EventReplay.Outcome.NOT_HANDLED, EventReplay.Outcome.APPLIED));
        assertThat(outcomes).containsExactlyElementsOf(expected);
        assertThat(applied).extracting(RolloutCreated::rolloutId).containsExactly("r-6", "r-6 ".repeat(80), "r-10");
    }

    @Test
    void aHandlerFailingForAnotherReasonThanTheDataFailsWhenApplied() {
        EventReplay failing = new EventReplay(new EventHandlers.Builder(JSON, null)
                .on(RolloutCreated.class, (event, created) -> {
                    throw new IllegalStateException("the database is away");
                }).build());
        EventReplay.Read read = failing.read(whole("e-11", rollout("r-11")));

        assertThatThrownBy(() -> failing.apply(read)).hasMessage("the database is away");
    }

    private static byte[] rollout(String rolloutId) {
        return JSON.writeValueAsBytes(new RolloutCreated(rolloutId, "p", "Program", "w", "Wave 1", "Site " + rolloutId,
                "HOSPITAL", LocalDate.of(2027, 1, 9), 200, 1500, null, List.of(), Instant.EPOCH));
    }

    private static ConsumerRecord<String, byte[]> whole(String id, byte[] data) {
        return record(RolloutCreated.TYPE, id, data, Map.of());
    }

    private static ConsumerRecord<String, byte[]> part(String eventId, int index, List<byte[]> parts, String digest) {
        return record(RolloutCreated.TYPE, EventParts.partId(eventId, index), parts.get(index - 1), Map.of(
                "ce_" + EventParts.PART_OF, eventId, "ce_" + EventParts.PART_INDEX, Integer.toString(index),
                "ce_" + EventParts.PART_COUNT, Integer.toString(parts.size()), "ce_" + EventParts.PART_DIGEST, digest));
    }

    private static ConsumerRecord<String, byte[]> record(String type, String id, byte[] data,
                                                         Map<String, String> extra) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/planning/rollouts/r", "ce_type", type,
                        "ce_sequence", "1", "content-type", "application/json")
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        extra.forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(EventCatalog.byName(type).orElseThrow().topic(), 0, 0, 0L,
                TimestampType.CREATE_TIME, 1, data.length, "r", data, headers, Optional.empty());
    }
}
