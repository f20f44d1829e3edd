package org.golive.tracking.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How old the events a live listener takes are at each stage of their way, from the moment their producer raised
 * them (the CloudEvent's {@code time}, set in the write that raised the event): {@code published} when the producer's
 * outbox relay handed the record to Kafka (the record's create time), {@code received} when the listener's poll began,
 * {@code written} once the poll's read-model writes were made, {@code applied} once the rollouts it touched were
 * judged and the portfolio written (what a reader sees from then on). One histogram ({@code golive_tracking_event_age_seconds},
 * tags {@code topic} and {@code stage}), so operations alert on the applied age's 99th percentile and see which stage
 * a growing lag sits in. Clocks of other hosts skew the ages by their difference.
 */
final class EventAges {

    private static final String TIME_HEADER = "ce_time";

    private final MeterRegistry registry;
    private final Clock clock;
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

    EventAges(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    enum Stage {
        PUBLISHED, RECEIVED, WRITTEN, APPLIED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The poll's raising times (epoch millis; -1 when a record has none), read once when the poll arrives. */
    long[] raised(List<ConsumerRecord<String, byte[]>> records) {
        long[] raised = new long[records.size()];
        long now = clock.millis();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            raised[i] = raisedAt(record);
            if (raised[i] >= 0) {
                if (record.timestampType() == TimestampType.CREATE_TIME) {
                    record(record.topic(), Stage.PUBLISHED, record.timestamp() - raised[i]);
                }
                record(record.topic(), Stage.RECEIVED, now - raised[i]);
            }
        }
        return raised;
    }

    /** Records the age now of the first {@code count} records of the poll. */
    void reached(Stage stage, List<ConsumerRecord<String, byte[]>> records, long[] raised, int count) {
        long now = clock.millis();
        for (int i = 0; i < count; i++) {
            if (raised[i] >= 0) {
                record(records.get(i).topic(), stage, now - raised[i]);
            }
        }
    }

    private void record(String topic, Stage stage, long millis) {
        timers.computeIfAbsent(topic + "/" + stage.tag(), key -> Timer.builder("golive.tracking.event.age")
                        .description("How old an event is at each stage, from the write that raised it: published"
                                + " (to Kafka), received (by the listener), written (its read-model writes),"
                                + " applied (judged, in the portfolio)")
                        .tag("topic", topic)
                        .tag("stage", stage.tag())
                        .publishPercentileHistogram()
                        .serviceLevelObjectives(Duration.ofMillis(200), Duration.ofSeconds(1))
                        .minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofMinutes(10))
                        .register(registry))
                .record(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    private static long raisedAt(ConsumerRecord<String, byte[]> record) {
        Header time = record.headers().lastHeader(TIME_HEADER);
        if (time == null || time.value() == null) {
            return -1;
        }
        try {
            return OffsetDateTime.parse(new String(time.value(), StandardCharsets.UTF_8)).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return -1; // not ours to refuse: the intake judges the record
        }
    }
}
