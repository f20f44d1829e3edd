package org.golive.tracking.intake;

import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.EventIntake;
import org.golive.platform.consumer.IncomingEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** What every projection handles, gathered into the platform's handlers: one handler per type calling them all. */
public final class Subscriptions {

    private final Map<Class<? extends Record>, List<BiConsumer<IncomingEvent, ?>>> byType = new LinkedHashMap<>();
    private final List<Consumer<List<IncomingEvent>>> afterEach = new ArrayList<>();
    /** In a live batch: the last event of each key, whose after-each actions run once the batch is written. */
    private final ThreadLocal<Map<String, IncomingEvent>> deferred = new ThreadLocal<>();

    Subscriptions() {
    }

    public <T extends Record> Subscriptions on(Class<T> type, BiConsumer<IncomingEvent, T> handler) {
        byType.computeIfAbsent(type, t -> new ArrayList<>()).add(handler);
        return this;
    }

    /**
     * Runs after every handled event once all projections applied it (e.g. judging what the event changed), with that
     * event; in a live batch ({@link #deferringAfterEach}), once after the batch is written, with the last event of
     * each key (rollout) the batch handled.
     */
    public Subscriptions afterEach(Consumer<List<IncomingEvent>> action) {
        afterEach.add(action);
        return this;
    }

    /**
     * Runs {@code work} with the after-each actions held back.
     *
     * @return the last handled event of each key (rollout, or program), by key, for {@link #afterEach(IncomingEvent)}
     */
    Map<String, IncomingEvent> deferringAfterEach(Runnable work) {
        Map<String, IncomingEvent> events = new LinkedHashMap<>();
        deferred.set(events);
        try {
            work.run();
        } finally {
            deferred.remove();
        }
        return events;
    }

    /** Runs the after-each actions for {@code events} (the last event of each key a batch handled). */
    void afterEach(List<IncomingEvent> events) {
        afterEach.forEach(action -> action.accept(events));
    }

    EventHandlers build(EventIntake intake) {
        EventHandlers.Builder builder = intake.handlers();
        byType.forEach((type, handlers) -> register(builder, type, handlers));
        return builder.build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T extends Record> void register(EventHandlers.Builder builder, Class<T> type,
                                             List<BiConsumer<IncomingEvent, ?>> handlers) {
        List<BiConsumer<IncomingEvent, T>> typed = (List) List.copyOf(handlers);
        builder.on(type, (event, data) -> {
            typed.forEach(handler -> handler.accept(event, data));
            Map<String, IncomingEvent> batch = deferred.get();
            if (batch == null) {
                afterEach(List.of(event));
            } else {
                batch.put(event.key(), event);
            }
        });
    }
}
