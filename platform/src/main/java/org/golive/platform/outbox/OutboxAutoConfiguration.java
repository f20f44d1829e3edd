package org.golive.platform.outbox;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Producer;
import org.golive.platform.security.EndpointRules;
import org.golive.platform.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ProducerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Wires the outbox: the store that writes aggregates with their events, the relay that publishes them, and the admin's
 * endpoint for the events it parked.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
@ConditionalOnBean(MongoTemplate.class)
public class OutboxAutoConfiguration {

    /**
     * The largest Kafka record the relay sends, which its topic and producer allow: an event of up to 512 KB by default
     * ({@code golive.outbox.part-size}), or one part of a larger event, with its headers.
     */
    static final int MAX_EVENT_BYTES = 4 * 1024 * 1024;

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxEventFactory outboxEventFactory(ObjectProvider<JsonMapper> json, Clock clock, ObjectProvider<Tracer> tracer,
                                          ObjectProvider<Propagator> propagator,
                                          @Value("${spring.application.name}") String service) {
        Supplier<Map<String, String>> traceContext = () -> {
            Map<String, String> headers = new HashMap<>();
            Tracer current = tracer.getIfAvailable();
            Propagator w3c = propagator.getIfAvailable();
            if (current != null && w3c != null && current.currentTraceContext().context() != null) {
                w3c.inject(current.currentTraceContext().context(), headers, Map::put);
            }
            return headers;
        };
        return new OutboxEventFactory(json.getIfAvailable(JsonMapper::new), clock, traceContext, service);
    }

    @Bean
    PendingAggregates pendingAggregates(MongoTemplate mongo, ObjectProvider<OutboxRelay> relay, Clock clock) {
        return new PendingAggregates(mongo, () -> relay.ifAvailable(OutboxRelay::wakeUp), clock);
    }

    /** The outbox's backlog and the oldest entry's age, bound to the registry by Boot (MeterBinder). */
    @Bean
    OutboxMetrics outboxMetrics(PendingAggregates pending) {
        return new OutboxMetrics(pending);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, OutboxEventFactory events, PendingAggregates pending,
                                  OutboxProperties properties) {
        return new AggregateStore(mongo, events, pending, properties.maxEventBytes());
    }

    /** The service's own event topic, created at start-up if the broker lacks it (a no-op where it exists). */
    @Bean
    @ConditionalOnProperty("golive.events.topic")
    NewTopic ownEventTopic(@Value("${golive.events.topic}") String topic,
                           @Value("${golive.kafka.partitions:6}") int partitions,
                           @Value("${golive.kafka.replication-factor:1}") short replicationFactor) {
        return TopicBuilder.name(topic).partitions(partitions).replicas(replicationFactor)
                .config("min.insync.replicas", replicationFactor > 1 ? "2" : "1")
                .config("max.message.bytes", String.valueOf(MAX_EVENT_BYTES))
                // Kept for good: BI reads the topics from the start for years, and tracking rebuilds its read models
                // from them (README, "Events for BI"). Kafka's default would delete events after 7 days.
                .config("retention.ms", "-1")
                .build();
    }

    @Bean
    ParkedEvents parkedEvents(MongoTemplate mongo, PendingAggregates pending, OutboxProperties properties,
                              Clock clock, ObjectProvider<MeterRegistry> meters) {
        return new ParkedEvents(mongo, pending, properties.maxAttempts(), clock,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** The admin's view of parked events, in every service: {@code /outbox/parked}. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ParkedEventsController parkedEventsController(ParkedEvents parked) {
        return new ParkedEventsController(parked);
    }

    /** Parked events are the PMO admin's, in every service. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    EndpointRules outboxParkedEventsRules() {
        return EndpointRules.builder()
                .get("/outbox/parked", Role.PMO_ADMIN)
                .post("/outbox/parked/*/retry", Role.PMO_ADMIN)
                .delete("/outbox/parked/*", Role.PMO_ADMIN)
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = "golive.outbox.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, PendingAggregates pending, ParkedEvents parked,
                            OutboxProperties properties, ProducerFactory<?, ?> producerFactory, Clock clock,
                            ObjectProvider<MeterRegistry> meters,
                            @Value("${golive.outbox.transactional-id:${spring.application.name}-outbox}") String transactionalId) {
        RelayLease lease = new RelayLease(mongo, UUID.randomUUID().toString(), properties.leaseTtl(), clock);
        Map<String, Object> kafkaSettings = producerFactory.getConfigurationProperties();
        Supplier<Producer<String, CloudEvent>> producers = OutboxProducers.transactional(kafkaSettings, transactionalId,
                properties.maxEventBytes());
        return new OutboxRelay(mongo, pending, lease, producers, kafkaSettings, parked, properties,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
