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
 * Issue 17's what-if, through the gateway: two overlapping waves over-allocate the shared trainer; the PMO moves wave
 * 2 four weeks later in a scenario and sees the over-allocation disappear and the labour cost while the plans stay;
 * promoting it moves wave 2's go-live, and the real capacity view loses the over-allocation. A BI consumer sees the
 * scenario's events, schema-valid.
 */
class ScenarioSystemIT {

    private final HttpJson admin = GoliveStack.gateway();

    @Test
    void thePmoMovesAWaveOnPaperSeesTheEffectsAndPromotesIt() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.PLANNING)) {
            TwoOverlappingWaves program = TwoOverlappingWaves.create(admin, "Contoso EHR what-if");
            String scenarios = TwoOverlappingWaves.PROGRAMS + "/" + program.programId() + "/scenarios";
            String wave2GoLive = program.goLive(admin, 1);

            HttpJson.Reply created = admin.post(scenarios, Map.of("name", "Wave 2 four weeks later",
                    "moves", List.of(Map.of("waveId", program.waves().get(1), "shiftDays", 28))));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode effects = created.json().get("effects");
            assertThat(effects.get("disappearing").findValuesAsString("resourceName")).containsExactly("Dana Whitfield");
            assertThat(effects.get("appearing")).isEmpty();
            assertThat(effects.get("labourCost").get(0).get("plan").decimalValue()).isEqualByComparingTo("960.00");
            assertThat(program.overAllocations(admin)).as("the plans untouched").isNotEmpty();
            assertThat(program.goLive(admin, 1)).isEqualTo(wave2GoLive);
            String scenarioId = created.json().get("id").asString();
            assertThat(admin.get(scenarios).json().findValuesAsString("id")).containsExactly(scenarioId);

            HttpJson.Reply promoted = admin.post(scenarios + "/" + scenarioId + "/promote", Map.of());

            assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
            assertThat(program.goLive(admin, 1)).isEqualTo(LocalDate.parse(wave2GoLive).plusDays(28).toString());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(program.overAllocations(admin))
                    .isEmpty());
            List<EventTap.WireEvent> events = bi.awaitEvents(e -> program.programId().equals(e.key())
                    && e.type().startsWith("org.golive.planning.scenario."), 3);
            assertThat(events).extracting(EventTap.WireEvent::type).containsExactly(
                    "org.golive.planning.scenario.created.v1",
                    "org.golive.planning.scenario.promotion-started.v1",
                    "org.golive.planning.scenario.promoted.v1");
            assertThat(EventTap.schemaViolations(events)).isEmpty();
        }
    }
}
