package org.golive.system;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17's levelling, through the gateway: the PMO loads the pool, two overlapping waves over-allocate the shared
 * trainer, the preview lists the move, applying it removes the over-allocation and moves no go-live; a BI consumer
 * of golive.planning.events sees the run and the over-allocation come and go as schema-valid events. Beyond float,
 * asked for: the preview lists the go-live it moves and its tasks, applying it moves that go-live and no other.
 */
class LevellingSystemIT {

    private final HttpJson admin = GoliveStack.gateway();

    @Test
    void thePmoLevelsTwoOverlappingWavesWithoutMovingAGoLive() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.PLANNING)) {
            TwoOverlappingWaves program = TwoOverlappingWaves.create(admin, "Contoso EHR levelling");
            String programId = program.programId();
            List<String> sites = program.sites();
            JsonNode over = program.overAllocations(admin);
            assertThat(over.findValuesAsString("rolloutId")).containsExactlyInAnyOrderElementsOf(sites);
            List<String> goLives = List.of(program.goLive(admin, 0), program.goLive(admin, 1));

            String programs = TwoOverlappingWaves.PROGRAMS;
            JsonNode preview = admin.get(programs + "/" + programId + "/levelling/preview").json();
            assertThat(preview.get("moves")).hasSize(1);
            assertThat(preview.get("moves").get(0).get("rolloutId").asString()).isEqualTo(sites.get(1));
            String toStart = preview.get("moves").get(0).get("toStart").asString();
            assertThat(LocalDate.parse(toStart)).isAfter(LocalDate.parse(preview.get("moves").get(0)
                    .get("fromStart").asString()));
            assertThat(preview.get("goLiveChanges")).isEmpty();
            assertThat(preview.get("remaining")).isEmpty();
            HttpJson.Reply applied = admin.post(programs + "/" + programId + "/levelling",
                    Map.of("fingerprint", preview.get("fingerprint").asString()));
            assertThat(applied.status()).as(applied.body()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(program.overAllocations(admin))
                    .isEmpty());
            assertThat(admin.get("/api/planning/rollouts/" + sites.get(1) + "/plan/tasks/"
                    + program.tasks().get(1)).json().get("start").asString()).isEqualTo(toStart);
            assertThat(List.of(program.goLive(admin, 0), program.goLive(admin, 1))).as("no go-live moved")
                    .isEqualTo(goLives);
            List<EventTap.WireEvent> events = bi.awaitEvents(e -> programId.equals(e.key())
                    && e.type().startsWith("org.golive.planning.resource.") && !e.type().endsWith(".added.v1")
                    && !e.type().endsWith("assignments-changed.v1"), 4);
            assertThat(events).extracting(EventTap.WireEvent::type).contains(
                    "org.golive.planning.resource.over-allocated.v1",
                    "org.golive.planning.resource.levelling-started.v1",
                    "org.golive.planning.resource.levelling-applied.v1",
                    "org.golive.planning.resource.over-allocation-resolved.v1");
            assertThat(EventTap.schemaViolations(events)).isEmpty();
        }
    }

    @Test
    void beyondFloatThePmoMovesTheLaterWavesGoLiveAWeekAndNoOther() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.PLANNING)) {
            TwoOverlappingWaves program = TwoOverlappingWaves.createFixed(admin, "Contoso EHR beyond float");
            String programId = program.programId();
            List<String> sites = program.sites();
            String earlier = program.goLive(admin, 0);
            String later = program.goLive(admin, 1);
            String programs = TwoOverlappingWaves.PROGRAMS + "/" + programId;
            JsonNode within = admin.get(programs + "/levelling/preview").json();
            assertThat(within.get("moves")).as("the sessions have no float").isEmpty();
            assertThat(within.get("remaining")).isNotEmpty();

            JsonNode preview = admin.get(programs + "/levelling/preview?beyondFloat=true&maxWeeks=4").json();

            assertThat(preview.get("goLiveChanges")).hasSize(1);
            JsonNode change = preview.get("goLiveChanges").get(0);
            assertThat(change.get("rolloutId").asString()).isEqualTo(sites.get(1));
            assertThat(change.get("from").asString()).isEqualTo(later);
            String to = LocalDate.parse(later).plusWeeks(1).toString();
            assertThat(change.get("to").asString()).isEqualTo(to);
            assertThat(change.get("tasks").findValuesAsString("taskId")).contains(program.tasks().get(1));
            assertThat(preview.get("remaining")).isEmpty();
            HttpJson.Reply applied = admin.post(programs + "/levelling", Map.of("fingerprint",
                    preview.get("fingerprint").asString(), "beyondFloat", true, "maxWeeks", 4));
            assertThat(applied.status()).as(applied.body()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(program.overAllocations(admin))
                    .isEmpty());
            assertThat(List.of(program.goLive(admin, 0), program.goLive(admin, 1))).as("only the listed go-live moved")
                    .containsExactly(earlier, to);
            List<EventTap.WireEvent> events = bi.awaitEvents(e -> (programId.equals(e.key())
                    && e.type().startsWith("org.golive.planning.resource.levelling-"))
                    || (sites.contains(e.key()) && e.type().equals("org.golive.planning.go-live.rescheduled.v1")), 3);
            assertThat(events).extracting(EventTap.WireEvent::type).containsExactlyInAnyOrder(
                    "org.golive.planning.resource.levelling-started.v1",
                    "org.golive.planning.go-live.rescheduled.v1",
                    "org.golive.planning.resource.levelling-applied.v1");
            assertThat(events).filteredOn(e -> e.type().endsWith("go-live.rescheduled.v1"))
                    .extracting(EventTap.WireEvent::key).containsExactly(sites.get(1));
            assertThat(EventTap.schemaViolations(events)).isEmpty();
        }
    }
}
