package org.golive.system;

import org.golive.contract.Topics;
import org.golive.contract.tracking.GoNoGoDecided;
import org.golive.contract.tracking.ReadinessAssessed;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Go-live readiness through the gateway: the demo's scorecards and training figures, the GL-7 decision the demo
 * recorded, a project manager's panel deciding at GL-30, and a BI consumer reading the events.
 */
class ReadinessSystemIT {

    private final HttpJson pmo = GoliveStack.gateway();

    @Test
    void everyDemoSiteHasAScorecardWithTrainingFiguresAndTheFirstGoLiveWasDecidedGoByItsPanel() {
        List<JsonNode> sites = demoSites();
        assertThat(sites).hasSize(10);
        for (JsonNode site : sites) {
            JsonNode card = pmo.get("/api/tracking/readiness/rollouts/" + site.get("rolloutId").asString()).json();
            assertThat(card.get("criteria").size()).as(site.get("siteName").asString()).isGreaterThanOrEqualTo(20);
            assertThat(card.get("training").get("groups").size()).isEqualTo(5);
            assertThat(card.get("checkpoints").findValuesAsString("name")).contains("GL-30", "GL-7");
        }
        JsonNode gl7 = pmo.get("/api/tracking/readiness/rollouts/" + sites.get(0).get("rolloutId").asString()
                + "/checkpoints/GL-7").json();
        assertThat(gl7.get("votes").size()).isEqualTo(4);
        assertThat(gl7.get("decision").get("outcome").asString()).isEqualTo("GO");
        assertThat(gl7.get("decision").get("rating").asString()).isEqualTo("READY");
    }

    @Test
    void aProjectManagersPanelDecidesOnceAndABiConsumerSeesTheReadinessEvents() {
        JsonNode site = demoSites().stream()
                .filter(s -> s.get("siteName").asString().equals("Northwind General Hospital")).findFirst()
                .orElseThrow();
        String rollout = "/api/tracking/readiness/rollouts/" + site.get("rolloutId").asString();
        HttpJson manager = GoliveStack.gatewayAs("pm.north");
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.TRACKING)) {
            assertThat(GoliveStack.gatewayAs("pm.lake").put(rollout + "/criteria/support-model/assessment",
                    Map.of("attainment", 100)).status()).as("not their site").isEqualTo(403);
            assertThat(manager.put(rollout + "/criteria/support-model/assessment", Map.of("attainment", 100,
                    "evidence", "Runbook signed")).status()).isEqualTo(200);
            assertThat(manager.put(rollout + "/checkpoints/GL-30/panel", Map.of("members",
                    List.of("pm.north", "admin"), "chair", "pm.north")).status()).isEqualTo(200);
            assertThat(GoliveStack.gatewayAs("viewer").post(rollout + "/checkpoints/GL-30/votes",
                    Map.of("vote", "GO")).status()).as("not on the panel").isEqualTo(403);
            assertThat(manager.post(rollout + "/checkpoints/GL-30/votes", Map.of("vote", "GO_WITH_CONDITIONS",
                    "comment", "Training behind plan")).status()).isEqualTo(200);
            assertThat(GoliveStack.gatewayAs("admin").post(rollout + "/checkpoints/GL-30/votes",
                    Map.of("vote", "NO_GO")).status()).isEqualTo(200);
            assertThat(manager.post(rollout + "/checkpoints/GL-30/decision", Map.of("outcome", "GO")).status())
                    .as("critical criteria still failing").isEqualTo(422);
            HttpJson.Reply decided = manager.post(rollout + "/checkpoints/GL-30/decision", Map.of(
                    "outcome", "GO_WITH_CONDITIONS", "conditions", List.of("End users at 90% by GL-14")));
            assertThat(decided.status()).isEqualTo(201);
            assertThat(manager.post(rollout + "/checkpoints/GL-30/decision", Map.of("outcome", "NO_GO")).status())
                    .isEqualTo(409);

            EventTap.WireEvent decision = bi.awaitEvent(e -> e.type().equals(GoNoGoDecided.TYPE)
                    && e.key().equals(site.get("rolloutId").asString()) && e.data().contains("GL-30"));
            assertThat(decision.data()).contains("GO_WITH_CONDITIONS", "\"member\":\"admin\"");
            bi.awaitEvent(e -> e.type().equals(ReadinessAssessed.TYPE) && e.data().contains("Runbook signed"));
            bi.awaitEvents(e -> e.type().equals(ReadinessAssessed.TYPE) && e.data().contains("\"cause\":\"PLAN\""),
                    10);
            assertThat(EventTap.schemaViolations(bi.seen())).isEmpty();
        }
    }

    private List<JsonNode> demoSites() {
        JsonNode portfolio = pmo.get("/api/tracking/portfolio").json();
        String programId = null;
        for (JsonNode program : portfolio.get("programs")) {
            if ("Northwind Health EHR Program".equals(program.get("name").asString())) {
                programId = program.get("programId").asString();
            }
        }
        List<JsonNode> sites = new ArrayList<>();
        for (JsonNode rollout : portfolio.get("rollouts")) {
            if (rollout.get("programId").asString().equals(programId)) {
                sites.add(rollout);
            }
        }
        return sites;
    }
}
