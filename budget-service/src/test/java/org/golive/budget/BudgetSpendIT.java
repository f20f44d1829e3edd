package org.golive.budget;

import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.RolloutCreated;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Commitments and actuals against an approved budget, from the API and from an ERP file, and the thresholds. */
class BudgetSpendIT extends BudgetServiceHarness {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpJson finance() {
        return as("finance", "FINANCE");
    }

    /** An approved FY2028 budget: 100,000 for interfaces and 100,000 for training. */
    private String approvedBudget() {
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
        return budgetId;
    }

    private HttpJson.Reply importCsv(HttpJson client, String budgetId, String csv) {
        return client.send(HttpRequest.newBuilder(client.uri("/budgets/" + budgetId + "/actuals/import"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    private static final String ERP_EXPORT = """
            transaction_id,date,category,amount,currency,description,vendor,reference
            INV-1,2027-08-20,Interfaces,50000.00,USD,Lab interface build,Interface Works,PO-1
            INV-2,2027-09-10,Training,80000.00,USD,End-user training,Learning Co,
            INV-3,2027-09-24,Training,10000.00,USD,Training rooms,Facilities,
            INV-4,2027-09-25,Training,12.3.4,USD,Broken amount,Facilities,
            """;

    @Test
    void anErpImportTakesTheGoodRowsReportsTheBadOneRaisesEachThresholdOnceAndChangesNothingTheSecondTime() {
        String budgetId = approvedBudget();
        HttpJson finance = finance();

        var po = finance.post("/budgets/" + budgetId + "/commitments", Map.of("transactionId", "PO-1",
                "date", "2027-07-15", "category", "INTERFACES", "amount", "90000.00", "vendor", "Interface Works"));
        assertThat(po.status()).as(po.body()).isEqualTo(201);
        assertThat(po.json().get("byCategory").get("INTERFACES").get("exposure").get("amount").asString())
                .isEqualTo("90000.00");

        var report = importCsv(finance, budgetId, ERP_EXPORT);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode first = report.json();
        assertThat(first.get("rowsRead").asInt()).isEqualTo(4);
        assertThat(first.get("recorded").asInt()).isEqualTo(3);
        assertThat(first.get("rejected")).hasSize(1);
        assertThat(first.get("rejected").get(0).get("line").asInt()).isEqualTo(5);
        assertThat(first.get("rejected").get(0).get("column").asString()).isEqualTo("amount");
        // Training reaches 90,000 of 100,000 and the total 180,000 of 200,000 (INV-1 draws PO-1 down, no double count).
        assertThat(first.get("thresholdsCrossed").asInt()).isEqualTo(2);

        JsonNode spend = finance.get("/budgets/" + budgetId + "/spend").json();
        assertThat(spend.get("total").get("actual").get("amount").asString()).isEqualTo("140000.00");
        assertThat(spend.get("total").get("openCommitments").get("amount").asString()).isEqualTo("40000.00");
        assertThat(spend.get("total").get("exposure").get("amount").asString()).isEqualTo("180000.00");

        // EAC per category: actual + the larger of open commitments and unspent plan. Interfaces 50,000 + 50,000,
        // training 90,000 + 10,000: the budget still ends at 200,000.
        JsonNode forecast = finance.get("/budgets/" + budgetId + "/forecast").json();
        assertThat(forecast.get("estimateAtCompletion").get("amount").asString()).isEqualTo("200000.00");
        assertThat(forecast.get("variance").get("amount").asString()).isEqualTo("0.00");
        assertThat(forecast.get("months").get("2027-09").get("actual").get("amount").asString())
                .isEqualTo("90000.00");
        assertThat(forecast.get("months").get("2027-08").get("variance").get("amount").asString())
                .isEqualTo("50000.00");

        JsonNode again = importCsv(finance, budgetId, ERP_EXPORT).json();
        assertThat(again.get("recorded").asInt()).isZero();
        assertThat(again.get("alreadyRecorded").asInt()).isEqualTo(3);
        assertThat(again.get("thresholdsCrossed").asInt()).isZero();
        assertThat(finance.get("/budgets/" + budgetId + "/spend").json()).isEqualTo(spend);

        budgetEvents.awaitEvents(e -> e.type().endsWith(".actual.recorded.v1") && e.data().contains(budgetId), 3);
        var crossings = budgetEvents.awaitEvents(e -> e.type().endsWith(".threshold.crossed.v1")
                && e.data().contains(budgetId), 3);
        assertThat(crossings).extracting(e -> {
            JsonNode data = JSON.readTree(e.data());
            return data.get("scope").asString() + ":" + data.get("category").asString() + ":"
                    + data.get("thresholdPercent").asInt();
        }).containsExactlyInAnyOrder("CATEGORY:INTERFACES:90", "CATEGORY:TRAINING:90", "TOTAL::90");
        assertThat(budgetEvents.drain(Duration.ofMillis(500)).stream()
                .filter(e -> e.data().contains(budgetId) && e.type().endsWith(".actual.recorded.v1")))
                .as("the re-import published nothing more").hasSize(3);
        assertThat(budgetEvents.seen().stream()
                .filter(e -> e.data().contains(budgetId) && e.type().endsWith(".forecast.updated.v1")))
                .as("published when the estimate first exists, not again while it stays 200,000").hasSize(1);
        assertThat(EventTap.schemaViolations(budgetEvents.seen())).isEmpty();
    }

    @Test
    void spendOutsideTheFiscalYearOrFromAProjectManagerIsRefused() {
        String budgetId = approvedBudget();
        var outside = finance().post("/budgets/" + budgetId + "/actuals", Map.of("transactionId", "X-1",
                "date", "2026-01-10", "category", "TRAINING", "amount", "10.00"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("errors").has("date")).isTrue();

        HttpJson pm = as("pm.lake", "PROJECT_MANAGER");
        assertThat(pm.post("/budgets/" + budgetId + "/actuals", Map.of("transactionId", "X-2",
                "date", "2027-09-10", "category", "TRAINING", "amount", "10.00")).status()).isEqualTo(403);

        var first = finance().post("/budgets/" + budgetId + "/actuals", Map.of("transactionId", "X-3",
                "date", "2027-09-10", "category", "TRAINING", "amount", "10.00"));
        assertThat(first.status()).isEqualTo(201);
        var same = finance().post("/budgets/" + budgetId + "/actuals", Map.of("transactionId", "X-3",
                "date", "2027-09-10", "category", "TRAINING", "amount", "10.00"));
        assertThat(same.status()).as("the same transaction again changes nothing").isEqualTo(200);
        var clash = finance().post("/budgets/" + budgetId + "/actuals", Map.of("transactionId", "X-3",
                "date", "2027-09-10", "category", "TRAINING", "amount", "99.00"));
        assertThat(clash.status()).isEqualTo(409);
    }

    @Test
    void whenGoLiveMovesTheUnspentPhasingMovesWithItOnceAndStaysInsideTheFiscalYear() {
        HttpJson finance = finance();
        String programId = "p-" + UUID.randomUUID();
        String rolloutId = UUID.randomUUID().toString();
        planning.send(rolloutId, TestEvents.event(new RolloutCreated(rolloutId, programId, "Program", null, null,
                "Bayside Clinic", "AMBULATORY_CLINIC", LocalDate.of(2027, 8, 15), null, 60, null, List.of(),
                Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId));
        await().atMost(Duration.ofSeconds(30)).until(() -> finance.get("/rollouts/" + rolloutId).status() == 200);
        String budgetId = finance.get("/rollouts/" + rolloutId).json().get("goLiveBudgetId").asString();
        finance.put("/budgets/" + budgetId + "/lines", Map.of("version", 0, "lines", List.of(
                Map.of("category", "TRAINING", "months", List.of(Map.of("month", "2027-09", "amount", "1000"),
                        Map.of("month", "2028-05", "amount", "500"))))));

        var moved = TestEvents.event(new GoLiveRescheduled(rolloutId, programId,
                LocalDate.of(2027, 8, 15), LocalDate.of(2027, 10, 16), "Vendor delay", List.of(), List.of(), null, null,
                Instant.now()), "/planning/rollouts/" + rolloutId, 2, rolloutId);
        planning.send(rolloutId, moved);
        planning.send(rolloutId, moved);

        JsonNode shifted = await().atMost(Duration.ofSeconds(30))
                .until(() -> finance.get("/budgets/" + budgetId).json(),
                        b -> b.get("goLiveDate").asString().equals("2027-10-16"));
        // September moves two months to November; May 2028 would leave FY2028 (ending June 2028) and stays in June.
        assertThat(shifted.get("lines").get(0).get("months").findValuesAsString("month"))
                .containsExactly("2027-11", "2028-06");
        assertThat(shifted.get("total").get("amount").asString()).isEqualTo("1500.00");
        var events = budgetEvents.awaitEvents(e -> e.type().endsWith(".phasing.shifted.v1")
                && e.data().contains(budgetId), 1);
        JsonNode data = JSON.readTree(events.get(0).data());
        assertThat(data.get("monthsShifted").asInt()).isEqualTo(2);
        assertThat(data.get("clamped").asBoolean()).isTrue();
        assertThat(budgetEvents.drain(Duration.ofMillis(500)).stream()
                .filter(e -> e.type().endsWith(".phasing.shifted.v1") && e.data().contains(budgetId)))
                .as("the redelivered move shifted nothing twice").hasSize(1);
        assertThat(EventTap.schemaViolations(events)).isEmpty();
    }

    @Test
    void spendNamingALineCountsOnThatLineAndALineTheBudgetHasNotIsRefused() {
        HttpJson finance = finance();
        String budgetId = approvedBudget();
        var budget = finance.get("/budgets/" + budgetId).json();
        String training = null;
        for (JsonNode line : budget.get("lines")) {
            if (line.get("category").asString().equals("TRAINING")) {
                training = line.get("lineId").asString();
            }
        }

        var named = finance.post("/budgets/" + budgetId + "/actuals", Map.of("transactionId", "L-1",
                "date", "2027-09-10", "category", "TRAINING", "amount", "30000.00", "lineId", training));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        var wrongLine = finance.post("/budgets/" + budgetId + "/actuals", Map.of("transactionId", "L-2",
                "date", "2027-09-10", "category", "TRAINING", "amount", "10.00", "lineId", "l-99"));
        assertThat(wrongLine.status()).isEqualTo(422);
        assertThat(wrongLine.json().get("errors").get("lineId").asString()).contains("no line l-99");

        String csv = "transaction_id,date,category,amount,currency,description,vendor,line_id\n"
                + "L-3,2027-09-12,Training,5000.00,USD,Rooms,Facilities," + training + "\n"
                + "L-4,2027-09-12,Software,5000.00,USD,Licences,Epic," + training + "\n";
        JsonNode report = importCsv(finance, budgetId, csv).json();
        assertThat(report.get("recorded").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").get(0).get("column").asString()).isEqualTo("line_id");

        JsonNode line = finance.get("/budgets/" + budgetId + "/forecast").json().get("lines").get(training);
        // 100,000 planned, 35,000 spent on it: 65,000 still planned, so the line still ends at 100,000.
        assertThat(line.get("actual").get("amount").asString()).isEqualTo("35000.00");
        assertThat(line.get("estimateAtCompletion").get("amount").asString()).isEqualTo("100000.00");
    }
}
