package org.golive.system;

import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17's labour cost through the gateway: the PMO staffs a site's training from the program's pool, planning
 * costs it by month, finance switches the program's labour-cost rule on, and the cost reaches the site's draft budget
 * as a planning line beside the manual ones.
 */
class LabourCostSystemIT {

    /**
     * A Monday go-live some 30 weeks ahead, moved out of June to August so that the training before it (a few weeks)
     * falls in the go-live's own fiscal year (July to June, as the budgets count them).
     */
    private static final LocalDate GO_LIVE = outsideJuneToAugust(GoLiveDates.mondayWeeksAhead(30));
    private static final YearMonth GO_LIVE_FISCAL_YEAR = YearMonth.of(
            GO_LIVE.getMonthValue() >= 7 ? GO_LIVE.getYear() : GO_LIVE.getYear() - 1, 7);

    private static LocalDate outsideJuneToAugust(LocalDate date) {
        LocalDate goLive = date;
        while (goLive.getMonthValue() >= 6 && goLive.getMonthValue() <= 8) {
            goLive = goLive.plusWeeks(4);
        }
        return goLive;
    }

    private final HttpJson admin = GoliveStack.gateway();

    private String standardTemplateId() {
        for (JsonNode template : admin.get("/api/planning/templates").json()) {
            if (template.get("name").asString().equals("Standard EHR site rollout")) {
                return template.get("id").asString();
            }
        }
        throw new AssertionError("The demo's standard template is missing");
    }

    @Test
    void theLabourCostOfASitesAssignmentsReachesItsBudgetWhenFinanceSwitchesTheRuleOn() {
        String programId = admin.post("/api/planning/programs", Map.of("name", "Labour cost")).json().get("id")
                .asString();
        String rolloutId = admin.post("/api/planning/programs/" + programId + "/rollouts", Map.of("siteName",
                "Riverside Hospital", "siteType", "HOSPITAL", "goLiveDate", GO_LIVE.toString())).json().get("id")
                .asString();
        HttpJson.Reply plan = admin.post("/api/planning/rollouts/" + rolloutId + "/plan",
                Map.of("templateId", standardTemplateId()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        HttpJson.Reply trainer = admin.post("/api/planning/programs/" + programId + "/resources", Map.of(
                "kind", "PERSON", "name", "Dana Whitfield", "role", "CREDENTIALED_TRAINER", "hoursPerWeek", 40,
                "costRates", List.of(Map.of("from", GO_LIVE.minusYears(1).withDayOfMonth(1).toString(),
                        "hourlyRate", "85.00"))));
        assertThat(trainer.status()).as(trainer.body()).isEqualTo(201);
        HttpJson.Reply assigned = admin.put("/api/planning/rollouts/" + rolloutId
                + "/plan/tasks/end-user-training/resources", Map.of("revision", 0, "assignments",
                List.of(Map.of("resourceId", trainer.json().get("id").asString(), "units", 1))));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        JsonNode cost = admin.get("/api/planning/rollouts/" + rolloutId + "/labour-cost").json();
        assertThat(cost.get("months")).isNotEmpty();
        BigDecimal inGoLiveYear = BigDecimal.ZERO;
        for (JsonNode month : cost.get("months")) {
            YearMonth costed = YearMonth.parse(month.get("month").asString());
            if (!costed.isBefore(GO_LIVE_FISCAL_YEAR) && costed.isBefore(GO_LIVE_FISCAL_YEAR.plusYears(1))) {
                inGoLiveYear = inGoLiveYear.add(month.get("amount").decimalValue());
            }
        }
        assertThat(inGoLiveYear).as("the training runs in the go-live year: %s", cost).isPositive();

        HttpJson finance = GoliveStack.gatewayAs("finance");
        String budgetId = await().atMost(Duration.ofSeconds(60))
                .until(() -> finance.get("/api/budgets/rollouts/" + rolloutId), r -> r.status() == 200)
                .json().get("goLiveBudgetId").asString();
        List<String> manual = finance.get("/api/budgets/budgets/" + budgetId).json().get("lines")
                .findValuesAsString("lineId");
        assertThat(manual).as("the rule is off until finance switches it on").noneMatch(id -> id.startsWith("planning-"));

        HttpJson.Reply on = finance.put("/api/budgets/programs/" + programId + "/labour-cost-rule",
                Map.of("enabled", true));
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        String expected = inGoLiveYear.setScale(2).toPlainString();
        JsonNode budget = await().atMost(Duration.ofSeconds(60)).until(
                () -> finance.get("/api/budgets/budgets/" + budgetId).json(),
                b -> b.get("lines").findParents("lineId").stream().anyMatch(l -> l.get("lineId").asString()
                        .equals("planning-labour-credentialed-trainer")));
        JsonNode line = budget.get("lines").findParents("lineId").stream()
                .filter(l -> l.get("lineId").asString().equals("planning-labour-credentialed-trainer")).findFirst()
                .orElseThrow();
        assertThat(line.get("origin").asString()).isEqualTo("PLANNING");
        assertThat(line.get("category").asString()).isEqualTo("TRAINING");
        assertThat(line.get("total").get("amount").asString()).isEqualTo(expected);
        assertThat(budget.get("lines").findValuesAsString("lineId")).containsAll(manual);
    }
}
