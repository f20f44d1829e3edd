package org.golive.budget;

import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.WaveCreated;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A program's budgets summed per wave and per site, by category and fiscal year, beside its envelopes. */
class BudgetRollUpIT extends BudgetServiceHarness {

    private HttpJson finance() {
        return as("finance", "FINANCE");
    }

    /** A site going live 15 Aug 2027 (FY2028) in a wave; its FY2028 budget holds the lines given, in draft. */
    private String site(String programId, String waveId, String waveName, String siteName, String interfaces,
                        String training) {
        HttpJson finance = finance();
        String rolloutId = UUID.randomUUID().toString();
        planning.send(rolloutId, TestEvents.event(new RolloutCreated(rolloutId, programId, "Program", waveId,
                waveName, siteName, "HOSPITAL", LocalDate.of(2027, 8, 15), 120, 800, "pm.lake", List.of(),
                Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId));
        await().atMost(Duration.ofSeconds(30)).until(() -> finance.get("/rollouts/" + rolloutId).status() == 200);
        String budgetId = rolloutId + "-FY2028";
        var lines = finance.put("/budgets/" + budgetId + "/lines", Map.of("version", 0, "lines", List.of(
                Map.of("category", "INTERFACES", "months", List.of(Map.of("month", "2027-08", "amount", interfaces))),
                Map.of("category", "TRAINING", "months", List.of(Map.of("month", "2027-09", "amount", training))))));
        assertThat(lines.status()).as(lines.body()).isEqualTo(200);
        return budgetId;
    }

    private void approve(String budgetId) {
        HttpJson finance = finance();
        finance.post("/budgets/" + budgetId + "/submit", Map.of("version", 1));
        var approved = finance.post("/budgets/" + budgetId + "/approve", Map.of("version", 2));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    private static String amount(JsonNode amounts, String figure) {
        return amounts.get(figure).asString();
    }

    @Test
    void theProgramsBudgetsAddUpPerWaveSiteCategoryAndYearBesideItsEnvelope() {
        HttpJson finance = finance();
        String programId = "p-" + UUID.randomUUID();
        String north = "w-" + UUID.randomUUID();
        String south = "w-" + UUID.randomUUID();
        // The waves' own events give their order: South goes first although North's name sorts first.
        planning.send(south, TestEvents.event(new WaveCreated(south, programId, "South", 1, Instant.now()),
                "/planning/waves/" + south, 1, south));
        planning.send(north, TestEvents.event(new WaveCreated(north, programId, "North", 2, Instant.now()),
                "/planning/waves/" + north, 1, north));
        String harbor = site(programId, north, "North", "Harbor Hospital", "100000", "50000");
        String lakeside = site(programId, north, "North", "Lakeside Clinic", "40000", "10000");
        String summit = site(programId, south, "South", "Summit Hospital", "200000", "60000");
        finance.put("/programs/" + programId + "/envelopes/2028", Map.of("amount", "1000000.00"));
        approve(harbor);
        approve(summit);
        finance.post("/budgets/" + harbor + "/commitments", Map.of("transactionId", "PO-1", "date", "2027-07-15",
                "category", "INTERFACES", "amount", "90000.00"));
        finance.post("/budgets/" + harbor + "/actuals", Map.of("transactionId", "INV-1", "date", "2027-08-20",
                "category", "INTERFACES", "amount", "30000.00", "reference", "PO-1"));
        // Summit's training overruns: 75,000 spent of 60,000.
        finance.post("/budgets/" + summit + "/actuals", Map.of("transactionId", "INV-2", "date", "2027-09-20",
                "category", "TRAINING", "amount", "75000.00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> finance.get("/programs/" + programId
                + "/budget-roll-up?fiscalYear=2028").json().get("waves").findValuesAsString("waveName")
                .equals(List.of("South", "North")));

        var reply = finance.get("/programs/" + programId + "/budget-roll-up?fiscalYear=2028");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode rollUp = reply.json();
        assertThat(rollUp.get("currency").asString()).isEqualTo("USD");
        assertThat(rollUp.get("fiscalYears").toString()).isEqualTo("[2028]");
        JsonNode program = rollUp.get("program").get("total");
        assertThat(amount(program, "planned")).isEqualTo("460000.00");
        assertThat(amount(program, "approved")).as("Lakeside is a draft").isEqualTo("410000.00");
        assertThat(amount(program, "committed")).as("PO-1 less the invoice against it").isEqualTo("60000.00");
        assertThat(amount(program, "actual")).isEqualTo("105000.00");
        assertThat(amount(program, "exposure")).isEqualTo("165000.00");
        // Forecast: Harbor 100,000 + 50,000, Lakeside 50,000, Summit 200,000 + 75,000 (training overran by 15,000).
        assertThat(amount(program, "forecast")).isEqualTo("475000.00");
        assertThat(amount(program, "variance")).isEqualTo("-15000.00");
        assertThat(amount(rollUp.get("program").get("categories").get("TRAINING"), "variance"))
                .isEqualTo("-15000.00");
        assertThat(rollUp.get("program").get("budgets").asInt()).isEqualTo(3);

        JsonNode waves = rollUp.get("waves");
        assertThat(waves.get(0).get("waveName").asString()).isEqualTo("South");
        assertThat(waves.get(0).get("sites").asInt()).isEqualTo(1);
        assertThat(amount(waves.get(0).get("figures").get("total"), "actual")).isEqualTo("75000.00");
        assertThat(waves.get(1).get("waveName").asString()).isEqualTo("North");
        assertThat(waves.get(1).get("sites").asInt()).isEqualTo(2);
        JsonNode northTotal = waves.get(1).get("figures").get("total");
        assertThat(amount(northTotal, "planned")).isEqualTo("200000.00");
        assertThat(amount(northTotal, "approved")).isEqualTo("150000.00");
        assertThat(amount(waves.get(1).get("figures").get("categories").get("INTERFACES"), "committed"))
                .isEqualTo("60000.00");
        List<String> sites = new ArrayList<>();
        rollUp.get("sites").forEach(s -> sites.add(s.get("siteName").asString() + "/" + s.get("waveName").asString()));
        assertThat(sites).containsExactly("Harbor Hospital/North", "Lakeside Clinic/North", "Summit Hospital/South");

        JsonNode envelope = rollUp.get("envelopes").get(0);
        assertThat(envelope.get("fiscalYear").asInt()).isEqualTo(2028);
        assertThat(envelope.get("amount").asString()).isEqualTo("1000000.00");
        assertThat(envelope.get("allocated").asString()).isEqualTo("410000.00");
        assertThat(envelope.get("remaining").asString()).isEqualTo("590000.00");

        // Every year: the template's earlier-year drafts join in, and the years add up to the whole.
        JsonNode all = finance.get("/programs/" + programId + "/budget-roll-up").json();
        assertThat(all.get("fiscalYears").size()).isGreaterThanOrEqualTo(1);
        BigDecimal years = BigDecimal.ZERO;
        for (JsonNode year : all.get("program").get("fiscalYears")) {
            years = years.add(new BigDecimal(amount(year, "planned")));
        }
        assertThat(years).isEqualByComparingTo(amount(all.get("program").get("total"), "planned"));
        assertThat(amount(all.get("program").get("fiscalYears").get("2028"), "planned")).isEqualTo("460000.00");
        for (JsonNode env : all.get("envelopes")) {
            if (env.get("fiscalYear").asInt() != 2028) {
                assertThat(env.get("amount").isNull()).as("no envelope set for FY" + env.get("fiscalYear")).isTrue();
            }
        }
    }

    @Test
    void anUnknownProgramABadYearAndAProjectManagerAreRefused() {
        HttpJson finance = finance();
        String programId = "p-" + UUID.randomUUID();
        site(programId, null, null, "Harbor Hospital", "1000", "1000");
        var unknown = finance.get("/programs/p-nobody/budget-roll-up");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        var badYear = finance.get("/programs/" + programId + "/budget-roll-up?fiscalYear=-1");
        assertThat(badYear.status()).as(badYear.body()).isEqualTo(400);
        assertThat(finance.get("/programs/" + programId + "/budget-roll-up?fiscalYear=2027x").status())
                .isEqualTo(400);
        assertThat(as("pm.lake", "PROJECT_MANAGER").get("/programs/" + programId + "/budget-roll-up").status())
                .isEqualTo(403);
        var viewer = as("bi", "VIEWER").get("/programs/" + programId + "/budget-roll-up?fiscalYear=2030");
        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.json().get("program").get("budgets").asInt()).as("no budget in FY2030").isZero();
        assertThat(viewer.json().get("waves")).isEmpty();
    }
}
