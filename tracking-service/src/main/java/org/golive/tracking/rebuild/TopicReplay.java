package org.golive.tracking.rebuild;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.golive.platform.consumer.EventReplay;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    /** Reads the next poll's records while the replay's thread applies the last one's. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-replay-reader");
        thread.setDaemon(true);
        return thread;
    });
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
        Batch pending = null;
        while (behind(ends) > 0) {
            long polling = System.nanoTime();
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
            pollNanos += System.nanoTime() - polling;
            if (records.isEmpty()) {
                if (pending != null && !apply(pending, carryOn, scope)) {
                    return false;
                }
                pending = null;
                if (Instant.now().isAfter(lastRead.plus(STALLED))) {
                    throw new IllegalStateException("The replay read nothing for " + STALLED + " with "
                            + behind(ends) + " records still before the end offsets");
                }
                continue;
            }
            lastRead = Instant.now();
            Batch next = read(records);
            if (pending != null && !apply(pending, carryOn, scope)) {
                next.reads.cancel(true);
                return false;
            }
            pending = next;
        }
        if (pending != null && !apply(pending, carryOn, scope)) {
            return false;
        }
        scope.passDone();
        return true;
    }

    /**
     * Reads a poll's records on the reader thread ({@link ReplayFeed.Replay#read}: the CloudEvent's attributes and the
     * data for its handler) while this thread applies the poll before: both cores work, and the records are still
     * applied one by one in the order they were read.
     */
    private Batch read(ConsumerRecords<String, byte[]> polled) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(polled.count());
        polled.forEach(records::add);
        return new Batch(records, reader.submit(() -> records.stream().map(feed::read).toList()));
    }

    /** Applies a batch read, in order; false if the replay is to stop. */
    private boolean apply(Batch batch, LongPredicate carryOn, BatchScope scope) {
        long applying = System.nanoTime();
        List<EventReplay.Read> reads;
        try {
            reads = batch.reads.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading replayed records failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading replayed records", e);
        }
        scope.run(() -> {
            for (int i = 0; i < reads.size(); i++) {
                apply(batch.records.get(i), reads.get(i));
            }
        });
        replayed += reads.size();
        applyNanos += System.nanoTime() - applying;
        return carryOn.test(replayed);
    }

    /**
     * Applies a record as the live listener's error handling would: tried again a few times (read again each time),
     * then passed over (the live listener sent it to the dead-letter topic when it first came, and moved on).
     */
    private void apply(ConsumerRecord<String, byte[]> record, EventReplay.Read read) {
        if (keys != null && record.key() != null) {
            keys.add(record.key());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                feed.apply(attempt == 1 ? read : feed.read(record));
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

    /** A poll's records and, once read, what was read of each, in the same order. */
    private record Batch(List<ConsumerRecord<String, byte[]>> records, Future<List<EventReplay.Read>> reads) {
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
        reader.shutdownNow();
        consumer.close();
    }

    /** Runs a batch of records inside the generation being built. */
    interface BatchScope {
        void run(Runnable batch);

        /** The replay reached the end offsets it was given: what it applied must now be in the database. */
        void passDone();
    }
}
