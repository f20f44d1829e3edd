package org.golive.budget;

import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.LabourCostChanged;
import org.golive.contract.planning.RolloutCreated;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Planning's labour cost into a site's draft budget: nothing until finance switches the program's rule on, then one
 * planning line per role replaced by each later cost; repeats and older costs change nothing; manual lines stay.
 */
class BudgetLabourCostIT extends BudgetServiceHarness {

    private static final LocalDate GO_LIVE = LocalDate.of(2027, 8, 16);

    private HttpJson finance() {
        return as("finance", "FINANCE");
    }

    private record Site(String programId, String rolloutId, String budgetId) {
    }

    /** A rollout going live in FY2028 whose go-live budget has one manual interfaces line. */
    private Site site() {
        HttpJson finance = finance();
        String programId = "p-" + UUID.randomUUID();
        String rolloutId = UUID.randomUUID().toString();
        planning.send(rolloutId, TestEvents.event(new RolloutCreated(rolloutId, programId, "Program", null, null,
                "Harbor Hospital", "HOSPITAL", GO_LIVE, 120, 800, "pm.lake", List.of(), Instant.now()),
                "/planning/rollouts/" + rolloutId, 1, rolloutId));
        await().atMost(Duration.ofSeconds(30)).until(() -> finance.get("/rollouts/" + rolloutId).status() == 200);
        String budgetId = finance.get("/rollouts/" + rolloutId).json().get("goLiveBudgetId").asString();
        var lines = finance.put("/budgets/" + budgetId + "/lines", Map.of("version", 0, "lines", List.of(
                Map.of("lineId", "interfaces", "category", "INTERFACES", "months",
                        List.of(Map.of("month", "2027-08", "amount", "5000"))))));
        assertThat(lines.status()).as(lines.body()).isEqualTo(200);
        return new Site(programId, rolloutId, budgetId);
    }

    private static void sendCost(Site site, long sequence, String trainerAugust) {
        planning.send(site.rolloutId(), TestEvents.event(new LabourCostChanged(site.rolloutId(), site.programId(),
                "USD", List.of(
                        new LabourCostChanged.Month("2027-06", "CREDENTIALED_TRAINER", "8", "680.00"),
                        new LabourCostChanged.Month("2027-08", "CREDENTIALED_TRAINER", "80", trainerAugust),
                        new LabourCostChanged.Month("2027-08", "SUPER_USER", "16", "880.50")),
                "0", Instant.now()), "/planning/rollouts/" + site.rolloutId() + "/labour-cost", sequence,
                site.rolloutId()));
    }

    /**
     * Sends a go-live move after what was sent before on the rollout's partition and waits for the budget to show it:
     * then everything sent before it has been consumed.
     */
    private void barrier(Site site, long sequence, LocalDate from, LocalDate to) {
        planning.send(site.rolloutId(), TestEvents.event(new GoLiveRescheduled(site.rolloutId(), site.programId(),
                        from, to, "barrier", List.of(), List.of(), null, null, Instant.now()),
                "/planning/rollouts/" + site.rolloutId(), sequence, site.rolloutId()));
        await().atMost(Duration.ofSeconds(30)).until(() -> finance().get("/budgets/" + site.budgetId()).json()
                .get("goLiveDate").asString().equals(to.toString()));
    }

    private JsonNode budget(Site site) {
        return finance().get("/budgets/" + site.budgetId()).json();
    }

    private static Map<String, String> lines(JsonNode budget) {
        Map<String, String> lines = new HashMap<>();
        budget.get("lines").forEach(line -> lines.put(line.get("lineId").asString() + ":"
                + line.get("origin").asString(), line.get("total").get("amount").asString()));
        return lines;
    }

    private static Map<String, Object> rule(boolean enabled, Long version) {
        Map<String, Object> form = new HashMap<>();
        form.put("enabled", enabled);
        form.put("version", version);
        return form;
    }

    @Test
    void withTheRuleOffNoLineIsTakenAndSwitchingItOnTakesTheLatestCostBesideTheManualLine() {
        Site site = site();
        HttpJson finance = finance();
        String path = "/programs/" + site.programId() + "/labour-cost-rule";
        assertThat(finance.get(path).json().get("enabled").asBoolean()).isFalse();

        sendCost(site, 1, "6800.00");
        barrier(site, 2, GO_LIVE, GO_LIVE.plusDays(1));
        assertThat(lines(budget(site))).containsExactly(Map.entry("interfaces:MANUAL", "5000.00"));

        assertThat(as("pm", "PROJECT_MANAGER").put(path, rule(true, null)).status()).isEqualTo(403);
        assertThat(as("pmo", "PMO_ADMIN").put(path, rule(true, null)).status()).isEqualTo(403);
        var on = finance.put(path, rule(true, null));
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.json().get("enabled").asBoolean()).isTrue();
        // the site's FY2027 and FY2028 drafts: June's cost is the earlier year's
        assertThat(on.json().get("budgetsUpdated").asInt()).isEqualTo(2);
        assertThat(on.json().get("setBy").asString()).isEqualTo("finance");
        String earlier = site.rolloutId() + "-FY2027";
        assertThat(lines(finance.get("/budgets/" + earlier).json()))
                .containsEntry("planning-labour-credentialed-trainer:PLANNING", "680.00")
                .doesNotContainKey("planning-labour-super-user:PLANNING");
        assertThat(lines(budget(site))).containsOnly(Map.entry("interfaces:MANUAL", "5000.00"),
                Map.entry("planning-labour-credentialed-trainer:PLANNING", "6800.00"),
                Map.entry("planning-labour-super-user:PLANNING", "880.50"));
        JsonNode trainer = budget(site).get("lines").findParents("lineId").stream()
                .filter(l -> l.get("lineId").asString().equals("planning-labour-credentialed-trainer")).findFirst()
                .orElseThrow();
        assertThat(trainer.get("category").asString()).isEqualTo("TRAINING");
        assertThat(trainer.get("months").get(0).get("month").asString()).isEqualTo("2027-08");

        List<EventTap.WireEvent> ruleEvents = budgetEvents.awaitEvents(e -> site.programId().equals(e.key())
                && e.type().equals("org.golive.budget.labour-cost-rule.set.v1"), 1);
        assertThat(EventTap.schemaViolations(ruleEvents)).isEmpty();
        assertThat(finance.put(path, rule(false, 5L)).status()).isEqualTo(409);
    }

    @Test
    void aLaterCostReplacesTheLinesAndTheSameCostTwiceOrAnOlderOneChangesNothing() {
        Site site = site();
        HttpJson finance = finance();
        assertThat(finance.put("/programs/" + site.programId() + "/labour-cost-rule", rule(true, null)).status())
                .isEqualTo(200);

        sendCost(site, 1, "6800.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> lines(budget(site))
                .containsKey("planning-labour-credentialed-trainer:PLANNING"));
        sendCost(site, 2, "7200.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> "7200.00".equals(lines(budget(site))
                .get("planning-labour-credentialed-trainer:PLANNING")));
        long version = budget(site).get("version").asLong();

        sendCost(site, 2, "9999.00"); // the same event again (a redelivery)
        sendCost(site, 1, "6800.00"); // an older one after the newer
        barrier(site, 2, GO_LIVE, GO_LIVE.plusDays(1));
        JsonNode after = budget(site);
        assertThat(lines(after)).containsOnly(Map.entry("interfaces:MANUAL", "5000.00"),
                Map.entry("planning-labour-credentialed-trainer:PLANNING", "7200.00"),
                Map.entry("planning-labour-super-user:PLANNING", "880.50"));
        assertThat(after.get("version").asLong()).as("only the go-live move wrote the budget").isEqualTo(version + 1);
    }

    @Test
    void peopleEditTheirLinesWithoutTouchingPlanningsAndCannotEditPlanningsLines() {
        Site site = site();
        HttpJson finance = finance();
        finance.put("/programs/" + site.programId() + "/labour-cost-rule", rule(true, null));
        sendCost(site, 1, "6800.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> lines(budget(site))
                .containsKey("planning-labour-credentialed-trainer:PLANNING"));

        long version = budget(site).get("version").asLong();
        var manualOnly = finance.put("/budgets/" + site.budgetId() + "/lines", Map.of("version", version, "lines",
                List.of(Map.of("lineId", "interfaces", "category", "INTERFACES", "months",
                        List.of(Map.of("month", "2027-09", "amount", "6000"))))));
        assertThat(manualOnly.status()).as(manualOnly.body()).isEqualTo(200);
        assertThat(lines(manualOnly.json())).containsOnly(Map.entry("interfaces:MANUAL", "6000.00"),
                Map.entry("planning-labour-credentialed-trainer:PLANNING", "6800.00"),
                Map.entry("planning-labour-super-user:PLANNING", "880.50"));

        var edited = finance.put("/budgets/" + site.budgetId() + "/lines", Map.of("version", version + 1, "lines",
                List.of(Map.of("lineId", "planning-labour-super-user", "category", "INTERNAL_STAFF_BACKFILL",
                        "months", List.of(Map.of("month", "2027-08", "amount", "1"))))));
        assertThat(edited.status()).as(edited.body()).isEqualTo(422);
        assertThat(edited.body()).contains("planning's labour cost");

        // A later cost with the rule on replaces planning's lines and leaves the manual one as people left it.
        sendCost(site, 2, "7000.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> "7000.00".equals(lines(budget(site))
                .get("planning-labour-credentialed-trainer:PLANNING")));
        assertThat(lines(budget(site))).containsEntry("interfaces:MANUAL", "6000.00");
    }
}
