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
        IncomingEvent event;
        EventPart part;
        try {
            EventAttributes read = EventAttributes.of(record);
            event = IncomingEvent.of(read, record.key());
            part = EventPart.of(read, event);
        } catch (MalformedEventException deadLettered) {
            return Outcome.SKIPPED;
        }
        if (part != null) {
            IncomingEvent whole = join(part);
            if (whole == null) {
                return Outcome.PART;
            }
            event = whole;
        }
        try {
            return handlers.dispatch(event) ? Outcome.APPLIED : Outcome.NOT_HANDLED;
        } catch (MalformedEventException deadLettered) {
            return Outcome.SKIPPED;
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
