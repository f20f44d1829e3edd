package org.golive.system;

import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    @Test
    void thePmoDirectorFiltersSortsAndPagesThePortfolioAndComparesAWaveOnTheDaysToGoLiveAxis() {
        JsonNode program = await().atMost(Duration.ofSeconds(60))
                .until(() -> demoProgram(gateway.get("/api/tracking/portfolio").json()),
                        p -> p != null && p.get("rolloutCount").asInt() >= 10 && p.get("waves").size() == 3);
        String programId = program.get("programId").asString();
        String portfolio = "/api/tracking/portfolio?programId=" + programId;
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode rollouts = gateway.get(portfolio).json().get("rollouts");
            return rollouts.size() >= 10 && rollouts.valueStream().allMatch(r -> r.hasNonNull("health"));
        });

        // Worst health first, four to a page, following the relative links through the gateway (again if the demo,
        // still settling, changed a colour between two pages).
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> walkWorstFirst(portfolio, program));
        assertThat(gateway.get(portfolio + "&sise=4").status()).isEqualTo(400);

        // The first wave's sites at the same T-minus days: today's recorded point, the planned curve throughout.
        String waveId = program.get("waves").get(0).get("waveId").asString();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> compareWave(portfolio, waveId));
    }

    private void walkWorstFirst(String portfolio, JsonNode program) {
        JsonNode page = gateway.get(portfolio + "&sort=health,desc&size=4").json();
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(10);
        List<Integer> ranks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            for (JsonNode rollout : page.get("rollouts")) {
                ranks.add(List.of("NO_DATA", "GREEN", "AMBER", "RED")
                        .indexOf(rollout.get("health").get("overall").asString()));
                assertThat(seen.add(rollout.get("rolloutId").asString())).as("no rollout on two pages").isTrue();
                assertThat(rollout.hasNonNull("percentComplete")).isTrue();
            }
            if (page.get("links").get("next").isNull()) {
                break;
            }
            page = gateway.get("/api/tracking/portfolio" + page.get("links").get("next").asString()).json();
        }
        assertThat(seen).hasSize(program.get("rolloutCount").asInt());
        assertThat(ranks).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private void compareWave(String portfolio, String waveId) {
        JsonNode wave = gateway.get(portfolio + "&waveId=" + waveId).json();
        JsonNode comparison = gateway.get("/api/tracking/waves/" + waveId + "/comparison?from=200&to=-30&step=1")
                .json();
        assertThat(comparison.get("sites").size()).isEqualTo(wave.get("total").asInt());
        for (JsonNode site : comparison.get("sites")) {
            long today = site.get("daysToGoLive").asLong();
            JsonNode recorded = site.get("points").get((int) (200 - today));
            assertThat(recorded.get("daysToGoLive").asLong()).isEqualTo(today);
            assertThat(recorded.get("percentCompleteSource").asString()).isEqualTo("RECORDED");
            assertThat(site.get("points").valueStream().allMatch(p -> p.hasNonNull("plannedPercentComplete")))
                    .isTrue();
        }
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
