package org.golive.tracking;

import org.golive.contract.Topics;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.StrategicGoal;
import org.golive.contract.tracking.KpiDefined;
import org.golive.contract.tracking.KpiMeasured;
import org.golive.testsupport.EventTap;
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
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Strategic goals' KPIs through HTTP: the PMO defines them on the goals planning published, project managers record
 * their sites' values by hand or by file, and the program's progress, lagging sites and realized benefits follow.
 * Today is 25 November 2026 ({@link TrackingTestConfiguration}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GoliveTestInfrastructure.class, TrackingTestConfiguration.class})
class BenefitsIT {

    private static TestEvents events;

    @LocalServerPort
    int port;
    HttpJson pmo;
    HttpJson viewer;
    HttpJson managerOfLive;
    String programId;
    String live;
    String nextWave;

    @BeforeAll
    static void producer() {
        events = TestEvents.onTestInfrastructure();
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    /** A program with a clinical and a financial goal; one site live since June, one going live in March. */
    @BeforeEach
    void aProgramWithALiveSiteAndOneToCome() {
        HttpJson http = new HttpJson("http://localhost:" + port);
        pmo = http.withToken(TestTokens.forRoles("pmo", "PMO_ADMIN"));
        viewer = http.as("VIEWER");
        managerOfLive = http.withToken(TestTokens.forRoles("pm.live", "PROJECT_MANAGER"));
        programId = UUID.randomUUID().toString();
        live = UUID.randomUUID().toString();
        nextWave = UUID.randomUUID().toString();
        events.send(programId, TestEvents.event(new ProgramCreated(programId, "Benefits program", "CMIO", null,
                List.of(new StrategicGoal("g-safety", "CLINICAL", "Safer medication", "Medication errors", null, null,
                                null),
                        new StrategicGoal("g-cost", "FINANCIAL", "Less agency staff", null, null, null, null)),
                Instant.now()), "/planning/programs/" + programId, 1, programId));
        site(live, "Live General", LocalDate.of(2026, 6, 6), "pm.live");
        site(nextWave, "Next Wave Clinic", LocalDate.of(2027, 3, 6), "pm.next");
        await().atMost(Duration.ofSeconds(30)).until(() -> viewer.get("/benefits/rollouts/" + nextWave).status() == 200
                && viewer.get("/benefits/rollouts/" + live).status() == 200
                && viewer.get(goals()).status() == 200);
    }

    private void site(String rolloutId, String name, LocalDate goLive, String manager) {
        events.send(rolloutId, TestEvents.event(new RolloutCreated(rolloutId, programId, "Benefits program", null,
                null, name, "HOSPITAL", goLive, 100, 500, manager, List.of(), Instant.now()),
                "/planning/rollouts/" + rolloutId, 1, rolloutId));
    }

    private String goals() {
        return "/benefits/programs/" + programId + "/goals";
    }

    private String kpi(String kpiId) {
        return "/benefits/programs/" + programId + "/kpis/" + kpiId;
    }

    private static Map<String, Object> errors(String goalId, String baseline, String target, String direction) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("goalId", goalId);
        form.put("name", "Medication administration errors per 1,000 doses");
        form.put("unit", "per 1,000 doses");
        form.put("direction", direction);
        form.put("baseline", new BigDecimal(baseline));
        form.put("target", new BigDecimal(target));
        form.put("targetDate", "2027-06-30");
        return form;
    }

    private HttpJson.Reply importCsv(HttpJson as, String rolloutId, String csv) {
        return as.send(HttpRequest.newBuilder(as.uri("/benefits/rollouts/" + rolloutId + "/values/import"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    @Test
    void thePmoDefinesAKpiOnAGoalOfTheProgramAndChangesItWithTheVersionRead() {
        try (EventTap tap = EventTap.onTestInfrastructure(Topics.TRACKING)) {
            HttpJson.Reply created = pmo.put(kpi("med-errors"), errors("g-safety", "4.0", "2.0", "LOWER_IS_BETTER"));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("version").asLong()).isZero();
            EventTap.WireEvent defined = tap.awaitEvent(e -> e.type().equals(KpiDefined.TYPE)
                    && programId.equals(e.key()));
            assertThat(defined.data()).contains("\"kpiId\":\"med-errors\"", "\"direction\":\"LOWER_IS_BETTER\"",
                    "\"definedBy\":\"pmo\"");
            assertThat(EventTap.schemaViolations(List.of(defined))).isEmpty();
        }
        assertThat(pmo.put(kpi("med-errors"), errors("g-safety", "4.0", "2.0", "LOWER_IS_BETTER")).status())
                .as("a change without the version read").isEqualTo(422);
        Map<String, Object> change = errors("g-safety", "4.0", "1.5", "LOWER_IS_BETTER");
        change.put("version", 7);
        assertThat(pmo.put(kpi("med-errors"), change).status()).as("a stale version").isEqualTo(409);
        change.put("version", 0);
        HttpJson.Reply changed = pmo.put(kpi("med-errors"), change);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("target").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(pmo.put(kpi("med-errors"), change).status()).as("the same version twice").isEqualTo(409);

        JsonNode goals = viewer.get(goals()).json().get("goals");
        assertThat(goals).extracting(g -> g.get("goalId").asString()).containsExactly("g-safety", "g-cost");
        assertThat(goals.get(0).get("category").asString()).isEqualTo("CLINICAL");
        assertThat(goals.get(0).get("kpis").get(0).get("kpiId").asString()).isEqualTo("med-errors");
        assertThat(goals.get(1).get("kpis")).isEmpty();
    }

    @Test
    void badDefinitionsAreRefusedWithAProblemNeverA500() {
        assertThat(pmo.put(kpi("k1"), errors("g-unknown", "4.0", "2.0", "LOWER_IS_BETTER")).status())
                .as("a goal the program does not have").isEqualTo(422);
        assertThat(pmo.put(kpi("k1"), errors("g-safety", "2.0", "4.0", "LOWER_IS_BETTER")).json().get("errors")
                .has("target")).as("a target worse than the baseline").isTrue();
        assertThat(pmo.put(kpi("k1"), errors("g-safety", "4.0", "2.0", "SIDEWAYS")).status()).isEqualTo(400);
        Map<String, Object> noName = errors("g-safety", "4.0", "2.0", "LOWER_IS_BETTER");
        noName.remove("name");
        assertThat(pmo.put(kpi("k1"), noName).status()).isEqualTo(400);
        Map<String, Object> money = errors("g-cost", "4.0", "2.0", "LOWER_IS_BETTER");
        money.put("currency", "XYZ");
        assertThat(pmo.put(kpi("k1"), money).status()).isEqualTo(422);
        assertThat(pmo.put(kpi("bad%20id"), errors("g-safety", "4.0", "2.0", "LOWER_IS_BETTER")).status())
                .isEqualTo(400);
        assertThat(pmo.put("/benefits/programs/unknown/kpis/k1", errors("g-safety", "4.0", "2.0",
                "LOWER_IS_BETTER")).status()).isEqualTo(404);
        assertThat(managerOfLive.put(kpi("k1"), errors("g-safety", "4.0", "2.0", "LOWER_IS_BETTER")).status())
                .as("goals are the PMO's").isEqualTo(403);
        assertThat(viewer.get(kpi("k1")).status()).as("nothing was stored").isEqualTo(404);
    }

    @Test
    void aProjectManagerRecordsTheirSitesValuesEachMonthWithItsOwnRevision() {
        assertThat(pmo.put(kpi("med-errors"), errors("g-safety", "4.0", "2.0", "LOWER_IS_BETTER")).status())
                .isEqualTo(201);
        String april = "/benefits/rollouts/" + live + "/kpis/med-errors/values/2026-04";
        try (EventTap tap = EventTap.onTestInfrastructure(Topics.TRACKING)) {
            HttpJson.Reply recorded = managerOfLive.put(april, Map.of("value", new BigDecimal("4.4")));
            assertThat(recorded.status()).isEqualTo(200);
            JsonNode value = recorded.json().get("values").get(0);
            assertThat(value.get("phase").asString()).isEqualTo("BASELINE");
            assertThat(value.get("revision").asInt()).isEqualTo(1);
            EventTap.WireEvent measured = tap.awaitEvent(e -> e.type().equals(KpiMeasured.TYPE)
                    && live.equals(e.key()));
            assertThat(measured.data()).contains("\"period\":\"2026-04\"", "\"phase\":\"BASELINE\"",
                    "\"source\":\"api\"", "\"goLiveDate\":\"2026-06-06\"");
            assertThat(EventTap.schemaViolations(List.of(measured))).isEmpty();
        }
        assertThat(managerOfLive.put(april, Map.of("value", 4.3)).status()).as("no revision: not a blind overwrite")
                .isEqualTo(409);
        assertThat(managerOfLive.put(april, Map.of("value", 4.3, "revision", 2)).status()).isEqualTo(409);
        assertThat(managerOfLive.put(april, Map.of("value", 4.3, "revision", 1)).json().get("values").get(0)
                .get("revision").asInt()).isEqualTo(2);
        String may = "/benefits/rollouts/" + live + "/kpis/med-errors/values/2026-05";
        assertThat(managerOfLive.put(may, Map.of("value", 4.1, "revision", 1)).status())
                .as("a revision of a month never recorded").isEqualTo(409);

        assertThat(managerOfLive.put("/benefits/rollouts/" + live + "/kpis/med-errors/values/2026-12",
                Map.of("value", 3)).status()).as("next month: not measured yet").isEqualTo(422);
        assertThat(managerOfLive.put("/benefits/rollouts/" + live + "/kpis/med-errors/values/2026-4",
                Map.of("value", 3)).status()).isEqualTo(400);
        assertThat(managerOfLive.put("/benefits/rollouts/" + live + "/kpis/no-such/values/2026-10",
                Map.of("value", 3)).status()).isEqualTo(404);
        assertThat(managerOfLive.put("/benefits/rollouts/" + live + "/kpis/med-errors/values/2026-10",
                Map.of("value", "three")).status()).isEqualTo(400);
        assertThat(managerOfLive.put("/benefits/rollouts/" + nextWave + "/kpis/med-errors/values/2026-10",
                Map.of("value", 3)).status()).as("another manager's site").isEqualTo(403);
        assertThat(viewer.put(may, Map.of("value", 3)).status()).isEqualTo(403);
        assertThat(managerOfLive.get("/benefits/rollouts/" + nextWave).status()).isEqualTo(403);
        assertThat(pmo.put("/benefits/rollouts/unknown/kpis/med-errors/values/2026-10", Map.of("value", 3))
                .status()).isEqualTo(404);
    }

    @Test
    void aFileOfValuesIsRecordedRowByRowAndTheProgramSeesProgressLaggingSitesAndRealizedBenefits() {
        pmo.put(kpi("med-errors"), errors("g-safety", "4.0", "2.0", "LOWER_IS_BETTER"));
        Map<String, Object> agency = errors("g-cost", "200000", "150000", "LOWER_IS_BETTER");
        agency.put("name", "Agency nursing cost per month");
        agency.put("unit", "USD per month");
        agency.put("currency", "USD");
        agency.put("targetDate", "2027-12-31");
        assertThat(pmo.put(kpi("agency-cost"), agency).status()).isEqualTo(201);

        String csv = """
                kpi_id,period,value,note
                med-errors,2026-04,4.4,
                med-errors,2026-05,4.0,
                med-errors,2026-06,4.5,go-live month
                med-errors,2026-11,3.9,
                agency-cost,2026-05,210000.00,
                agency-cost,2026-06,215000.00,
                agency-cost,2026-07,190000.00,
                agency-cost,2026-08,180000.00,
                med-errors,2027-01,1.0,
                unknown,2026-08,1,
                """;
        JsonNode report = importCsv(managerOfLive, live, csv).json();
        assertThat(report.get("rowsRead").asInt()).isEqualTo(10);
        assertThat(report.get("accepted").asInt()).isEqualTo(8);
        assertThat(report.get("valuesChanged").asInt()).isEqualTo(8);
        assertThat(report.get("rejected").findValuesAsString("column")).containsExactly("period", "kpi_id");
        assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(10);
        assertThat(importCsv(managerOfLive, live, csv).json().get("valuesChanged").asInt())
                .as("the same file again").isZero();
        assertThat(importCsv(managerOfLive, nextWave, csv).status()).isEqualTo(403);
        assertThat(importCsv(pmo, nextWave, "kpi_id,period\nmed-errors,2026-08\n").json().get("rejected").get(0)
                .get("line").asInt()).isEqualTo(1);
        importCsv(pmo, nextWave, "kpi_id,period,value\nmed-errors,2026-09,3.8\nmed-errors,2026-10,3.6\n");

        // November: baseline (4.4 + 4.0) / 2 = 4.2, now 3.9: 0.3 of 2.2 = 13.6 %; the path (5 of 12 months) 41.7 %.
        JsonNode progress = viewer.get("/benefits/programs/" + programId + "/progress?period=2026-11").json();
        JsonNode errors = progress.get("kpis").get(1);
        assertThat(errors.get("kpi").get("kpiId").asString()).isEqualTo("med-errors");
        JsonNode liveSite = errors.get("sites").get(0);
        assertThat(liveSite.get("rolloutId").asString()).isEqualTo(live);
        assertThat(liveSite.get("progress").get("siteBaseline").decimalValue()).isEqualByComparingTo("4.2");
        assertThat(liveSite.get("progress").get("progressPercent").decimalValue()).isEqualByComparingTo("13.6");
        assertThat(liveSite.get("progress").get("expectedPercent").decimalValue()).isEqualByComparingTo("41.7");
        assertThat(liveSite.get("progress").get("status").asString()).isEqualTo("LAGGING");
        assertThat(errors.get("sites").get(1).get("progress").get("status").asString()).isEqualTo("NOT_LIVE");
        assertThat(errors.get("progressPercent").decimalValue()).isEqualByComparingTo("13.6");
        assertThat(errors.get("sitesByStatus").get("LAGGING").asInt()).isEqualTo(1);
        assertThat(progress.get("lagging").findValuesAsString("rolloutId")).containsExactly(live);
        assertThat(progress.get("lagging").get(0).get("kpiIds").get(0).asString()).isEqualTo("med-errors");
        // In July: errors at 4.5 (the go-live month's dip) is behind; agency cost 20,000 of 60,000 down, a third of
        // the way where its 18-month path expects a month's worth: on track.
        assertThat(viewer.get("/benefits/programs/" + programId + "/progress?period=2026-07").json().get("lagging")
                .get(0).get("kpiIds")).extracting(JsonNode::asString).containsExactly("med-errors");

        // Baseline May 210,000; June -5,000, July 20,000, August 30,000: 45,000.00 in year 1, three months.
        JsonNode benefits = pmo.get("/benefits/programs/" + programId + "/benefits").json();
        assertThat(benefits.get("kpis")).hasSize(1);
        JsonNode year1 = benefits.get("kpis").get(0).get("years").get(0);
        assertThat(year1.get("year").asInt()).isEqualTo(1);
        assertThat(year1.get("realized").decimalValue()).isEqualByComparingTo("45000.00");
        assertThat(benefits.get("kpis").get(0).get("sites").get(0).get("years").get(0).get("monthsMeasured").asInt())
                .isEqualTo(3);

        JsonNode site = managerOfLive.get("/benefits/rollouts/" + live).json();
        assertThat(site.get("kpis")).extracting(k -> k.get("kpiId").asString())
                .containsExactly("agency-cost", "med-errors");
        assertThat(managerOfLive.get("/benefits/programs/" + programId + "/progress").status()).isEqualTo(403);
        assertThat(viewer.get("/benefits/programs/" + programId + "/progress?period=2026-13").status())
                .isEqualTo(400);
        assertThat(viewer.get("/benefits/programs/unknown/progress").status()).isEqualTo(404);
    }
}
