package org.golive.platform.outbox;

import org.golive.contract.EventCatalog;
import org.golive.contract.EventType;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Turns a raised contract record into its wire form: id, type, topic, sequence and JSON data. */
public class OutboxEventFactory {

    private final JsonMapper json;
    private final Clock clock;
    private final Supplier<Map<String, String>> traceContext;
    private final String serviceActor;

    /**
     * @param traceContext the current W3C trace headers ({@code traceparent}), empty outside a traced request
     * @param service      the service's name, the actor of what it does on its own (reacting to an event)
     */
    public OutboxEventFactory(JsonMapper json, Clock clock, Supplier<Map<String, String>> traceContext,
                              String service) {
        this.json = json;
        this.clock = clock;
        this.traceContext = traceContext;
        this.serviceActor = "service:" + service;
    }

    OutboxEvent create(RaisedEvent raised, String source, long sequence) {
        EventType type = EventCatalog.of(raised.data().getClass());
        return new OutboxEvent(
                UUID.randomUUID().toString(),
                type.name(),
                type.topic(),
                raised.key(),
                source,
                raised.key(),
                sequence,
                clock.instant(),
                type.dataSchemaUri(),
                json.writeValueAsString(raised.data()),
                traceContext.get().get("traceparent"),
                actor(),
                MDC.get("requestId"));
    }

    private String actor() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null || !caller.isAuthenticated() ? serviceActor : caller.getName();
    }
}
