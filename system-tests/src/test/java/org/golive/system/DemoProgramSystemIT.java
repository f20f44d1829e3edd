package org.golive.system;

import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The local stack loads the demo program a newcomer sees first: three waves, ten sites of several kinds. */
class DemoProgramSystemIT {

    private final HttpJson gateway = GoliveStack.gateway();

    @Test
    void theDemoProgramIsInThePortfolioWithThreeWavesAndAtLeastEightSitesOfSeveralKinds() {
        JsonNode program = await().atMost(Duration.ofSeconds(60))
                .until(() -> demoProgram(gateway.get("/api/tracking/portfolio").json()),
                        p -> p != null && p.get("rolloutCount").asInt() >= 10 && p.get("waves").size() == 3);
        String programId = program.get("programId").asString();

        JsonNode rollouts = gateway.get("/api/tracking/portfolio?programId=" + programId).json().get("rollouts");
        assertThat(rollouts.size()).isGreaterThanOrEqualTo(8);
        Set<String> kinds = new HashSet<>();
        Set<String> waves = new HashSet<>();
        for (JsonNode rollout : rollouts) {
            kinds.add(rollout.get("siteType").asString());
            waves.add(rollout.get("waveName").asString());
            assertThat(rollout.get("daysToGoLive").asLong()).isPositive();
        }
        assertThat(kinds).contains("HOSPITAL", "EMERGENCY_DEPARTMENT", "AMBULATORY_CLINIC").hasSizeGreaterThan(4);
        assertThat(waves).hasSize(3);
    }

    @Test
    void everyDemoSiteHasTheStandardPlanWithTasksInEveryStateAndOneGoLiveHasMoved() {
        JsonNode program = await().atMost(Duration.ofSeconds(60))
                .until(() -> demoProgram(gateway.get("/api/tracking/portfolio").json()),
                        p -> p != null && p.get("rolloutCount").asInt() >= 10);
        JsonNode rollouts = gateway.get("/api/planning/programs/" + program.get("programId").asString()
                + "/rollouts").json();
        Set<String> states = new HashSet<>();
        Map<String, String> goLives = new HashMap<>();
        for (JsonNode rollout : rollouts) {
            JsonNode plan = gateway.get("/api/planning/rollouts/" + rollout.get("id").asString() + "/plan").json();
            assertThat(plan.get("tasks").size()).as(rollout.get("siteName").asString()).isGreaterThanOrEqualTo(40);
            plan.get("tasks").forEach(task -> states.add(task.get("status").asString()));
            goLives.put(rollout.get("siteName").asString(), rollout.get("goLiveDate").asString());
        }
        assertThat(states).containsExactlyInAnyOrder("NOT_STARTED", "IN_PROGRESS", "DONE");
        // Same wave, same planned weekend: Riverside's go-live was moved two weeks later.
        assertThat(LocalDate.parse(goLives.get("Riverside Community Hospital")))
                .isEqualTo(LocalDate.parse(goLives.get("Lakeside Community Hospital")).plusWeeks(2));
    }

    private static JsonNode demoProgram(JsonNode portfolio) {
        for (JsonNode program : portfolio.get("programs")) {
            if ("Northwind Health EHR Program".equals(program.get("name").asString())) {
                return program;
            }
        }
        return null;
    }
}
