package org.golive.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.contract.EventParts;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Feeds records read again from the start of a topic (a rebuild of read models) straight to handlers: no ledger, no
 * parking, no stored parts, none of which the live consumer's state may be touched by. The handlers' own guards
 * ({@link AppliedEvents}, in the documents being rebuilt) keep each event to one effect. Parts of a large event are
 * joined in memory: they were published in one transaction, so they arrive close together on one partition. What the
 * live intake parked or dead-lettered is skipped here too (a malformed record, garbled parts); a late or conflicting
 * sequence reaches the guards, which refuse it as they would have.
 */
public final class EventReplay {

    /** What became of a replayed record. */
    public enum Outcome { APPLIED, NOT_HANDLED, PART, SKIPPED }

    private final EventHandlers handlers;
    private final Map<String, Parts> parts = new HashMap<>();

    public EventReplay(EventHandlers handlers) {
        this.handlers = handlers;
    }

    public Outcome apply(ConsumerRecord<String, byte[]> record) {
        return apply(read(record));
    }

    /**
     * The record read: its event, and for a whole event its data read for the handler. Safe on any thread and in any
     * order (it reads, it changes nothing); {@link #apply(Read)} then applies the records read in their order.
     */
    public Read read(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event;
        EventPart part;
        try {
            EventAttributes read = EventAttributes.of(record);
            event = IncomingEvent.of(read, record.key());
            part = EventPart.of(read, event);
            if (part != null) {
                return new Read(part, null, null);
            }
            return new Read(null, handlers.prepare(event), null);
        } catch (MalformedEventException deadLettered) {
            return Read.SKIPPED;
        } catch (RuntimeException failed) {
            return new Read(null, null, failed);
        }
    }

    /** Applies a record {@link #read}: on the replay's one thread, in the records' order. */
    public Outcome apply(Read read) {
        if (read.failed != null) {
            throw read.failed;
        }
        if (read == Read.SKIPPED) {
            return Outcome.SKIPPED;
        }
        if (read.part == null) {
            if (read.handler == null) {
                return Outcome.NOT_HANDLED;
            }
            return run(read.handler);
        }
        IncomingEvent whole = join(read.part);
        if (whole == null) {
            return Outcome.PART;
        }
        try {
            return handlers.dispatch(whole) ? Outcome.APPLIED : Outcome.NOT_HANDLED;
        } catch (MalformedEventException deadLettered) {
            return Outcome.SKIPPED;
        }
    }

    private static Outcome run(Runnable handler) {
        try {
            handler.run();
            return Outcome.APPLIED;
        } catch (MalformedEventException deadLettered) {
            return Outcome.SKIPPED;
        }
    }

    /**
     * A record read by {@link #read}: a whole event with its handler ready (none: not handled here), a part to join,
     * a record the live intake dead-lettered ({@link #SKIPPED}), or a failure to throw when it is applied.
     */
    public static final class Read {

        static final Read SKIPPED = new Read(null, null, null);

        private final EventPart part;
        private final Runnable handler;
        private final RuntimeException failed;

        private Read(EventPart part, Runnable handler, RuntimeException failed) {
            this.part = part;
            this.handler = handler;
            this.failed = failed;
        }
    }

    /** Events whose parts are still being collected (at the end of a replay: their last parts are yet to come). */
    public int incomplete() {
        return parts.size();
    }

    private IncomingEvent join(EventPart part) {
        String key = part.source() + "|" + part.eventId();
        Parts collected = parts.computeIfAbsent(key, k -> new Parts(part.count(), part.digest()));
        if (collected.count != part.count() || !collected.digest.equals(part.digest())) {
            parts.remove(key);
            return null; // garbled: the live intake parked it
        }
        collected.data.putIfAbsent(part.index(), part.record().data());
        if (collected.data.size() < collected.count) {
            return null;
        }
        parts.remove(key);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (int index = 1; index <= collected.count; index++) {
            whole.writeBytes(collected.data.get(index));
        }
        byte[] data = whole.toByteArray();
        return EventParts.digest(data).equals(part.digest()) ? part.whole(data) : null;
    }

    private static final class Parts {
        final int count;
        final String digest;
        final Map<Integer, byte[]> data = new HashMap<>();

        Parts(int count, String digest) {
            this.count = count;
            this.digest = digest;
        }
    }
}
