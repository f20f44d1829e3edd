package org.golive.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.contract.EventCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Routes incoming events to typed handlers. Types a consumer has no handler for are skipped on purpose: producers
 * may add new event types at any time, and a consumer must keep reading past them.
 *
 * <p>One idempotency rule for every handler: its effect carries its own guard in the same write, the event's
 * (source, sequence) mark through {@link AppliedEvents} (or, for a document created from an event, an id derived
 * from the event, whose second insert is refused). The handlers may therefore see an event more than once.
 */
public final class EventHandlers {

    private static final Logger log = LoggerFactory.getLogger(EventHandlers.class);

    private final Map<String, Handler<?>> handlers;
    private final EventIntake intake;

    private EventHandlers(Map<String, Handler<?>> handlers, EventIntake intake) {
        this.handlers = Map.copyOf(handlers);
        this.intake = intake;
    }

    /** Handlers fed by the platform itself, behind its intake (see {@link RolloutManagers}). */
    static Builder builder(JsonMapper json) {
        return new Builder(json, null);
    }

    /**
     * Takes a record from a listener: a part of a large event is stored until the event is whole (the handlers see
     * the whole event, once); an event is checked against its source's ledger (a conflicting or late event is parked,
     * not applied), fed to the platform's projections, then applied by this service's handler.
     *
     * @throws MalformedEventException for a record that is no event: it goes to the dead-letter topic
     */
    public void handle(ConsumerRecord<String, byte[]> record) {
        if (intake == null) {
            throw new IllegalStateException("These handlers are fed by the platform's intake");
        }
        EventAttributes read = EventAttributes.of(record);
        IncomingEvent event = IncomingEvent.of(read, record.key());
        EventPart part = EventPart.of(read, event);
        if (part != null) {
            Optional<IncomingEvent> whole = intake.assemble(record, part);
            if (whole.isEmpty()) {
                return;
            }
            event = whole.get();
        }
        if (intake.admit(record, event)) {
            intake.project(event);
            dispatch(event);
        }
        if (part != null) {
            intake.assembled(part);
        }
    }

    /**
     * A listener's poll, to be handled record by record ({@link Poll#handle}) as {@link #handle} would, with the
     * ledger judging the poll's events in one write per source beforehand: the ledger is written before any effect,
     * as for one record, so a poll cut short (a crash, a record that fails) finds its events recorded when it comes
     * again, as redeliveries that the effects' guards apply once. A source's events from its first part of a large
     * event on are left to be judged one by one (a part is judged when its event is whole); a record that is no event
     * is left for {@link Poll#handle} to refuse.
     */
    public Poll poll(List<ConsumerRecord<String, byte[]>> records) {
        if (intake == null) {
            throw new IllegalStateException("These handlers are fed by the platform's intake");
        }
        Map<ConsumerRecord<String, byte[]>, IncomingEvent> whole = new IdentityHashMap<>();
        List<ConsumerRecord<String, byte[]>> judged = new ArrayList<>();
        Set<String> inParts = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                EventAttributes read = EventAttributes.of(record);
                IncomingEvent event = IncomingEvent.of(read, record.key());
                if (EventPart.of(read, event) != null) {
                    inParts.add(event.source());
                } else if (!inParts.contains(event.source())) {
                    whole.put(record, event);
                    judged.add(record);
                }
            } catch (MalformedEventException refusedWhenHandled) {
                // handled in its turn, where the listener learns which record it was
            }
        }
        List<SourceLedger.Admission> admissions = intake.admitAll(judged.stream().map(whole::get).toList());
        Map<ConsumerRecord<String, byte[]>, SourceLedger.Admission> admitted = new IdentityHashMap<>();
        for (int i = 0; i < judged.size(); i++) {
            admitted.put(judged.get(i), admissions.get(i));
        }
        return new Poll(whole, admitted);
    }

    /**
     * A batch listener's poll, each record handled in order as {@link #handle} handles one, with the ledger judging
     * the poll's events in one write per source beforehand ({@link #poll}) instead of one write per event. A record
     * that fails is named by {@link BatchListenerFailedException}: the container commits the offsets before it, and
     * its error handler retries it or sends it to the dead-letter topic, then goes on with the records after it, as
     * with a record listener.
     */
    public void handlePoll(String listenerId, List<ConsumerRecord<String, byte[]>> records,
                           RecordObservation observation) {
        Poll poll;
        try {
            poll = poll(records);
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("The poll's events could not be judged", e, 0);
        }
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            try {
                observation.observe(listenerId, record, () -> poll.handle(record));
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException(String.valueOf(e.getMessage()), e, i);
            }
        }
    }

    /** A poll whose whole events the ledger judged at once ({@link #poll}). */
    public final class Poll {

        private final Map<ConsumerRecord<String, byte[]>, IncomingEvent> events;
        private final Map<ConsumerRecord<String, byte[]>, SourceLedger.Admission> admissions;

        private Poll(Map<ConsumerRecord<String, byte[]>, IncomingEvent> events,
                     Map<ConsumerRecord<String, byte[]>, SourceLedger.Admission> admissions) {
            this.events = events;
            this.admissions = admissions;
        }

        /** Handles one record of the poll, in the poll's order, as {@link EventHandlers#handle} does. */
        public void handle(ConsumerRecord<String, byte[]> record) {
            SourceLedger.Admission admission = admissions.get(record);
            if (admission == null) {
                EventHandlers.this.handle(record);
                return;
            }
            IncomingEvent event = events.get(record);
            if (intake.admitted(record, event, admission)) {
                intake.project(event);
                dispatch(event);
            }
        }
    }

    /** Applies the event; returns false when this consumer does not handle its type. */
    boolean dispatch(IncomingEvent event) {
        Runnable prepared = prepare(event);
        if (prepared == null) {
            return false;
        }
        prepared.run();
        return true;
    }

    /**
     * The event's data read for its handler, and the handler to run with it: null when this consumer does not handle
     * its type. Reading the data changes nothing, so a replay reads records on one thread while another applies those
     * read before ({@link EventReplay}).
     *
     * @throws MalformedEventException when the data does not match the event's type
     */
    Runnable prepare(IncomingEvent event) {
        Handler<?> handler = handlers.get(event.type());
        if (handler == null) {
            log.debug("Skipping event {} of type {}: not handled here", event.id(), event.type());
            return null;
        }
        return handler.prepare(event);
    }

    private record Handler<T>(ObjectReader reader, BiConsumer<IncomingEvent, T> action) {

        Runnable prepare(IncomingEvent event) {
            T data;
            try {
                data = reader.readValue(event.data());
            } catch (JacksonException e) {
                throw new MalformedEventException("Event " + event.id() + " of type " + event.type()
                        + " has data that does not match its type: " + e.getOriginalMessage(), e);
            }
            return () -> action.accept(event, data);
        }
    }

    public static final class Builder {

        private final JsonMapper json;
        private final EventIntake intake;
        private final Map<String, Handler<?>> handlers = new HashMap<>();

        Builder(JsonMapper json, EventIntake intake) {
            this.json = PlainDates.on(json);
            this.intake = intake;
        }

        public <T extends Record> Builder on(Class<T> type, BiConsumer<IncomingEvent, T> action) {
            ObjectReader reader = json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            String name = EventCatalog.of(type).name();
            // A second handler for one type would silently replace the first: one of two read models would stop.
            if (handlers.putIfAbsent(name, new Handler<>(reader, action)) != null) {
                throw new IllegalStateException("Two handlers for " + name + ": combine them into one");
            }
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(handlers, intake);
        }
    }
}
