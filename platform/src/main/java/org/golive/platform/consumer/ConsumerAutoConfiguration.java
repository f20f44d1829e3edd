package org.golive.platform.consumer;

import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.golive.platform.security.RolloutManagerLookup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Consumer mechanics every service shares: the intake (events in parts reassembled, a ledger per event source, parked
 * events, the rollout managers projection), bounded retries, then the dead-letter topic {@code golive.<service>.dlt}, so that a poison
 * event never blocks its partition. The dead letter is the original record, bytes and headers, so it can be
 * inspected and replayed as it was.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@ConditionalOnBean(MongoTemplate.class)
@Import(ParkedDeliveriesEndpoint.class)
public class ConsumerAutoConfiguration {

    @Bean
    AppliedEvents appliedEvents(MongoTemplate mongo) {
        return new AppliedEvents(mongo);
    }

    @Bean
    SourceLedger sourceLedger(MongoTemplate mongo, @Value("${golive.consumer.ledger-window:500}") int window) {
        return new SourceLedger(mongo, window);
    }

    @Bean
    ParkedDeliveries consumerParkedEvents(MongoTemplate mongo) {
        return new ParkedDeliveries(mongo);
    }

    /** Services that do not own rollouts learn their managers from planning's events. */
    @Bean
    @ConditionalOnMissingBean(RolloutManagerLookup.class)
    RolloutManagers rolloutManagers(MongoTemplate mongo, AppliedEvents applied, JsonMapper json) {
        return new RolloutManagers(mongo, applied, json);
    }

    @Bean
    EventAssembly eventAssembly(MongoTemplate mongo, SourceLedger ledger, ParkedDeliveries parked,
                                ObjectProvider<Clock> clock) {
        return new EventAssembly(mongo, ledger, parked, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Events whose parts stopped arriving are parked after {@code golive.consumer.part-timeout}. */
    @Bean
    StalePartsSweeper stalePartsSweeper(EventAssembly assembly,
                                        @Value("${golive.consumer.part-timeout:10m}") Duration timeout,
                                        ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        return new StalePartsSweeper(assembly, timeout, clock.getIfAvailable(Clock::systemUTC),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    EventIntake eventIntake(SourceLedger ledger, ParkedDeliveries parked, EventAssembly assembly,
                            ObjectProvider<RolloutManagers> managers, ObjectProvider<MeterRegistry> meters,
                            JsonMapper json, ObjectProvider<Clock> clock) {
        return new EventIntake(ledger, parked, assembly, managers.stream().map(RolloutManagers::projection).toList(),
                meters.getIfAvailable(SimpleMeterRegistry::new), json, clock.getIfAvailable(Clock::systemUTC));
    }

    /** The batch listeners' records observed as the container observes a record listener's (when it does). */
    @Bean
    RecordObservation recordObservation(ObjectProvider<ObservationRegistry> observations,
                                        @Value("${spring.kafka.listener.observation-enabled:false}") boolean observed,
                                        @Value("${spring.kafka.consumer.group-id:}") String groupId) {
        return observed ? new RecordObservation(observations.getIfAvailable(), groupId) : RecordObservation.off();
    }

    /**
     * Every producer here publishes in Kafka transactions (the outbox relay), so each partition ends with a commit
     * marker that no record reaches: a consumer that commits after its last record stays one offset behind the end
     * for good, and a lag alert never clears. The container commits its position past the marker before its next
     * poll instead (read_committed, as configured).
     */
    @Bean
    @ConditionalOnMissingBean(ContainerCustomizer.class)
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> lagPastCommitMarkers() {
        return container -> container.getContainerProperties().setFixTxOffsets(true);
    }

    /**
     * Kafka's consumer metrics (Boot binds them, lag included) name the client, not the group; operations alert on a
     * group's lag, so each carries its group (all of a service's listeners share {@code spring.kafka.consumer.group-id}).
     */
    @Bean
    MeterFilter consumerGroupOnKafkaConsumerMetrics(@Value("${spring.kafka.consumer.group-id:}") String group) {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                return id.getName().startsWith("kafka.consumer.") && !group.isEmpty() && id.getTag("group") == null
                        ? id.withTag(Tag.of("group", group)) : id;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetteringErrorHandler(
            ProducerFactory<?, ?> producerFactory,
            @Value("${golive.kafka.dead-letter-topic:golive.${spring.application.name}.dlt}") String deadLetterTopic,
            @Value("${golive.kafka.retry.attempts:3}") long attempts,
            @Value("${golive.kafka.retry.interval-ms:200}") long intervalMs,
            ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = new HashMap<>(producerFactory.getConfigurationProperties());
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer()));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(deadLetterTopic, -1));
        // Registered now, so the alert on it sees 0 rather than no series until the first dead letter.
        Counter deadLetters = Counter.builder("golive.consumer.dead.letters")
                .description("Records this service gave up on and published to its dead-letter topic")
                .tag("topic", deadLetterTopic)
                .register(meters.getIfAvailable(SimpleMeterRegistry::new));
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            recoverer.accept(record, exception); // throws when the dead-letter topic did not take it: not counted
            deadLetters.increment();
        }, new FixedBackOff(intervalMs, attempts));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
