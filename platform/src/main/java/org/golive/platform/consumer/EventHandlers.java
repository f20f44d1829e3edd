package org.golive.platform.consumer;

import org.golive.contract.EventCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Routes incoming events to typed handlers. Types a consumer has no handler for are skipped on purpose: producers
 * may add new event types at any time, and a consumer must keep reading past them.
 */
public final class EventHandlers {

    private static final Logger log = LoggerFactory.getLogger(EventHandlers.class);

    private final Map<String, Handler<?>> handlers;

    private EventHandlers(Map<String, Handler<?>> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder builder(JsonMapper json) {
        return new Builder(json);
    }

    /** Applies the event; returns false when this consumer does not handle its type. */
    public boolean handle(IncomingEvent event) {
        Handler<?> handler = handlers.get(event.type());
        if (handler == null) {
            log.debug("Skipping event {} of type {}: not handled here", event.id(), event.type());
            return false;
        }
        handler.apply(event);
        return true;
    }

    private record Handler<T>(ObjectReader reader, BiConsumer<IncomingEvent, T> action) {

        void apply(IncomingEvent event) {
            T data;
            try {
                data = reader.readValue(event.data());
            } catch (JacksonException e) {
                throw new MalformedEventException("Event " + event.id() + " of type " + event.type()
                        + " has data that does not match its type: " + e.getOriginalMessage(), e);
            }
            action.accept(event, data);
        }
    }

    public static final class Builder {

        private final JsonMapper json;
        private final Map<String, Handler<?>> handlers = new HashMap<>();

        private Builder(JsonMapper json) {
            this.json = json;
        }

        public <T extends Record> Builder on(Class<T> type, BiConsumer<IncomingEvent, T> action) {
            ObjectReader reader = json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            handlers.put(EventCatalog.of(type).name(), new Handler<>(reader, action));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(handlers);
        }
    }
}
