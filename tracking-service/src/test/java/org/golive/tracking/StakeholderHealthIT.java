package org.golive.tracking;

import io.cloudevents.CloudEvent;
import org.golive.contract.Topics;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The stakeholder dimension of a site's health from stakeholder-service's conflict and communication events: open
 * severe conflicts turn it amber then red, resolving them clears it, a poor acknowledgement rate turns it red then
 * amber; redelivered events change nothing, a program's communications do not count for the site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class StakeholderHealthIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONSUMER_GROUP = "golive-tracking";

    @LocalServerPort
    int port;

    @Test
    void severeConflictsAndUnacknowledgedCommunicationsColourTheStakeholderDimension() {
        String rolloutId = UUID.randomUUID().toString();
        String programId = UUID.randomUUID().toString();
        HttpJson admin = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        try (EventTap tap = EventTap.onTestInfrastructure(Topics.TRACKING);
             TestEvents events = TestEvents.onTestInfrastructure()) {
            // A site with a plan: health is judged for rollouts tracking knows.
            events.send(rolloutId, PortfolioEvents.rolloutCreated(rolloutId, programId, "Harbor Clinic",
                    "AMBULATORY_CLINIC", LocalDate.of(2027, 6, 1)));
            events.send(rolloutId, PlanEvents.planInstantiated(rolloutId, programId, LocalDate.of(2027, 6, 1), 2,
                    PlanEvents.task("t1", "Build", null, "NOT_STARTED")));
            assertThat(stakeholders(await().atMost(Duration.ofSeconds(30)).until(
                    () -> admin.get("/rollouts/" + rolloutId + "/health"), r -> r.status() == 200).json())
                    .get("colour").asString()).as("nothing from stakeholder-service yet").isEqualTo("NO_DATA");

            CloudEvent high = StakeholderEvents.conflictRaised(rolloutId, programId, "c-high", "HIGH");
            events.send(rolloutId, high);
            events.send(rolloutId, StakeholderEvents.conflictRaised(rolloutId, programId, "c-low", "LOW"));
            awaitStakeholders(admin, rolloutId, "AMBER", "stakeholders.open-severe-conflicts", "1");

            CloudEvent critical = StakeholderEvents.conflictRaised(rolloutId, programId, "c-critical", "CRITICAL");
            events.send(rolloutId, critical);
            awaitStakeholders(admin, rolloutId, "RED", "stakeholders.open-severe-conflicts", "2");
            // The change is published: health.changed carries every dimension, the stakeholders' naming its rule.
            EventTap.WireEvent changed = tap.awaitEvent(e -> e.key().equals(rolloutId)
                    && "org.golive.tracking.health.changed.v1".equals(e.type())
                    && "RED".equals(json(e).at("/dimensions/3/colour").asString()));
            assertThat(json(changed).at("/dimensions/3/rule").asString())
                    .isEqualTo("stakeholders.open-severe-conflicts");

            // Redelivered (at least once): the same events again count once.
            events.send(rolloutId, high);
            events.send(rolloutId, critical);
            ConsumerLag.awaitCaughtUp(CONSUMER_GROUP, List.of(Topics.STAKEHOLDER));
            assertThat(stakeholders(admin.get("/rollouts/" + rolloutId + "/health").json()).get("value").asString())
                    .isEqualTo("2");

            events.send(rolloutId, StakeholderEvents.conflictResolved(rolloutId, programId, "c-critical", "CRITICAL"));
            events.send(rolloutId, StakeholderEvents.conflictResolved(rolloutId, programId, "c-high", "HIGH"));
            awaitStakeholders(admin, rolloutId, "GREEN", "stakeholders.open-severe-conflicts", "0");

            // An edit that raises an open conflict's severity counts it as severe; edited back, it stops counting.
            events.send(rolloutId, StakeholderEvents.conflictUpdated(rolloutId, programId, "c-low", "HIGH", 2));
            awaitStakeholders(admin, rolloutId, "AMBER", "stakeholders.open-severe-conflicts", "1");
            events.send(rolloutId, StakeholderEvents.conflictUpdated(rolloutId, programId, "c-low", "LOW", 3));
            awaitStakeholders(admin, rolloutId, "GREEN", "stakeholders.open-severe-conflicts", "0");

            // A communication asking five recipients to acknowledge, interleaved with a program-wide one (not the
            // site's: nobody acknowledges it, and the site's rate must not show it).
            List<String> five = List.of("stakeholder:a", "stakeholder:b", "stakeholder:c", "user:d.e", "user:f");
            events.send(programId, StakeholderEvents.sent(null, programId, "m-program", List.of("stakeholder:a")));
            events.send(rolloutId, StakeholderEvents.sent(rolloutId, programId, "m-site", five));
            events.send(programId, StakeholderEvents.delivered(null, programId, "m-program", "stakeholder:a", 2));
            for (int i = 0; i < five.size(); i++) {
                events.send(rolloutId, StakeholderEvents.delivered(rolloutId, programId, "m-site", five.get(i), 2 + i));
            }
            events.send(rolloutId, StakeholderEvents.acknowledged(rolloutId, programId, "m-site", "stakeholder:a", 7));
            CloudEvent second = StakeholderEvents.acknowledged(rolloutId, programId, "m-site", "user:d.e", 8);
            events.send(rolloutId, second);
            awaitStakeholders(admin, rolloutId, "RED", "stakeholders.acknowledgement-rate", "0.400");

            events.send(rolloutId, second);
            ConsumerLag.awaitCaughtUp(CONSUMER_GROUP, List.of(Topics.STAKEHOLDER));
            assertThat(stakeholders(admin.get("/rollouts/" + rolloutId + "/health").json()).get("value").asString())
                    .as("a redelivered acknowledgement counts once").isEqualTo("0.400");

            events.send(rolloutId, StakeholderEvents.acknowledged(rolloutId, programId, "m-site", "user:f", 9));
            JsonNode amber = awaitStakeholders(admin, rolloutId, "AMBER", "stakeholders.acknowledgement-rate",
                    "0.600");
            assertThat(stakeholders(amber).get("threshold").asString()).isEqualTo("0.80");
        }
    }

    private static JsonNode awaitStakeholders(HttpJson admin, String rolloutId, String colour, String rule,
                                              String value) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> admin.get("/rollouts/" + rolloutId + "/health").json(),
                health -> colour.equals(stakeholders(health).get("colour").asString())
                        && rule.equals(stakeholders(health).get("rule").asString())
                        && value.equals(stakeholders(health).get("value").asString()));
    }

    private static JsonNode stakeholders(JsonNode health) {
        JsonNode dimension = health.at("/dimensions/3");
        assertThat(dimension.get("dimension").asString()).isEqualTo("STAKEHOLDERS");
        return dimension;
    }

    private static JsonNode json(EventTap.WireEvent event) {
        return JSON.readTree(event.data());
    }
}
