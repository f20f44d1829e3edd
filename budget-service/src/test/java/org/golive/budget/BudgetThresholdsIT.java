package org.golive.budget;

import org.golive.contract.planning.RolloutCreated;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The spend thresholds finance and the PMO set per program and per budget, and what spend had already passed. */
class BudgetThresholdsIT extends BudgetServiceHarness {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpJson finance() {
        return as("finance", "FINANCE");
    }

    private record Site(String programId, String rolloutId, String budgetId) {
    }

    /** An approved FY2028 budget of 100,000 for interfaces and 100,000 for training, managed by pm.lake. */
    private Site approvedBudget() {
        HttpJson finance = finance();
        String programId = "p-" + UUID.randomUUID();
        String rolloutId = UUID.randomUUID().toString();
        planning.send(rolloutId, TestEvents.event(new RolloutCreated(rolloutId, programId, "Program", null, null,
                "Harbor Hospital", "HOSPITAL", LocalDate.of(2027, 8, 15), 120, 800, "pm.lake", List.of(),
                Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId));
        await().atMost(Duration.ofSeconds(30)).until(() -> finance.get("/rollouts/" + rolloutId).status() == 200);
        String budgetId = finance.get("/rollouts/" + rolloutId).json().get("goLiveBudgetId").asString();
        finance.put("/programs/" + programId + "/envelopes/2028", Map.of("amount", "1000000.00"));
        finance.put("/budgets/" + budgetId + "/lines", Map.of("version", 0, "lines", List.of(
                Map.of("category", "INTERFACES", "months", List.of(Map.of("month", "2027-08", "amount", "100000"))),
                Map.of("category", "TRAINING", "months", List.of(Map.of("month", "2027-09", "amount", "100000"))))));
        finance.post("/budgets/" + budgetId + "/submit", Map.of("version", 1));
        assertThat(finance.post("/budgets/" + budgetId + "/approve", Map.of("version", 2)).status()).isEqualTo(200);
        return new Site(programId, rolloutId, budgetId);
    }

    private static Map<String, Object> form(List<Integer> percents, Long version) {
        Map<String, Object> form = new HashMap<>();
        form.put("percents", percents);
        form.put("version", version);
        return form;
    }

    private static List<String> crossingsOf(List<EventTap.WireEvent> events) {
        return events.stream().map(e -> {
            JsonNode data = JSON.readTree(e.data());
            return data.get("scope").asString() + ":" + data.get("category").asString() + ":"
                    + data.get("thresholdPercent").asInt();
        }).toList();
    }

    /** The thresholds a budget's thresholds view says spend has passed, as "TOTAL:50" or "TRAINING:30". */
    private static List<String> crossed(JsonNode view) {
        List<String> crossed = new java.util.ArrayList<>();
        view.get("crossed").forEach(c -> crossed.add((c.get("scope").asString().equals("TOTAL") ? "TOTAL"
                : c.get("category").asString()) + ":" + c.get("percent").asInt()));
        return crossed;
    }

    @Test
    void financeLowersAProgramsThresholdsAndSpendAlreadyPastTheNewOneIsAnnouncedOnce() {
        Site site = approvedBudget();
        HttpJson finance = finance();
        String thresholds = "/programs/" + site.programId() + "/thresholds";

        JsonNode defaults = finance.get(thresholds).json();
        assertThat(defaults.get("source").asString()).isEqualTo("DEFAULT");
        assertThat(defaults.get("percents").toString()).isEqualTo("[90,100]");
        assertThat(defaults.get("version").isNull()).isTrue();

        // 120,000 committed on interfaces: past 90 and 100 % of its 100,000, but the whole budget only at 60 %.
        finance.post("/budgets/" + site.budgetId() + "/commitments", Map.of("transactionId", "PO-1",
                "date", "2027-07-15", "category", "INTERFACES", "amount", "120000.00"));
        assertThat(crossingsOf(budgetEvents.awaitEvents(e -> e.type().endsWith(".threshold.crossed.v1")
                && e.data().contains(site.budgetId()), 2)))
                .containsExactlyInAnyOrder("CATEGORY:INTERFACES:90", "CATEGORY:INTERFACES:100");

        var set = finance.put(thresholds, form(List.of(50, 100), null));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("source").asString()).isEqualTo("PROGRAM");
        assertThat(set.json().get("percents").toString()).isEqualTo("[50,100]");
        assertThat(set.json().get("setBy").asString()).isEqualTo("finance");
        assertThat(set.json().get("thresholdsCrossed").asInt()).isEqualTo(2);
        long version = set.json().get("version").asLong();

        var announced = budgetEvents.awaitEvents(e -> e.type().endsWith(".threshold.crossed.v1")
                && e.data().contains(site.budgetId()), 4);
        assertThat(crossingsOf(announced)).containsExactlyInAnyOrder("CATEGORY:INTERFACES:90",
                "CATEGORY:INTERFACES:100", "TOTAL::50", "CATEGORY:INTERFACES:50");
        EventTap.WireEvent policySet = budgetEvents.awaitEvent(e -> e.type().equals(
                "org.golive.budget.thresholds.set.v1") && e.key().equals(site.programId()));
        JsonNode policy = JSON.readTree(policySet.data());
        assertThat(policy.get("scope").asString()).isEqualTo("PROGRAM");
        assertThat(policy.get("effectivePercents").toString()).isEqualTo("[50,100]");
        assertThat(policy.get("previousPercents").isNull()).isTrue();

        JsonNode budget = finance.get("/budgets/" + site.budgetId() + "/thresholds").json();
        assertThat(budget.get("source").asString()).isEqualTo("PROGRAM");
        assertThat(crossed(budget)).containsExactly("TOTAL:50", "INTERFACES:50", "INTERFACES:100");

        // The same thresholds again, with the version read: nothing new has been passed, nothing is announced.
        var again = finance.put(thresholds, form(List.of(50, 100), version));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("thresholdsCrossed").asInt()).isZero();
        assertThat(finance.put(thresholds, form(List.of(60, 100), version)).status()).as("stale").isEqualTo(409);
        assertThat(budgetEvents.drain(Duration.ofMillis(300)).stream().filter(e -> e.data().contains(site.budgetId())
                && e.type().endsWith(".threshold.crossed.v1"))).hasSize(4);
        assertThat(EventTap.schemaViolations(budgetEvents.seen())).isEmpty();
    }

    @Test
    void aBudgetOfItsOwnKeepsItsThresholdsWhateverItsProgramsBecomeAndCanFollowThemAgain() {
        Site site = approvedBudget();
        HttpJson finance = finance();
        String path = "/budgets/" + site.budgetId() + "/thresholds";
        finance.post("/budgets/" + site.budgetId() + "/actuals", Map.of("transactionId", "INV-1",
                "date", "2027-09-01", "category", "TRAINING", "amount", "70000.00"));
        long version = finance.get(path).json().get("version").asLong();

        var own = as("pmo", "PMO_ADMIN").put(path, form(List.of(30, 80), version));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("source").asString()).isEqualTo("BUDGET");
        assertThat(own.json().get("percents").toString()).isEqualTo("[30,80]");
        assertThat(own.json().get("ownPercents").toString()).isEqualTo("[30,80]");
        // 70,000 of 200,000 is 35 %: past 30; training's 70 % of its 100,000 too.
        assertThat(crossed(own.json())).containsExactly("TOTAL:30", "TRAINING:30");
        EventTap.WireEvent setEvent = budgetEvents.awaitEvent(e -> e.type().endsWith(".thresholds.set.v1")
                && e.key().equals(site.rolloutId()));
        assertThat(JSON.readTree(setEvent.data()).get("scope").asString()).isEqualTo("BUDGET");
        assertThat(crossingsOf(budgetEvents.awaitEvents(e -> e.type().endsWith(".threshold.crossed.v1")
                && e.data().contains(site.budgetId()), 2)))
                .containsExactlyInAnyOrder("TOTAL::30", "CATEGORY:TRAINING:30");

        // The program's thresholds change; this budget keeps its own and announces nothing.
        var program = finance.put("/programs/" + site.programId() + "/thresholds", form(List.of(10), null));
        assertThat(program.json().get("thresholdsCrossed").asInt()).isZero();
        assertThat(finance.get(path).json().get("percents").toString()).isEqualTo("[30,80]");

        long next = own.json().get("version").asLong();
        var follow = finance.put(path, form(null, next));
        assertThat(follow.status()).as(follow.body()).isEqualTo(200);
        assertThat(follow.json().get("source").asString()).isEqualTo("PROGRAM");
        assertThat(follow.json().get("percents").toString()).isEqualTo("[10]");
        assertThat(follow.json().get("ownPercents").isNull()).isTrue();
        assertThat(crossingsOf(budgetEvents.awaitEvents(e -> e.type().endsWith(".threshold.crossed.v1")
                && e.data().contains(site.budgetId()), 4))).contains("TOTAL::10", "CATEGORY:TRAINING:10");
        assertThat(finance.put(path, form(List.of(50), next)).status()).as("stale").isEqualTo(409);
        assertThat(EventTap.schemaViolations(budgetEvents.seen())).isEmpty();
    }

    @Test
    void badThresholdsUnknownIdsAndRolesWithoutTheRightAreRefusedAsProblems() {
        Site site = approvedBudget();
        HttpJson finance = finance();
        String program = "/programs/" + site.programId() + "/thresholds";
        String budget = "/budgets/" + site.budgetId() + "/thresholds";

        var descending = finance.put(program, form(List.of(100, 90), null));
        assertThat(descending.status()).isEqualTo(422);
        assertThat(descending.json().get("errors").has("percents[1]")).as(descending.body()).isTrue();
        assertThat(finance.put(program, form(List.of(0, 90), null)).json().get("errors").has("percents[0]")).isTrue();
        assertThat(finance.put(program, form(List.of(), null)).status()).isEqualTo(422);
        assertThat(finance.put(program, form(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), null)).status())
                .isEqualTo(422);
        assertThat(finance.put(program, form(List.of(90), 4L)).status()).as("a version before any").isEqualTo(409);
        assertThat(finance.put(budget, form(List.of(90), null)).status()).as("no version").isEqualTo(400);
        assertThat(finance.put(budget, form(List.of(90), 99L)).status()).as("stale").isEqualTo(409);
        var unknownProgram = finance.get("/programs/p-nobody/thresholds");
        assertThat(unknownProgram.status()).isEqualTo(404);
        assertThat(unknownProgram.contentType()).startsWith("application/problem+json");
        assertThat(finance.put("/programs/p-nobody/thresholds", form(List.of(90), null)).status()).isEqualTo(404);
        assertThat(finance.get("/budgets/nobody-FY2028/thresholds").status()).isEqualTo(404);

        HttpJson manager = as("pm.lake", "PROJECT_MANAGER");
        assertThat(manager.get(budget).status()).as("their site's budget").isEqualTo(200);
        assertThat(manager.put(budget, form(List.of(50), 3L)).status()).isEqualTo(403);
        assertThat(manager.get(program).status()).isEqualTo(403);
        assertThat(manager.put(program, form(List.of(50), null)).status()).isEqualTo(403);
        assertThat(as("bi", "VIEWER").get(program).status()).isEqualTo(200);
        assertThat(as("bi", "VIEWER").put(budget, form(List.of(50), 3L)).status()).isEqualTo(403);
        assertThat(as("lead", "CONTRIBUTOR").get(budget).status()).isEqualTo(403);
        assertThat(finance.get(program).json().get("source").asString()).as("nothing was set").isEqualTo("DEFAULT");
    }
}
