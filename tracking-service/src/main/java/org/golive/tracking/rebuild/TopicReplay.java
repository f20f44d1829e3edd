package org.golive.tracking.rebuild;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.golive.tracking.intake.ReadModelFold;
import org.golive.tracking.intake.ReplayFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Reads the topics tracking consumes from their first offset, outside the consumer group (assigned partitions, no
 * commits), so the live listeners' offsets are never touched; committed records only, as the live listeners read.
 */
final class TopicReplay implements AutoCloseable {

    /** How long the replay may go without reading anything before it gives up on reaching the end offsets. */
    private static final Duration STALLED = Duration.ofSeconds(60);
    /** As many as the live listener's error handler makes (golive.kafka.retry.attempts + 1). */
    private static final int ATTEMPTS = 4;
    private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);

    private final Consumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final ReplayFeed.Replay feed;
    private long replayed;
    private long skipped;
    /** Time spent waiting for and reading records, and applying them (decoding and folding), for the log. */
    private long pollNanos;
    private long applyNanos;
    /** The keys (rollouts, programs) of the records applied since {@link #noteKeys}; null when not noting them. */
    private Set<String> keys;

    @SuppressWarnings("unchecked")
    TopicReplay(ConsumerFactory<?, ?> factory, Collection<String> topics, ReplayFeed.Replay feed) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        // A replay reads whole topics: large fetches (a plan's event parts of up to 4 MB fit one partition's fetch).
        overrides.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        overrides.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 * 1024 * 1024));
        overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = (Consumer<String, byte[]>) factory.createConsumer("golive-tracking-rebuild",
                "tracking-rebuild", null, overrides);
        this.feed = feed;
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            (infos == null ? List.<PartitionInfo>of() : infos)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** The offsets the topics end at now (the last stable offsets: what a committed-only reader can reach). */
    Map<TopicPartition, Long> ends() {
        return consumer.endOffsets(partitions);
    }

    /** Records between the replay's position and {@code ends}. */
    long behind(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - consumer.position(e.getKey())))
                .sum();
    }

    /** Records from the first offsets to {@code ends}. */
    long size(Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
        return ends.entrySet().stream().mapToLong(e -> e.getValue() - begins.getOrDefault(e.getKey(), 0L)).sum();
    }

    /**
     * Replays every record up to {@code ends} into the generation the calling code builds.
     *
     * @param carryOn asked with the records replayed so far after each batch; false stops the replay
     * @return false if stopped
     */
    boolean replayTo(Map<TopicPartition, Long> ends, LongPredicate carryOn, BatchScope scope) {
        Instant lastRead = Instant.now();
        while (behind(ends) > 0) {
            long polling = System.nanoTime();
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
            long applying = System.nanoTime();
            pollNanos += applying - polling;
            if (records.isEmpty()) {
                if (Instant.now().isAfter(lastRead.plus(STALLED))) {
                    throw new IllegalStateException("The replay read nothing for " + STALLED + " with "
                            + behind(ends) + " records still before the end offsets");
                }
                continue;
            }
            lastRead = Instant.now();
            scope.run(() -> {
                for (ConsumerRecord<String, byte[]> record : records) {
                    apply(record);
                }
            });
            replayed += records.count();
            applyNanos += System.nanoTime() - applying;
            if (!carryOn.test(replayed)) {
                return false;
            }
        }
        scope.passDone();
        return true;
    }

    /**
     * Applies a record as the live listener's error handling would: tried again a few times, then passed over (the
     * live listener sent it to the dead-letter topic when it first came, and moved on).
     */
    private void apply(ConsumerRecord<String, byte[]> record) {
        if (keys != null && record.key() != null) {
            keys.add(record.key());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                feed.apply(record);
                return;
            } catch (ReadModelFold.Unfoldable defect) {
                throw defect;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    skipped++;
                    log.warn("Replay passes over {}-{}@{}, as the live listener dead-lettered it: {}", record.topic(),
                            record.partition(), record.offset(), e.toString());
                    return;
                }
            }
        }
    }

    /** From now on, notes the key (the rollout, or the program) of every record applied: {@link #notedKeys}. */
    void noteKeys() {
        keys = new HashSet<>();
    }

    /** The keys of the records applied since {@link #noteKeys}. */
    Set<String> notedKeys() {
        return keys == null ? Set.of() : Set.copyOf(keys);
    }

    /** Records passed over because every attempt failed. */
    long skipped() {
        return skipped;
    }

    long replayed() {
        return replayed;
    }

    /**
     * Where the replay's time went so far: reading records, and applying them (decoding and folding, with the flushes
     * of a fold over its bound; a pass's last flush is not in it).
     */
    String timeSpent() {
        return "reading " + pollNanos / 1_000_000 + " ms, applying " + applyNanos / 1_000_000 + " ms";
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** Runs a batch of records inside the generation being built. */
    interface BatchScope {
        void run(Runnable batch);

        /** The replay reached the end offsets it was given: what it applied must now be in the database. */
        void passDone();
    }
}
