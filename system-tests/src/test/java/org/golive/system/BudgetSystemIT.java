package org.golive.system;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The finance analyst's year through the gateway, signed in as the demo user {@code finance}: approve a site budget
 * inside the program's envelope, be refused one outside it, import actuals from the ERP with a bad row (reported,
 * the rest taken, a re-import changes nothing), see the threshold event at 90 %, and read the site's and the
 * program's 5-year TCO, NPV, ROI and payback.
 */
class BudgetSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The go-live year: mid-August next year, always inside planning's window; its fiscal year is the next. */
    private static final int YEAR = GoLiveDates.today().getYear() + 1;

    private final HttpJson admin = GoliveStack.gateway();

    private String site(String programId, String name) {
        String rolloutId = admin.post("/api/planning/programs/" + programId + "/rollouts", Map.of("siteName", name,
                "siteType", "HOSPITAL", "goLiveDate", YEAR + "-08-14", "beds", 150, "users", 900)).json()
                .get("id").asString();
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> admin.get("/api/budgets/rollouts/" + rolloutId), r -> r.status() == 200)
                .json().get("goLiveBudgetId").asString();
    }

    private static Map<String, Object> line(String category, String month, String amount) {
        return Map.of("category", category, "months", List.of(Map.of("month", month, "amount", amount)));
    }

    @Test
    void financeApprovesImportsActualsSeesTheThresholdsAndReadsTheRollUpAndFiscalImpact() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.BUDGET)) {
            String programId = admin.post("/api/planning/programs", Map.of("name", "Finance year")).json()
                    .get("id").asString();
            String first = site(programId, "Northgate Hospital");
            String second = site(programId, "Southgate Hospital");
            HttpJson finance = GoliveStack.gatewayAs("finance");

            JsonNode draft = finance.get("/api/budgets/budgets/" + first).json();
            assertThat(draft.get("lines").findValuesAsString("category")).as("the template's lines for the go-live year")
                    .contains("GO_LIVE_SUPPORT", "CONTINGENCY");
            assertThat(finance.put("/api/budgets/programs/" + programId + "/envelopes/" + (YEAR + 1),
                    Map.of("amount", "400000.00")).status()).isEqualTo(200);
            for (String budget : List.of(first, second)) {
                String amount = budget.equals(first) ? "100000.00" : "250000.00";
                // Each answer checked where it is given: a refused step names itself, not the approval after it.
                HttpJson.Reply planned = finance.put("/api/budgets/budgets/" + budget + "/lines", Map.of(
                        "version", 0, "lines", List.of(line("INTERFACES", YEAR + "-08", amount),
                                line("TRAINING", YEAR + "-09", amount))));
                assertThat(planned.status()).as("lines of %s: %s", budget, planned.body()).isEqualTo(200);
                assertThat(planned.json().get("version").asLong()).as(planned.body()).isEqualTo(1);
                HttpJson.Reply submitted = finance.post("/api/budgets/budgets/" + budget + "/submit",
                        Map.of("version", 1));
                assertThat(submitted.status()).as("submit of %s: %s", budget, submitted.body()).isEqualTo(200);
                assertThat(submitted.json().get("version").asLong()).as(submitted.body()).isEqualTo(2);
            }
            HttpJson.Reply inside = finance.post("/api/budgets/budgets/" + first + "/approve", Map.of("version", 2));
            assertThat(inside.status()).as(inside.body()).isEqualTo(200);
            HttpJson.Reply outside = finance.post("/api/budgets/budgets/" + second + "/approve",
                    Map.of("version", 2));
            assertThat(outside.status()).as(outside.body()).isEqualTo(422);
            assertThat(outside.contentType()).startsWith("application/problem+json");

            String csv = """
                    transaction_id,date,category,amount,currency,description,vendor,reference
                    ERP-1,%1$d-08-20,Interfaces,95000.00,USD,Interface build,Interface Works,
                    ERP-2,%1$d-09-10,Training,40000.00,USD,Training,Learning Co,
                    ERP-3,%1$d-09-12,Training,1O00.00,USD,A mistyped amount,Learning Co,
                    """.formatted(YEAR);
            JsonNode report = importCsv(finance, first, csv);
            assertThat(report.get("recorded").asInt()).isEqualTo(2);
            assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(4);
            JsonNode again = importCsv(finance, first, csv);
            assertThat(again.get("recorded").asInt()).isZero();
            assertThat(again.get("alreadyRecorded").asInt()).isEqualTo(2);

            // Interfaces: 95,000 of 100,000 spent, past 90 %.
            EventTap.WireEvent crossed = bi.awaitEvent(e -> e.type().endsWith(".threshold.crossed.v1")
                    && e.data().contains(first));
            assertThat(JSON.readTree(crossed.data()).get("thresholdPercent").asInt()).isEqualTo(90);
            assertThat(crossed.attributes()).containsEntry("actor", "finance");

            String rolloutId = draft.get("rolloutId").asString();
            HttpJson.Reply plan = finance.put("/api/budgets/rollouts/" + rolloutId + "/fiscal-impact", Map.of(
                    "discountRate", "0.08", "implementationCost", "1000000.00", "years", List.of(
                            year(), year(), year(), year(), year())));
            assertThat(plan.status()).as(plan.body()).isEqualTo(200);
            JsonNode impact = finance.get("/api/budgets/rollouts/" + rolloutId + "/fiscal-impact").json()
                    .get("impact");
            assertThat(impact.get("npv").asString()).isEqualTo("197813.01");
            assertThat(impact.get("tco5").asString()).isEqualTo("2000000.00");
            assertThat(impact.get("roiPercent").asString()).isEqualTo("25.00");
            assertThat(impact.get("paybackYears").asString()).isEqualTo("3.33");
            JsonNode program = finance.get("/api/budgets/programs/" + programId + "/fiscal-impact").json();
            assertThat(program.toString()).contains("197813.01");

            // Lower program thresholds: spend already past 50 % (the total's 67.5 %, interfaces' 95 %) is announced.
            HttpJson.Reply thresholds = finance.put("/api/budgets/programs/" + programId + "/thresholds",
                    Map.of("percents", List.of(50, 100)));
            assertThat(thresholds.status()).as(thresholds.body()).isEqualTo(200);
            assertThat(thresholds.json().get("thresholdsCrossed").asInt()).isEqualTo(2);
            bi.awaitEvent(e -> e.type().equals("org.golive.budget.thresholds.set.v1") && e.key().equals(programId));
            JsonNode rollUp = finance.get("/api/budgets/programs/" + programId
                            + "/budget-roll-up?fiscalYear=" + (YEAR + 1))
                    .json();
            assertThat(rollUp.get("program").get("total").get("approved").asString()).isEqualTo("200000.00");
            assertThat(rollUp.get("program").get("total").get("actual").asString()).isEqualTo("135000.00");
            assertThat(rollUp.get("envelopes").get(0).get("remaining").asString()).isEqualTo("200000.00");
            assertThat(EventTap.schemaViolations(bi.seen())).isEmpty();
        }
    }

    /** Recurring costs 200,000 and benefits 500,000 a year: the worked example of the fiscal maths. */
    private static Map<String, Object> year() {
        return Map.of("costs", Map.of("MAINTENANCE", "200000.00"), "benefits", Map.of("SAVINGS", "500000.00"));
    }

    private static JsonNode importCsv(HttpJson client, String budgetId, String csv) {
        HttpJson.Reply reply = client.send(HttpRequest.newBuilder(client.uri("/api/budgets/budgets/" + budgetId
                        + "/actuals/import")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
