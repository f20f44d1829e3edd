package org.golive.budget;

import io.cloudevents.CloudEvent;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.WaveUpdated;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sites' fiscal plans through the API, their impact, the program's roll-up per wave, the published event, and the
 * problems bad plans get. Expected figures were computed by hand (see FiscalImpactTest for the worked example).
 */
class FiscalImpactIT extends BudgetServiceHarness {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    HttpJson finance;
    HttpJson viewer;

    @BeforeEach
    void clients() {
        HttpJson service = new HttpJson("http://localhost:" + port);
        finance = service.withToken(TestTokens.forRoles("finance", "FINANCE"));
        viewer = service.withToken(TestTokens.forRoles("bi", "VIEWER"));
    }

    private HttpJson projectManager(String name) {
        return as(name, "PROJECT_MANAGER");
    }

    /** A rollout going live 15 Aug 2027 (budget FY2028), announced by planning; waits until budget knows it. */
    private String site(String programId, String waveId, String waveName, String siteName, String manager) {
        String rolloutId = UUID.randomUUID().toString();
        planning.send(rolloutId, TestEvents.event(new RolloutCreated(rolloutId, programId, "Regional EHR", waveId,
                waveName, siteName, "HOSPITAL", LocalDate.of(2027, 8, 15), 200, 1500, manager, List.of(),
                Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId));
        await().atMost(Duration.ofSeconds(30)).until(() -> finance.get("/rollouts/" + rolloutId + "/fiscal-impact")
                .body().contains("Fiscal plan of rollout"));
        return rolloutId;
    }

    /** The same costs and benefits each year, spread over two kinds each as a finance analyst would. */
    private static Map<String, Object> plan(String implementation, int years, Map<String, String> costs,
                                            Map<String, String> benefits) {
        return new HashMap<>(Map.of("discountRate", "0.08", "implementationCost", implementation,
                "years", Collections.nCopies(years, Map.of("costs", costs, "benefits", benefits))));
    }

    /** The brief's worked example: 1,000,000 to implement, 200,000 a year to run, 500,000 a year back; 5 years. */
    private static Map<String, Object> workedExample() {
        return plan("1000000", 5, Map.of("MAINTENANCE", "120000.00", "HOSTING", "80000.00"),
                Map.of("SAVINGS", "300000.00", "REVENUE", "200000.00"));
    }

    private static Map<String, Object> with(Map<String, Object> plan, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(plan);
        changed.put(key, value);
        return changed;
    }

    @Test
    void financePlansTwoSitesAndTheProgramRollsThemUpPerWaveListingTheSiteWithoutAPlan() {
        String programId = "p-" + UUID.randomUUID();
        String pilot = "w-" + UUID.randomUUID();
        String north = "w-" + UUID.randomUUID();
        String lakeside = site(programId, pilot, "Pilot", "Lakeside Hospital", "pm.lake");
        String ridge = site(programId, north, "Wave 2", "North Ridge Hospital", "pm.north");
        String valley = site(programId, north, "Wave 2", "Valley Clinic", "pm.valley");

        var lakesidePlan = finance.put("/rollouts/" + lakeside + "/fiscal-impact", workedExample());
        assertThat(lakesidePlan.status()).as(lakesidePlan.body()).isEqualTo(200);
        JsonNode impact = lakesidePlan.json().get("impact");
        assertThat(lakesidePlan.json().get("version").asLong()).isZero();
        assertThat(impact.get("npv").asString()).isEqualTo("197813.01");
        assertThat(impact.get("tco1").asString()).isEqualTo("1200000.00");
        assertThat(impact.get("tco5").asString()).isEqualTo("2000000.00");
        assertThat(impact.get("tco7").isNull()).as("a 5-year plan tells no 7-year TCO").isTrue();
        assertThat(impact.get("roi").asString()).isEqualTo("0.2500");
        assertThat(impact.get("roiPercent").asString()).isEqualTo("25.00");
        assertThat(impact.get("paybackYears").asString()).isEqualTo("3.33");
        assertThat(impact.get("discountedPaybackYears").asString()).isEqualTo("4.03");
        assertThat(impact.get("years").get(3).get("cumulative").asString()).isEqualTo("200000.00");
        assertThat(impact.get("years").get(0).get("costs").get("HOSTING").asString()).isEqualTo("80000.00");

        // North Ridge: 500,000 to implement, 100,000 a year to run, 150,000 a year back: it never pays back.
        Map<String, Object> ridgePlan = plan("500000.00", 5, Map.of("STAFF", "100000"),
                Map.of("AVOIDED_COSTS", "150000"));
        assertThat(projectManager("pm.lake").put("/rollouts/" + ridge + "/fiscal-impact", ridgePlan).status())
                .as("another site's project manager").isEqualTo(403);
        assertThat(projectManager("pm.lake").get("/rollouts/" + ridge + "/fiscal-impact").status()).isEqualTo(403);
        assertThat(finance.put("/rollouts/" + ridge + "/fiscal-impact", ridgePlan).status()).isEqualTo(200);
        var byItsManager = projectManager("pm.north").put("/rollouts/" + ridge + "/fiscal-impact",
                with(ridgePlan, "version", 0));
        assertThat(byItsManager.status()).as(byItsManager.body()).isEqualTo(200);
        JsonNode ridgeImpact = viewer.get("/rollouts/" + ridge + "/fiscal-impact").json();
        assertThat(ridgeImpact.get("version").asLong()).isEqualTo(1);
        assertThat(ridgeImpact.get("updatedBy").asString()).isEqualTo("pm.north");
        // -500,000 + 50,000 x 3.99271003707808 = -300,364.498...
        assertThat(ridgeImpact.get("impact").get("npv").asString()).isEqualTo("-300364.50");
        assertThat(ridgeImpact.get("impact").get("roi").asString()).isEqualTo("-0.2500");
        assertThat(ridgeImpact.get("impact").get("paybackYears").isNull()).isTrue();

        JsonNode program = finance.get("/programs/" + programId + "/fiscal-impact").json();
        assertThat(program.get("discountRate").asString()).isEqualTo("0.08");
        assertThat(program.get("discountRateFrom").asString()).as("both plans use 0.08").isEqualTo("SITES");
        assertThat(program.get("siteCount").asInt()).isEqualTo(3);
        assertThat(program.get("plannedSiteCount").asInt()).isEqualTo(2);
        JsonNode total = program.get("total");
        // Summed flows: -1,500,000 then 350,000 a year. NPV -1,500,000 + 350,000 x 3.99271003707808 = -102,551.487
        assertThat(total.get("implementationCost").asString()).isEqualTo("1500000.00");
        assertThat(total.get("tco5").asString()).isEqualTo("3000000.00");
        assertThat(total.get("npv").asString()).isEqualTo("-102551.49");
        // ROI (3,250,000 - 3,000,000) / 3,000,000; payback 4 + 100,000 / 350,000
        assertThat(total.get("roi").asString()).isEqualTo("0.0833");
        assertThat(total.get("paybackYears").asString()).isEqualTo("4.29");
        assertThat(program.get("waves")).hasSize(2);
        JsonNode firstWave = program.get("waves").get(0);
        JsonNode secondWave = program.get("waves").get(1);
        assertThat(firstWave.get("waveId").asString()).isEqualTo(pilot);
        assertThat(firstWave.get("waveName").asString()).isEqualTo("Pilot");
        assertThat(firstWave.get("siteCount").asInt()).isEqualTo(1);
        assertThat(firstWave.get("impact").get("npv").asString()).isEqualTo("197813.01");
        assertThat(secondWave.get("waveId").asString()).isEqualTo(north);
        assertThat(secondWave.get("siteCount").asInt()).isEqualTo(2);
        assertThat(secondWave.get("plannedSiteCount").asInt()).isEqualTo(1);
        assertThat(secondWave.get("impact").get("npv").asString()).as("Valley counts as missing, not as zero")
                .isEqualTo("-300364.50");
        assertThat(program.get("sites")).extracting(s -> s.get("rolloutId").asString())
                .containsExactlyInAnyOrder(lakeside, ridge);
        assertThat(program.get("missing")).hasSize(1);
        assertThat(program.get("missing").get(0).get("rolloutId").asString()).isEqualTo(valley);
        assertThat(program.get("missing").get(0).get("waveName").asString()).isEqualTo("Wave 2");

        JsonNode atZero = viewer.get("/programs/" + programId + "/fiscal-impact?discountRate=0").json();
        assertThat(atZero.get("discountRateFrom").asString()).isEqualTo("REQUESTED");
        assertThat(atZero.get("total").get("npv").asString()).isEqualTo("250000.00");
        assertThat(projectManager("pm.lake").get("/programs/" + programId + "/fiscal-impact").status())
                .as("program money is not a site manager's").isEqualTo(403);

        JsonNode published = JSON.readTree(budgetEvents.awaitEvent(e -> lakeside.equals(e.key())
                && e.type().equals("org.golive.budget.fiscal-impact.updated.v1")).data());
        assertThat(published.get("programId").asString()).isEqualTo(programId);
        assertThat(published.get("waveId").asString()).isEqualTo(pilot);
        assertThat(published.get("npv").asString()).isEqualTo("197813.01");
        assertThat(published.get("tco5").asString()).isEqualTo("2000000.00");
        assertThat(published.get("tco7").isNull()).isTrue();
        assertThat(published.get("paybackYears").asString()).isEqualTo("3.33");
        JsonNode assumed = JSON.readTree(budgetEvents.awaitEvent(e -> lakeside.equals(e.key())
                && e.type().equals("org.golive.budget.assumed-benefits.updated.v1")).data());
        assertThat(assumed.get("horizonYears").asInt()).isEqualTo(5);
        assertThat(assumed.get("years")).hasSize(5);
        assertThat(assumed.get("years").get(4).get("year").asInt()).isEqualTo(5);
        assertThat(assumed.get("years").get(0).get("savings").asString()).isEqualTo("300000.00");
        assertThat(assumed.get("years").get(0).get("revenue").asString()).isEqualTo("200000.00");
        assertThat(assumed.get("years").get(0).get("avoidedCosts").asString()).isEqualTo("0.00");
        assertThat(assumed.get("years").get(0).get("total").asString()).isEqualTo("500000.00");
        assertThat(assumed.get("total").asString()).isEqualTo("2500000.00");
        budgetEvents.awaitEvents(e -> ridge.equals(e.key()) && e.type().endsWith(".fiscal-impact.updated.v1"), 2);
        budgetEvents.awaitEvents(e -> ridge.equals(e.key()) && e.type().endsWith(".assumed-benefits.updated.v1"), 2);
        assertThat(EventTap.schemaViolations(budgetEvents.seen())).isEmpty();
    }

    @Test
    void aRenamedWaveIsRolledUpUnderItsNewNameAndApprovedBudgetsShowBesideThePlan() {
        String programId = "p-" + UUID.randomUUID();
        String waveId = "w-" + UUID.randomUUID();
        String site = site(programId, waveId, "Wave 1", "Harbor Clinic", "pm.harbor");
        assertThat(finance.put("/rollouts/" + site + "/fiscal-impact", workedExample()).status()).isEqualTo(200);

        CloudEvent renamed = TestEvents.event(new WaveUpdated(waveId, programId, "Wave 1 - Coast", 1, Instant.now()),
                "/planning/programs/" + programId, 1, programId);
        planning.send(programId, renamed);
        await().atMost(Duration.ofSeconds(30)).until(() -> finance.get("/programs/" + programId + "/fiscal-impact")
                .json().get("waves").get(0).get("waveName").asString().equals("Wave 1 - Coast"));
        assertThat(finance.get("/rollouts/" + site + "/fiscal-impact").json().get("waveName").asString())
                .isEqualTo("Wave 1 - Coast");

        String budgetId = finance.get("/rollouts/" + site).json().get("goLiveBudgetId").asString();
        assertThat(finance.put("/budgets/" + budgetId + "/lines", Map.of("version", 0, "lines", List.of(Map.of(
                "category", "TRAINING", "months", List.of(Map.of("month", "2027-09", "amount", "900000.00"))))))
                .status()).isEqualTo(200);
        assertThat(finance.post("/budgets/" + budgetId + "/submit", Map.of("version", 1)).status()).isEqualTo(200);
        assertThat(finance.put("/programs/" + programId + "/envelopes/2028", Map.of("amount", "5000000.00"))
                .status()).isEqualTo(200);
        assertThat(finance.post("/budgets/" + budgetId + "/approve", Map.of("version", 2)).status()).isEqualTo(200);

        JsonNode view = finance.get("/rollouts/" + site + "/fiscal-impact").json();
        assertThat(view.get("approvedBudgetsTotal").asString()).isEqualTo("900000.00");
        assertThat(view.get("impact").get("implementationCost").asString()).isEqualTo("1000000.00");
    }

    @Test
    void badPlansAreRefusedNamingTheFieldAndStaleOrUnknownOnesTooWithTheirStatus() {
        String programId = "p-" + UUID.randomUUID();
        String site = site(programId, null, null, "Bay Clinic", "pm.bay");
        String path = "/rollouts/" + site + "/fiscal-impact";
        Map<String, Object> plan = workedExample();

        var negative = finance.put(path, with(plan, "years", List.of(Map.of("costs", Map.of("HOSTING", "-1.00")))));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().get("errors").get("years[0].costs.HOSTING").asString()).contains("negative");
        var tooPrecise = finance.put(path, with(plan, "years", List.of(Map.of(), Map.of(),
                Map.of("costs", Map.of("HOSTING", "12.345")))));
        assertThat(tooPrecise.status()).isEqualTo(422);
        assertThat(tooPrecise.json().get("errors").get("years[2].costs.HOSTING").asString())
                .contains("more decimals than USD allows");
        var unknownKind = finance.put(path, with(plan, "years", List.of(Map.of("costs", Map.of("SNACKS", "1.00")))));
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.json().get("errors").propertyNames()).singleElement().asString()
                .startsWith("years[0].costs");
        assertThat(unknownKind.json().get("errors").values().iterator().next().asString()).contains("HOSTING");
        var notANumber = finance.put(path, with(plan, "implementationCost", "a lot"));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("errors").has("implementationCost")).isTrue();
        for (String rate : List.of("1", "8", "-0.01")) {
            var badRate = finance.put(path, with(plan, "discountRate", rate));
            assertThat(badRate.status()).as(rate).isEqualTo(422);
            assertThat(badRate.json().get("errors").get("discountRate").asString()).contains("from 0 up to 1");
        }
        var sixteenYears = finance.put(path, with(plan, "years", Collections.nCopies(16, Map.of())));
        assertThat(sixteenYears.status()).isEqualTo(422);
        assertThat(sixteenYears.json().get("errors").get("years").asString()).contains("at most 15 years");
        assertThat(finance.put(path, with(plan, "currency", "EUR")).status()).isEqualTo(422);
        assertThat(finance.put(path, with(plan, "version", 0)).status()).as("no plan yet at any version")
                .isEqualTo(409);
        assertThat(finance.get(path).status()).as("nothing stored by refused plans").isEqualTo(404);

        assertThat(finance.put(path, plan).status()).isEqualTo(200);
        var withoutVersion = finance.put(path, plan);
        assertThat(withoutVersion.status()).isEqualTo(422);
        assertThat(withoutVersion.json().get("errors").has("version")).isTrue();
        assertThat(finance.put(path, with(plan, "version", 0)).status()).isEqualTo(200);
        assertThat(finance.put(path, with(plan, "version", 0)).status()).as("a stale version").isEqualTo(409);

        assertThat(finance.put("/rollouts/unknown-rollout/fiscal-impact", plan).status()).isEqualTo(404);
        assertThat(finance.get("/rollouts/unknown-rollout/fiscal-impact").status()).isEqualTo(404);
        assertThat(finance.get("/programs/unknown-program/fiscal-impact").status()).isEqualTo(404);
        var badRollUpRate = finance.get("/programs/" + programId + "/fiscal-impact?discountRate=1.5");
        assertThat(badRollUpRate.status()).isEqualTo(422);
        assertThat(badRollUpRate.json().get("errors").has("discountRate")).isTrue();
        assertThat(viewer.put(path, with(plan, "version", 1)).status()).as("viewers read only").isEqualTo(403);
        JsonNode noWave = viewer.get("/programs/" + programId + "/fiscal-impact").json().get("waves").get(0);
        assertThat(noWave.get("waveId").isNull()).as("a site in no wave is grouped as such").isTrue();
        assertThat(noWave.get("impact").get("npv").asString()).isEqualTo("197813.01");
    }
}
