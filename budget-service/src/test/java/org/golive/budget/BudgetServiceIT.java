package org.golive.budget;

import io.cloudevents.CloudEvent;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BudgetServiceIT extends BudgetServiceHarness {

    HttpJson http;

    @BeforeEach
    void client() {
        http = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
    }

    @Test
    void aNewRolloutGetsADraftBudgetForEachFiscalYearItsPlanTouchesEvenWhenTheEventArrivesTwice() {
        String rolloutId = UUID.randomUUID().toString();
        CloudEvent rolloutCreated = TestEvents.event(new RolloutCreated(rolloutId, "p-1", "Program", null, null,
                "Lakeside Clinic", "AMBULATORY_CLINIC", LocalDate.of(2027, 8, 15), null, 80, null, List.of(),
                Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId);

        planning.send(rolloutId, rolloutCreated);
        planning.send(rolloutId, rolloutCreated);

        HttpJson.Reply reply = await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/rollouts/" + rolloutId),
                r -> r.status() == 200 && r.json().get("budgets").size() == 2);
        JsonNode budgets = reply.json().get("budgets");
        // A July fiscal year start puts 15 August 2027 in FY2028 (1 July 2027 - 30 June 2028); the template spends
        // from March 2027 (services, software), in FY2027, so that year gets a draft too.
        assertThat(budgets.findValuesAsString("id")).containsExactly(rolloutId + "-FY2027", rolloutId + "-FY2028");
        assertThat(reply.json().get("goLiveBudgetId").asString()).isEqualTo(rolloutId + "-FY2028");
        assertThat(budgets.get(1).get("status").asString()).isEqualTo("DRAFT");
        assertThat(budgets.get(1).get("currency").asString()).isEqualTo("USD");
        assertThat(budgets.get(1).get("lines").findValuesAsString("category")).contains("GO_LIVE_SUPPORT");

        budgetEvents.awaitEvents(e -> rolloutId.equals(e.key()), 2);
        assertThat(EventTap.schemaViolations(budgetEvents.seen())).isEmpty();
        assertThat(budgetEvents.drain(Duration.ofSeconds(2)))
                .filteredOn(e -> rolloutId.equals(e.key())).extracting(EventTap.WireEvent::type)
                .containsExactly("org.golive.budget.budget.opened.v1", "org.golive.budget.budget.opened.v1");
    }

    @Test
    void aProjectManagerReadsTheBudgetsOfTheRolloutsTheyManageOnly() {
        String north = UUID.randomUUID().toString();
        String lake = UUID.randomUUID().toString();
        planning.send(north, rolloutCreated(north, "pm.north"));
        planning.send(lake, rolloutCreated(lake, "pm.lake"));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/rollouts/" + north).status() == 200
                && http.get("/rollouts/" + lake).status() == 200);
        String lakeBudget = http.get("/rollouts/" + lake).json().get("goLiveBudgetId").asString();

        HttpJson pmNorth = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));
        assertThat(pmNorth.get("/rollouts/" + north).status()).isEqualTo(200);
        HttpJson.Reply other = pmNorth.get("/rollouts/" + lake);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(pmNorth.get("/budgets/" + lakeBudget).status()).as("guessing the budget id").isEqualTo(403);
        assertThat(http.withToken(TestTokens.forRoles("finance", "FINANCE")).get("/rollouts/" + lake).status())
                .as("finance reads every budget").isEqualTo(200);
    }

    @Test
    void whenTheSiteChangesHandsTheNewProjectManagerGetsItsBudgetAndTheFormerOneLosesIt() {
        String site = UUID.randomUUID().toString();
        planning.send(site, rolloutCreated(site, "pm.north"));
        planning.send(site, TestEvents.event(new RolloutUpdated(site, "p-2", null, null, "Site " + site, "HOSPITAL",
                100, 700, "pm.lake", List.of(), null, "HOSPITAL", "pm.north", Instant.now()),
                "/planning/rollouts/" + site, 2, site));
        HttpJson pmLake = http.withToken(TestTokens.forRoles("pm.lake", "PROJECT_MANAGER"));
        HttpJson pmNorth = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));

        await().atMost(Duration.ofSeconds(30)).until(() -> pmLake.get("/rollouts/" + site).status() == 200);

        assertThat(pmNorth.get("/rollouts/" + site).status()).isEqualTo(403);
    }

    private static CloudEvent rolloutCreated(String rolloutId, String projectManager) {
        return TestEvents.event(new RolloutCreated(rolloutId, "p-2", "Program", null, null, "Site " + rolloutId,
                "HOSPITAL", LocalDate.of(2027, 3, 6), 100, 700, projectManager, List.of(), Instant.now()),
                "/planning/rollouts/" + rolloutId, 1, rolloutId);
    }

    @Test
    void unknownRolloutsAndBudgetsAre404Problems() {
        HttpJson.Reply reply = http.get("/rollouts/unknown-rollout");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/budgets/unknown").status()).isEqualTo(404);
    }
}
