package org.golive.platform.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where every event a service consumes comes in: an event in parts is reassembled first ({@link EventAssembly}); the
 * whole event is checked against its source's ledger, parked when it may not be applied, fed to the projections the
 * platform owns (who manages which rollout), then to the service's handlers. Each outcome is counted in
 * {@code golive.consumer.events} (tags {@code topic}, {@code outcome}).
 */
public class EventIntake {

    static final String METER = "golive.consumer.events";

    private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

    private final SourceLedger ledger;
    private final ParkedDeliveries parked;
    private final EventAssembly assembly;
    private final List<EventHandlers> projections;
    private final MeterRegistry meters;
    private final JsonMapper json;
    private final Clock clock;

    public EventIntake(SourceLedger ledger, ParkedDeliveries parked, EventAssembly assembly,
                       List<EventHandlers> projections, MeterRegistry meters, JsonMapper json, Clock clock) {
        this.ledger = ledger;
        this.parked = parked;
        this.assembly = assembly;
        this.projections = List.copyOf(projections);
        this.meters = meters;
        this.json = json;
        this.clock = clock;
    }

    /** Starts the service's handlers; events reach them through {@link EventHandlers#handle(ConsumerRecord)}. */
    public EventHandlers.Builder handlers() {
        return new EventHandlers.Builder(json, this);
    }

    /**
     * Takes a part of a large event: stored until every part is in.
     *
     * @return the whole event once its last part arrived; empty while parts are missing, for a part of an event
     * applied before, and for parts that disagree (then parked)
     */
    Optional<IncomingEvent> assemble(ConsumerRecord<String, byte[]> record, EventPart part) {
        EventAssembly.Outcome outcome = assembly.add(record, part);
        String counted = "part";
        if (outcome instanceof EventAssembly.Outcome.Whole) {
            counted = "reassembled";
        } else if (outcome instanceof EventAssembly.Outcome.AppliedBefore) {
            counted = "part_redelivered";
        } else if (outcome instanceof EventAssembly.Outcome.Garbled garbled) {
            log.warn("Parked event {} of type {} ({}@{}): {}", part.eventId(), part.record().type(),
                    record.topic(), record.offset(), garbled.detail());
            counted = "garbled";
        }
        meters.counter(METER, "topic", record.topic(), "outcome", counted).increment();
        return outcome instanceof EventAssembly.Outcome.Whole whole ? Optional.of(whole.event()) : Optional.empty();
    }

    /** The reassembled event of {@code part} went through the ledger (and the handlers): its parts can go. */
    void assembled(EventPart part) {
        assembly.applied(part);
    }

    /** @return true if the event may be applied */
    boolean admit(ConsumerRecord<String, byte[]> record, IncomingEvent event) {
        return admitted(record, event, ledger.admit(event));
    }

    /** Judges a poll's whole events against their sources' ledgers, one ledger write per source (see {@link #admitted}). */
    List<SourceLedger.Admission> admitAll(List<IncomingEvent> events) {
        return ledger.admitAll(events);
    }

    /**
     * Acts on the ledger's judgement of an event: counts it, parks it when it may not be applied.
     *
     * @return true if the event may be applied
     */
    boolean admitted(ConsumerRecord<String, byte[]> record, IncomingEvent event, SourceLedger.Admission admission) {
        SourceLedger.Verdict verdict = admission.verdict();
        switch (verdict) {
            case GAP -> log.warn("Event {} ({} #{}) skips ahead: sequence {} was expected; the ones between never "
                            + "arrived (dropped at the producer, or lost). Applied.", event.id(), event.source(),
                    event.sequence(), admission.expectedSequence());
            case CONFLICT, LATE -> {
                String detail = verdict == SourceLedger.Verdict.CONFLICT
                        ? "Sequence " + event.sequence() + " of " + event.source() + " was received before as event "
                        + admission.knownEventId() + ": the producer issued it twice"
                        : "Sequence " + event.sequence() + " of " + event.source() + " arrives after later ones of "
                        + "its source: the read models are past it and would skip it";
                if (!parked.park(record, event, admission, detail, clock.instant())) {
                    return false; // parked and counted when it first came
                }
                log.warn("Parked event {} of type {} ({}@{}): {}", event.id(), event.type(), record.topic(),
                        record.offset(), detail);
            }
            case UNVERIFIABLE -> log.debug("Event {} ({} #{}) is older than the ledger remembers: handed on unchecked",
                    event.id(), event.source(), event.sequence());
            default -> { }
        }
        meters.counter(METER, "topic", record.topic(), "outcome", verdict.name().toLowerCase(Locale.ROOT))
                .increment();
        return !verdict.parked();
    }

    void project(IncomingEvent event) {
        projections.forEach(projection -> projection.dispatch(event));
    }
}
