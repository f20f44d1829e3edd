package org.golive.tracking;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.golive.contract.Topics;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.tracking.intake.TrackingListeners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events arrive at least once and, across topics and sources, in any order: a site's recorded stream (planning's
 * events on the rollout's source, two budgets' events on theirs) is fed in many interleavings that keep each source's
 * order, with redeliveries, and the status, earned value and health read back are the same every time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class StatusShuffleIT {

    private static final int INTERLEAVINGS = 12;

    @Autowired
    TrackingListeners listeners;
    @LocalServerPort
    int port;

    @Test
    void everyInterleavingWithRedeliveriesBuildsTheSameStatusEarnedValueAndHealth() {
        HttpJson http = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        String reference = readModel(http, feed(new Random(0), false));
        JsonNode figures = tools.jackson.databind.json.JsonMapper.builder().build().readTree(reference);
        assertThat(figures.at("/status/percentComplete").asString()).isEqualTo("50.7");
        assertThat(figures.at("/status/overdueCriticalTasks").asInt()).isEqualTo(1);
        assertThat(figures.at("/status/forecastGoLive").asString()).isEqualTo("2027-01-16");
        assertThat(figures.at("/status/scheduleVarianceDays").asInt()).isEqualTo(5);
        assertThat(figures.at("/earnedValue/bac").asString()).isEqualTo("250000.00");
        assertThat(figures.at("/earnedValue/ac").asString()).isEqualTo("100000.00");
        assertThat(figures.at("/earnedValue/spi").asString()).isEqualTo("0.6909");
        assertThat(figures.at("/earnedValue/cpi").asString()).isEqualTo("1.2667");
        assertThat(figures.at("/health/overall").asString()).isEqualTo("RED");
        assertThat(figures.at("/health/cause").asString()).isEqualTo("schedule.spi");

        for (int seed = 1; seed <= INTERLEAVINGS; seed++) {
            assertThat(readModel(http, feed(new Random(seed), true))).as("interleaving %d", seed).isEqualTo(reference);
        }
    }

    private record Site(String rolloutId, String programId, String waveId) {
    }

    /** Feeds one fresh site's stream: in source order one source after the other, or shuffled with redeliveries. */
    private Site feed(Random random, boolean shuffled) {
        Site site = new Site(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        List<StatusStream.SourceEvents> sources = StatusStream.of(site.rolloutId(), site.programId(), site.waveId());
        List<Map.Entry<String, CloudEvent>> order = new ArrayList<>();
        if (!shuffled) {
            sources.forEach(s -> s.events().forEach(e -> order.add(Map.entry(s.topic(), e))));
        } else {
            int[] next = new int[sources.size()];
            List<Map.Entry<String, CloudEvent>> delivered = new ArrayList<>();
            int left = sources.stream().mapToInt(s -> s.events().size()).sum();
            while (left > 0) {
                int pick = random.nextInt(sources.size());
                StatusStream.SourceEvents source = sources.get(pick);
                if (next[pick] == source.events().size()) {
                    continue;
                }
                Map.Entry<String, CloudEvent> event = Map.entry(source.topic(), source.events().get(next[pick]++));
                order.add(event);
                delivered.add(event);
                left--;
                if (random.nextInt(4) == 0) {   // at least once: something already delivered comes again
                    order.add(delivered.get(random.nextInt(delivered.size())));
                }
            }
        }
        // Delivered as the live listeners take them: polls of a topic's records, of any size (one record at a time in
        // source order; in the shuffled interleavings, runs of one topic cut at random, redeliveries inside a poll).
        long offset = 0;
        List<ConsumerRecord<String, byte[]>> poll = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Map.Entry<String, CloudEvent> event = order.get(i);
            poll.add(record(event.getKey(), site.rolloutId(), event.getValue(), offset++));
            boolean topicChanges = i + 1 == order.size() || !order.get(i + 1).getKey().equals(event.getKey());
            if (topicChanges || !shuffled || random.nextInt(8) == 0) {
                if (event.getKey().equals(Topics.PLANNING)) {
                    listeners.onPlanning(List.copyOf(poll));
                } else {
                    listeners.onBudget(List.copyOf(poll));
                }
                poll.clear();
            }
        }
        return site;
    }

    /** The site's read models as one JSON text, its ids replaced so that two sites compare. */
    private static String readModel(HttpJson http, Site site) {
        String rollout = "/rollouts/" + site.rolloutId();
        String text = "{\"status\":" + http.get(rollout + "/status").body()
                + ",\"earnedValue\":" + http.get(rollout + "/earned-value").body()
                + ",\"waveEarnedValue\":" + http.get("/waves/" + site.waveId() + "/earned-value").body()
                + ",\"health\":" + http.get(rollout + "/health").body() + "}";
        return text.replace(site.rolloutId(), "ROLLOUT").replace(site.waveId(), "WAVE")
                .replace(site.programId(), "PROGRAM");
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String key, CloudEvent event, long offset) {
        RecordHeaders headers = new RecordHeaders();
        byte[] value;
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            serializer.configure(Map.of(), false);
            value = serializer.serialize(topic, headers, event);
        }
        return new ConsumerRecord<>(topic, 0, offset, 0L, TimestampType.CREATE_TIME, key.length(), value.length, key,
                value, headers, Optional.empty());
    }
}
