package org.golive.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.bson.Document;
import org.golive.contract.Topics;
import org.golive.contract.planning.ProgramCreated;
import org.golive.platform.Sample;
import org.golive.platform.security.EndpointRules;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.EventTap.WireEvent;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * An event that can never be published (larger than the producer may send) waits with the later events of its
 * aggregate while every other aggregate's events go out; after the configured attempts it is parked, and the PMO
 * admin lists, retries or drops it over HTTP. The same holds when the broker, not the producer, refuses the event. Its own database and transactional id keep this service's relay apart
 * from the other test contexts' relays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet",
        "spring.mongodb.database=platform-parking-test",
        "golive.outbox.transactional-id=platform-parking-test-outbox",
        "golive.outbox.max-attempts=3",
        // Parts larger than the producer may send: an event over the producer's limit then fails as in a service
        // misconfigured so, the one way left for an event to be too large to send.
        "golive.outbox.part-size=8MB"})
@Import({GoliveTestInfrastructure.class, ParkedEventsIT.PlatformRulesOnly.class})
@DirtiesContext
class ParkedEventsIT {

    private static final int HEALTHY = 20;
    @RegisterExtension
    static final EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING);

    @LocalServerPort
    int port;
    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Autowired
    OutboxRelay relay;

    @TestConfiguration(proxyBeanMethods = false)
    static class PlatformRulesOnly {
        @Bean
        EndpointRules serviceRules() {
            return EndpointRules.builder().build();
        }
    }

    @Test
    void aPoisonEventIsParkedWhileTheOtherAggregatesEventsArePublishedAndARetrySendsItOnceRepaired() {
        double parkedBefore = meters.counter("golive.outbox.parked").count();
        Sample poisoned = storeWithAnEventTooLargeToSend();
        List<Sample> healthy = IntStream.range(0, HEALTHY).mapToObj(i -> Sample.create("Healthy " + i)).toList();
        healthy.forEach(sample -> store.insert(sample, sample.created()));

        for (Sample sample : healthy) {
            assertThat(tap.awaitEvent(from(sample)).sequence()).isEqualTo(1L);
        }
        JsonNode parked = awaitParked(poisoned);
        assertThat(parked.get("type").asString()).isEqualTo(ProgramCreated.TYPE);
        assertThat(parked.get("sequence").asLong()).isEqualTo(1L);
        assertThat(parked.get("attempts").asInt()).isEqualTo(3);
        assertThat(parked.get("lastError").asString()).contains("RecordTooLargeException").hasSizeLessThan(501);
        assertThat(meters.counter("golive.outbox.parked").count()).isEqualTo(parkedBefore + 1);
        assertThat(meters.get("golive.outbox.parked.current").gauge().value()).isEqualTo(1.0);
        assertThat(tap.drain(Duration.ofSeconds(1)).stream().filter(from(poisoned)))
                .as("neither the poison nor the event behind it went out").isEmpty();

        // The cause is removed (here by hand: the event's data shrunk), then the admin sends it again.
        mongo.updateFirst(query(where("_id").is(poisoned.id())), new Update().set("outbox.0.data",
                JsonMapper.builder().build().writeValueAsString(new ProgramCreated(poisoned.id(), "Repaired", null,
                        null, List.of(), Instant.now()))), "samples");
        String eventId = parked.get("eventId").asString();
        assertThat(admin().post("/outbox/parked/" + eventId + "/retry", "").status()).isEqualTo(202);

        List<WireEvent> released = tap.awaitEvents(from(poisoned), 2);
        assertThat(released).extracting(WireEvent::sequence).containsExactly(1L, 2L);
        assertThat(released.get(0).id()).isEqualTo(eventId);
        assertThat(admin().get("/outbox/parked").json()).isEmpty();
        assertThat(meters.get("golive.outbox.parked.current").gauge().value()).isZero();
    }

    @Test
    void droppingAParkedEventLetsItsAggregatesLaterEventsGoOutWithAGap() {
        Sample poisoned = storeWithAnEventTooLargeToSend();
        String eventId = awaitParked(poisoned).get("eventId").asString();

        HttpJson.Reply dropped = admin().send(HttpRequest.newBuilder(admin().uri("/outbox/parked/" + eventId)).DELETE());

        assertThat(dropped.status()).isEqualTo(200);
        WireEvent next = tap.awaitEvent(from(poisoned));
        assertThat(next.sequence()).as("the dropped event's place stays empty").isEqualTo(2L);
        assertThat(mongo.findById(poisoned.id(), Document.class, "samples").getList("outbox", Document.class))
                .isEmpty();
        assertThat(admin().get("/outbox/parked").json()).isEmpty();
        assertThat(admin().send(HttpRequest.newBuilder(admin().uri("/outbox/parked/" + eventId)).DELETE()).status())
                .as("dropped once").isEqualTo(404);
    }

    @Test
    void anEventTheBrokerRefusesIsFoundAmongTheOthersAndParkedAlone() throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PLANNING);
        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            maxMessageBytes(kafka, topic, 200_000); // the producer may send it, the broker refuses it
            try {
                Sample refused = Sample.create(incompressible(400_000));
                store.insert(refused, refused.created());
                List<Sample> healthy = IntStream.range(0, 5).mapToObj(i -> Sample.create("Beside " + i)).toList();
                healthy.forEach(sample -> store.insert(sample, sample.created()));

                for (Sample sample : healthy) {
                    assertThat(tap.awaitEvent(from(sample)).sequence()).isEqualTo(1L);
                }
                JsonNode parked = awaitParked(refused);
                assertThat(parked.get("lastError").asString()).contains("RecordTooLargeException");
                HttpJson.Reply dropped = admin().send(HttpRequest.newBuilder(
                        admin().uri("/outbox/parked/" + parked.get("eventId").asString())).DELETE());
                assertThat(dropped.status()).isEqualTo(200);
            } finally {
                maxMessageBytes(kafka, topic, OutboxAutoConfiguration.MAX_EVENT_BYTES);
            }
        }
    }

    @Test
    void onlyThePmoAdminSeesParkedEvents() {
        HttpJson viewer = new HttpJson("http://localhost:" + port).as("VIEWER", "PROJECT_MANAGER", "FINANCE");
        assertThat(viewer.get("/outbox/parked").status()).isEqualTo(403);
        assertThat(viewer.post("/outbox/parked/some-event/retry", "").status()).isEqualTo(403);
        assertThat(admin().post("/outbox/parked/no-such-event/retry", "").status()).isEqualTo(404);
    }

    /**
     * A program whose created event is past the producer's 4 MB limit, and a wave added behind it. The store refuses
     * such a change up front (422), so the oversize data is written into the stored outbox entry directly, as an event
     * stored under a larger limit would stand; the relay is stopped meanwhile so it cannot publish the small original.
     */
    private Sample storeWithAnEventTooLargeToSend() {
        relay.stop();
        try {
            Sample sample = Sample.create("Poisoned");
            store.insert(sample, sample.created());
            String oversize = "{\"name\":\"" + "x".repeat(OutboxAutoConfiguration.MAX_EVENT_BYTES + 1024) + "\"}";
            mongo.updateFirst(query(where("_id").is(sample.id())),
                    new Update().set(AggregateStore.OUTBOX_FIELD + ".0.data", oversize),
                    mongo.getCollectionName(Sample.class));
            Sample loaded = store.find(Sample.class, sample.id()).orElseThrow();
            store.update(loaded, loaded.addWaves(1));
            return sample;
        } finally {
            relay.start();
        }
    }

    private static void maxMessageBytes(Admin kafka, ConfigResource topic, int bytes) throws Exception {
        kafka.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                new ConfigEntry("max.message.bytes", String.valueOf(bytes)), AlterConfigOp.OpType.SET))))
                .all().get();
    }

    /** Random letters: lz4 cannot shrink them below the broker's limit. */
    private static String incompressible(int length) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('!' + random.nextInt(90)));
        }
        return text.toString();
    }

    private JsonNode awaitParked(Sample sample) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (JsonNode parked : admin().get("/outbox/parked").json()) {
                if (parked.get("aggregateId").asString().equals(sample.id())) {
                    return parked;
                }
            }
            return null;
        }, parked -> parked != null);
    }

    private HttpJson admin() {
        return new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
    }

    private static Predicate<WireEvent> from(Sample sample) {
        String source = "/platform-test/samples/" + sample.id();
        return event -> source.equals(event.source());
    }
}
