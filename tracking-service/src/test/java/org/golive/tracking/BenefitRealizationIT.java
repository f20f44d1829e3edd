package org.golive.tracking;

import org.golive.contract.budget.AssumedBenefitsUpdated;
import org.golive.contract.budget.AssumedBenefitsUpdated.AssumedBenefitYear;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.StrategicGoal;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fiscal plans' assumed benefits (budget's {@code assumed-benefits.updated}) against the benefits a monetary KPI
 * realized, per site, wave and program, through HTTP. Today is 25 November 2026 ({@link TrackingTestConfiguration}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class BenefitRealizationIT {

    private static TestEvents events;

    @LocalServerPort
    int port;
    HttpJson pmo;
    HttpJson finance;
    HttpJson managerOfLive;
    String programId;
    String coast;
    String inland;
    String live;
    String liveWithoutPlan;
    String nextWave;

    @BeforeAll
    static void producer() {
        events = TestEvents.onTestInfrastructure();
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    /**
     * Wave "coast": a site live since June 2026 whose plan assumes 120,000 in year 1, and one live since September
     * without a plan; wave "inland": a site going live in March 2027 with a plan. One monetary KPI: agency cost.
     */
    @BeforeEach
    void aProgramWithPlansAndAMonetaryKpi() {
        HttpJson http = new HttpJson("http://localhost:" + port);
        pmo = http.withToken(TestTokens.forRoles("pmo", "PMO_ADMIN"));
        finance = http.as("FINANCE");
        managerOfLive = http.withToken(TestTokens.forRoles("pm.live", "PROJECT_MANAGER"));
        programId = UUID.randomUUID().toString();
        coast = UUID.randomUUID().toString();
        inland = UUID.randomUUID().toString();
        live = UUID.randomUUID().toString();
        liveWithoutPlan = UUID.randomUUID().toString();
        nextWave = UUID.randomUUID().toString();
        events.send(programId, TestEvents.event(new ProgramCreated(programId, "Realization program", "CFO", null,
                List.of(new StrategicGoal("g-cost", "FINANCIAL", "Less agency staff", null, null, null, null)),
                Instant.now()), "/planning/programs/" + programId, 1, programId));
        site(live, coast, "Live General", LocalDate.of(2026, 6, 6), "pm.live");
        site(liveWithoutPlan, coast, "Harbour Clinic", LocalDate.of(2026, 9, 5), "pm.harbour");
        site(nextWave, inland, "Inland Hospital", LocalDate.of(2027, 3, 6), "pm.next");
        assume(live, coast, 1, "120000.00", "130000.00");
        assume(nextWave, inland, 1, "240000.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> pmo.get("/benefits/rollouts/" + nextWave).status() == 200
                && pmo.get("/benefits/rollouts/" + liveWithoutPlan).status() == 200
                && assumedFromPlan(live) && assumedFromPlan(nextWave));

        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("goalId", "g-cost");
        agency.put("name", "Agency nursing cost per month");
        agency.put("unit", "USD per month");
        agency.put("direction", "LOWER_IS_BETTER");
        agency.put("baseline", new BigDecimal("200000"));
        agency.put("target", new BigDecimal("150000"));
        agency.put("targetDate", "2027-12-31");
        agency.put("currency", "USD");
        assertThat(pmo.put("/benefits/programs/" + programId + "/kpis/agency-cost", agency).status()).isEqualTo(201);
        // Baseline May 210,000; June -5,000 (the go-live dip), July 20,000, August 30,000: 45,000 realized.
        value("2026-05", "210000.00");
        value("2026-06", "215000.00");
        value("2026-07", "190000.00");
        value("2026-08", "180000.00");
    }

    private void site(String rolloutId, String waveId, String name, LocalDate goLive, String manager) {
        events.send(rolloutId, TestEvents.event(new RolloutCreated(rolloutId, programId, "Realization program",
                waveId, "Wave " + waveId, name, "HOSPITAL", goLive, 100, 500, manager, List.of(), Instant.now()),
                "/planning/rollouts/" + rolloutId, 1, rolloutId));
    }

    private void assume(String rolloutId, String waveId, long sequence, String... totals) {
        List<AssumedBenefitYear> years = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int year = 1; year <= totals.length; year++) {
            years.add(new AssumedBenefitYear(year, totals[year - 1], "0.00", "0.00", "0.00", totals[year - 1]));
            sum = sum.add(new BigDecimal(totals[year - 1]));
        }
        events.send(rolloutId, TestEvents.event(new AssumedBenefitsUpdated(rolloutId, programId, waveId, "USD",
                totals.length, years, sum.toPlainString(), "finance", Instant.now()),
                "/budget/fiscal-plans/" + rolloutId, sequence, rolloutId));
    }

    private void value(String period, String value) {
        assertThat(managerOfLive.put("/benefits/rollouts/" + live + "/kpis/agency-cost/values/" + period,
                Map.of("value", new BigDecimal(value))).status()).isEqualTo(200);
    }

    private boolean assumedFromPlan(String rolloutId) {
        HttpJson.Reply reply = pmo.get(realization(rolloutId));
        return reply.status() == 200 && reply.json().get("assumedFrom").asString().equals("FISCAL_PLAN");
    }

    private static String realization(String rolloutId) {
        return "/benefits/rollouts/" + rolloutId + "/realization";
    }

    @Test
    void aSitesRealizedBenefitsToDateAreHeldAgainstTheShareOfTheYearItsPlanAssumedForTheMonthsLive() {
        // June to November: 6 months live, half of year 1's 120,000 assumed; 45,000 of it realized.
        JsonNode site = managerOfLive.get(realization(live)).json();
        assertThat(site.get("monthsLive").asInt()).isEqualTo(6);
        assertThat(site.get("currency").asString()).isEqualTo("USD");
        assertThat(site.get("assumedToDate").decimalValue()).isEqualByComparingTo("60000.00");
        assertThat(site.get("realizedToDate").decimalValue()).isEqualByComparingTo("45000.00");
        assertThat(site.get("realizationRatio").decimalValue()).isEqualByComparingTo("0.7500");
        assertThat(site.get("kpiIds").get(0).asString()).isEqualTo("agency-cost");

        // To July: two months live (20,000 assumed), June's dip and July's saving (15,000) realized.
        JsonNode july = finance.get(realization(live) + "?upTo=2026-07").json();
        assertThat(july.get("assumedToDate").decimalValue()).isEqualByComparingTo("20000.00");
        assertThat(july.get("realizedToDate").decimalValue()).isEqualByComparingTo("15000.00");
        assertThat(finance.get(realization(live) + "?upTo=2026-05").json().get("realizationRatio").isNull())
                .as("not live yet: nothing assumed, no ratio").isTrue();
    }

    @Test
    void theProgramAndEachWaveSumTheSitesWhosePlanIsKnownAndListTheOthers() {
        JsonNode program = finance.get("/benefits/programs/" + programId + "/realization").json();
        assertThat(program.get("upTo").asString()).isEqualTo("2026-11");
        assertThat(program.get("total").get("sites").asInt()).isEqualTo(3);
        assertThat(program.get("total").get("sitesCompared").asInt()).isEqualTo(2);
        assertThat(program.get("total").get("assumedToDate").decimalValue()).isEqualByComparingTo("60000.00");
        assertThat(program.get("total").get("realizationRatio").decimalValue()).isEqualByComparingTo("0.7500");
        assertThat(program.get("sites").findValuesAsString("assumedFrom"))
                .containsExactly("FISCAL_PLAN", "NO_FISCAL_PLAN", "FISCAL_PLAN");
        assertThat(program.get("waves").findValuesAsString("waveId")).containsExactly(coast, inland);

        JsonNode wave = finance.get("/benefits/waves/" + inland + "/realization").json();
        assertThat(wave.get("sites")).hasSize(1);
        assertThat(wave.get("total").get("assumedToDate").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(wave.get("total").get("realizationRatio").isNull()).as("not live: no ratio").isTrue();
        assertThat(finance.get("/benefits/waves/" + coast + "/realization").json().get("total")
                .get("realizedToDate").decimalValue()).isEqualByComparingTo("45000.00");
    }

    @Test
    void aRevisedPlanReplacesTheAssumedBenefitsAndARedeliveredOldOneChangesNothing() {
        assume(live, coast, 2, "240000.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> pmo.get(realization(live)).json().get("assumedToDate")
                .decimalValue().compareTo(new BigDecimal("120000.00")) == 0);

        // The old plan again (a redelivery), then a rename on the same key: once the rename shows, the old plan was
        // read before it, and left the revised one standing.
        assume(live, coast, 1, "120000.00", "130000.00");
        events.send(live, TestEvents.event(new RolloutUpdated(live, programId, coast, "Wave " + coast,
                "Live General Hospital", "HOSPITAL", 100, 500, "pm.live", List.of(), null, null, null, Instant.now()),
                "/planning/rollouts/" + live, 2, live));
        await().atMost(Duration.ofSeconds(30)).until(() -> pmo.get("/benefits/rollouts/" + live).json()
                .path("siteName").asString().equals("Live General Hospital"));
        JsonNode site = pmo.get(realization(live)).json();
        assertThat(site.get("assumedToDate").decimalValue()).isEqualByComparingTo("120000.00");
        assertThat(site.get("realizationRatio").decimalValue()).isEqualByComparingTo("0.3750");
    }

    @Test
    void badInputIsAProblemAndRolesAreKept() {
        assertThat(finance.get(realization(live) + "?upTo=2026-13").status()).isEqualTo(400);
        HttpJson.Reply future = finance.get("/benefits/programs/" + programId + "/realization?upTo=2026-12");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().toString()).contains("upTo");
        assertThat(finance.get(realization("unknown")).status()).isEqualTo(404);
        assertThat(finance.get("/benefits/waves/unknown/realization").status()).isEqualTo(404);
        assertThat(finance.get("/benefits/programs/unknown/realization").status()).isEqualTo(404);
        assertThat(managerOfLive.get(realization(nextWave)).status()).as("another manager's site").isEqualTo(403);
        assertThat(managerOfLive.get("/benefits/programs/" + programId + "/realization").status()).isEqualTo(403);
        assertThat(managerOfLive.get("/benefits/waves/" + coast + "/realization").status()).isEqualTo(403);
        assertThat(pmo.as("CONTRIBUTOR").get(realization(live)).status()).isEqualTo(403);
    }
}
