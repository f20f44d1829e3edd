package org.golive.tracking;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.golive.contract.Topics;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.TestEvents;
import org.golive.testsupport.TestInfrastructure;
import org.golive.tracking.intake.ReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The tracking consumer stops in the middle of a stream and comes back having lost its committed offsets, as after a
 * crash between applying events and committing them: every event is delivered again, and the read model must end
 * exactly as if nothing had happened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class TrackingConsumerCrashIT {

    private static final String[] SITE_TYPES = {"HOSPITAL", "AMBULATORY_CLINIC", "EMERGENCY_DEPARTMENT"};

    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModels readModels;

    @Test
    void aConsumerRestartedFromOldOffsetsBuildsTheSameReadModelWithNoLossAndNoDoubleCount() throws Exception {
        String programId = UUID.randomUUID().toString();
        List<String> rollouts = IntStream.range(0, 100).mapToObj(i -> UUID.randomUUID().toString()).toList();
        try (TestEvents events = TestEvents.onTestInfrastructure()) {
            for (int i = 0; i < 60; i++) {
                send(events, programId, rollouts.get(i), i);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> rolloutCount(programId) >= 10);
            listeners.stop();   // mid-stream: some of the 60 applied, some not

            for (int i = 60; i < 100; i++) {
                send(events, programId, rollouts.get(i), i);
            }
            rewindToBeginning("golive-tracking");
            listeners.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> rolloutCount(programId) >= 100);
        ConsumerLag.awaitCaughtUp("golive-tracking", List.of(Topics.PLANNING, Topics.BUDGET));
        Document program = mongo.findById(programId, Document.class, readModels.collection("portfolio_programs"));
        Map<String, Integer> expectedByType = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            expectedByType.merge(SITE_TYPES[i % 3], 1, Integer::sum);
        }
        assertThat(program.getInteger("rolloutCount")).isEqualTo(100);
        Document byType = program.get("sitesByType", Document.class);
        expectedByType.forEach((type, count) -> assertThat(byType.getInteger(type)).as(type).isEqualTo(count));
        assertThat(mongo.count(query(where("programId").is(programId)), readModels.collection("portfolio_rollouts")))
                .isEqualTo(100);
    }

    private static void send(TestEvents events, String programId, String rolloutId, int i) {
        events.send(rolloutId, PortfolioEvents.rolloutCreated(rolloutId, programId, "Site " + i, SITE_TYPES[i % 3],
                LocalDate.of(2027, 1, 1).plusDays(i)));
    }

    private int rolloutCount(String programId) {
        Document program = mongo.findById(programId, Document.class, readModels.collection("portfolio_programs"));
        return program == null ? 0 : program.getInteger("rolloutCount", 0);
    }

    /** What a crash that lost the committed offsets leaves behind: the group starts over from the first record. */
    private static void rewindToBeginning(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> beginning = new HashMap<>();
            for (String topic : List.of(Topics.PLANNING, Topics.BUDGET)) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> beginning.put(new TopicPartition(topic, p.partition()), new OffsetAndMetadata(0)));
            }
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                admin.alterConsumerGroupOffsets(group, beginning).all().get();
                return true;
            });
        }
    }
}
