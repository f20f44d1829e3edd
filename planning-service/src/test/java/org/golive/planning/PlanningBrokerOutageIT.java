package org.golive.planning;

import org.golive.contract.Topics;
import org.golive.testsupport.BrokerControl;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka goes away while users keep working. The API must keep accepting writes, and once the broker is back every
 * event must arrive, exactly once on the wire for a consumer reading committed data, in order per rollout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GoliveTestInfrastructure.class)
class PlanningBrokerOutageIT {

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    @Test
    void writesDuringABrokerOutageArePublishedOnceWhenItIsBack() {
        HttpJson http = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        String programId = http.post("/programs", Map.of("name", "Outage program")).json().get("id").asString();
        List<String> rollouts = new ArrayList<>();
        BrokerControl broker = TestInfrastructure.broker();

        broker.stop();
        try {
            for (int i = 0; i < 25; i++) {
                var created = http.post("/programs/" + programId + "/rollouts", Map.of(
                        "siteName", "Outage site " + i, "siteType", "AMBULATORY_CLINIC", "goLiveDate",
                        GoLiveDates.mondayWeeksAhead(12).toString()));
                assertThat(created.status()).as("writes are accepted while Kafka is down").isEqualTo(201);
                rollouts.add(created.json().get("id").asString());
            }
            for (int i = 0; i < 5; i++) {
                assertThat(http.post("/programs/" + programId + "/waves", Map.of("name", "Outage wave " + i)).status())
                        .isEqualTo(201);
            }
            // Keep the broker away until the relay has really failed to publish, not merely waited a moment.
            await().atMost(Duration.ofSeconds(60)).until(() -> meters.counter("golive.outbox.failures").count() >= 1);
        } finally {
            broker.start();
        }

        try (EventTap tap = EventTap.onTestInfrastructure(Topics.PLANNING)) {
            tap.awaitEvents(e -> rollouts.contains(e.key()), rollouts.size());
            tap.awaitEvents(e -> programId.equals(e.key()), 6);
            List<EventTap.WireEvent> seen = tap.drain(Duration.ofSeconds(3));

            List<EventTap.WireEvent> rolloutEvents = seen.stream().filter(e -> rollouts.contains(e.key())).toList();
            assertThat(rolloutEvents).hasSize(25);
            assertThat(rolloutEvents.stream().map(EventTap.WireEvent::key).distinct()).hasSize(25);

            List<EventTap.WireEvent> programEvents = seen.stream().filter(e -> programId.equals(e.key())).toList();
            assertThat(programEvents).as("program created + 5 waves, none twice").hasSize(6);
            assertThat(programEvents).extracting(EventTap.WireEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            // This test's events only: the topic is shared by the JVM's test classes, and some of them put an event
            // on it a second time on purpose, to show their consumers apply it once.
            List<EventTap.WireEvent> ours = seen.stream()
                    .filter(e -> rollouts.contains(e.key()) || programId.equals(e.key())).toList();
            Map<String, Long> byId = ours.stream()
                    .collect(Collectors.groupingBy(EventTap.WireEvent::id, Collectors.counting()));
            assertThat(byId.values()).as("no event id twice").allMatch(count -> count == 1);
            assertThat(EventTap.schemaViolations(ours)).isEmpty();
        }
    }
}
