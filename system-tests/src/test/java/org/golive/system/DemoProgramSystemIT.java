package org.golive.system;

import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local stack loads the demo program a newcomer sees first: three waves, ten sites of several kinds, one of them
 * (the first wave's pilot) live for some four months, with its GL-7 decision and its KPIs before and after go-live.
 */
class DemoProgramSystemIT {

    private static final String REPORTED_SITE = "Northwind General Emergency Department";

    private final HttpJson gateway = GoliveStack.gateway();

    @Test
    void theDemoProgramIsInThePortfolioWithThreeWavesAndAtLeastEightSitesOfSeveralKinds() {
        JsonNode program = await().atMost(Duration.ofSeconds(60))
                .until(() -> demoProgram(gateway.get("/api/tracking/portfolio").json()),
                        p -> p != null && p.get("rolloutCount").asInt() >= 10 && p.get("waves").size() == 3);
        String programId = program.get("programId").asString();

        JsonNode rollouts = gateway.get("/api/tracking/portfolio?programId=" + programId).json().get("rollouts");
        assertThat(rollouts.size()).isGreaterThanOrEqualTo(8);
        Set<String> kinds = new HashSet<>();
        Set<String> waves = new HashSet<>();
        Set<String> live = new HashSet<>();
        for (JsonNode rollout : rollouts) {
            kinds.add(rollout.get("siteType").asString());
            waves.add(rollout.get("waveName").asString());
            if (rollout.get("daysToGoLive").asLong() < 0) {
                live.add(rollout.get("siteName").asString());
            }
        }
        assertThat(live).as("one site went live").containsExactly("Northwind Children's Hospital");
        assertThat(rollouts.get(0).get("siteName").asString()).as("earliest go-live first")
                .isEqualTo("Northwind Children's Hospital");
        assertThat(rollouts.get(0).get("daysToGoLive").asLong()).isBetween(-125L, -112L);
        assertThat(kinds).contains("HOSPITAL", "EMERGENCY_DEPARTMENT", "AMBULATORY_CLINIC").hasSizeGreaterThan(4);
        assertThat(waves).hasSize(3);
    }

    @Test
    void everyDemoSiteHasTheStandardPlanWithTasksInEveryStateAndOneGoLiveHasMoved() {
        JsonNode program = await().atMost(Duration.ofSeconds(60))
                .until(() -> demoProgram(gateway.get("/api/tracking/portfolio").json()),
                        p -> p != null && p.get("rolloutCount").asInt() >= 10);
        JsonNode rollouts = gateway.get("/api/planning/programs/" + program.get("programId").asString()
                + "/rollouts").json();
        Set<String> states = new HashSet<>();
        Map<String, String> goLives = new HashMap<>();
        for (JsonNode rollout : rollouts) {
            JsonNode plan = gateway.get("/api/planning/rollouts/" + rollout.get("id").asString() + "/plan").json();
            assertThat(plan.get("tasks").size()).as(rollout.get("siteName").asString()).isGreaterThanOrEqualTo(40);
            plan.get("tasks").forEach(task -> states.add(task.get("status").asString()));
            goLives.put(rollout.get("siteName").asString(), rollout.get("goLiveDate").asString());
        }
        assertThat(states).containsExactlyInAnyOrder("NOT_STARTED", "IN_PROGRESS", "DONE");
        // Same wave, same planned weekend: Riverside's go-live was moved two weeks later.
        assertThat(LocalDate.parse(goLives.get("Riverside Community Hospital")))
                .isEqualTo(LocalDate.parse(goLives.get("Lakeside Community Hospital")).plusWeeks(2));
    }

    @Test
    void thePmoDirectorFiltersSortsAndPagesThePortfolioAndComparesAWaveOnTheDaysToGoLiveAxis() {
        JsonNode program = await().atMost(Duration.ofSeconds(60))
                .until(() -> demoProgram(gateway.get("/api/tracking/portfolio").json()),
                        p -> p != null && p.get("rolloutCount").asInt() >= 10 && p.get("waves").size() == 3);
        String programId = program.get("programId").asString();
        String portfolio = "/api/tracking/portfolio?programId=" + programId;
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode rollouts = gateway.get(portfolio).json().get("rollouts");
            return rollouts.size() >= 10 && rollouts.valueStream().allMatch(r -> r.hasNonNull("health"));
        });

        // Worst health first, four to a page, following the relative links through the gateway (again if the demo,
        // still settling, changed a colour between two pages).
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> walkWorstFirst(portfolio, program));
        assertThat(gateway.get(portfolio + "&sise=4").status()).isEqualTo(400);

        // The first wave's sites at the same T-minus days: today's recorded point, the planned curve throughout.
        String waveId = program.get("waves").get(0).get("waveId").asString();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> compareWave(portfolio, waveId));
    }

    private void walkWorstFirst(String portfolio, JsonNode program) {
        JsonNode page = gateway.get(portfolio + "&sort=health,desc&size=4").json();
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(10);
        List<Integer> ranks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            for (JsonNode rollout : page.get("rollouts")) {
                ranks.add(List.of("NO_DATA", "GREEN", "AMBER", "RED")
                        .indexOf(rollout.get("health").get("overall").asString()));
                assertThat(seen.add(rollout.get("rolloutId").asString())).as("no rollout on two pages").isTrue();
                assertThat(rollout.hasNonNull("percentComplete")).isTrue();
            }
            if (page.get("links").get("next").isNull()) {
                break;
            }
            page = gateway.get("/api/tracking/portfolio" + page.get("links").get("next").asString()).json();
        }
        assertThat(seen).hasSize(program.get("rolloutCount").asInt());
        assertThat(ranks).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private void compareWave(String portfolio, String waveId) {
        JsonNode wave = gateway.get(portfolio + "&waveId=" + waveId).json();
        JsonNode comparison = gateway.get("/api/tracking/waves/" + waveId + "/comparison?from=200&to=-30&step=1")
                .json();
        assertThat(comparison.get("sites").size()).isEqualTo(wave.get("total").asInt());
        for (JsonNode site : comparison.get("sites")) {
            long today = site.get("daysToGoLive").asLong();
            if (today < -30) {
                continue; // the wave's pilot, live for months: today lies outside the axis asked for
            }
            JsonNode recorded = site.get("points").get((int) (200 - today));
            assertThat(recorded.get("daysToGoLive").asLong()).isEqualTo(today);
            assertThat(recorded.get("percentCompleteSource").asString()).isEqualTo("RECORDED");
            assertThat(site.get("points").valueStream().allMatch(p -> p.hasNonNull("plannedPercentComplete")))
                    .isTrue();
        }
    }

    @Test
    void theLiveSiteWasDecidedGoAndMeasuresItsKpisBeforeAndAfterGoLiveTheOthersTheirBaselines() {
        JsonNode program = await().atMost(Duration.ofSeconds(60))
                .until(() -> demoProgram(gateway.get("/api/tracking/portfolio").json()),
                        p -> p != null && p.get("rolloutCount").asInt() >= 10);
        String programId = program.get("programId").asString();
        JsonNode rollouts = gateway.get("/api/tracking/portfolio?programId=" + programId).json().get("rollouts");
        String live = rollouts.get(0).get("rolloutId").asString();

        JsonNode gl7 = gateway.get("/api/tracking/readiness/rollouts/" + live + "/checkpoints/GL-7").json();
        assertThat(gl7.get("decision").get("outcome").asString()).isEqualTo("GO");
        assertThat(LocalDate.parse(gl7.get("date").asString())).isBefore(LocalDate.now());

        JsonNode goals = gateway.get("/api/tracking/benefits/programs/" + programId + "/goals").json().get("goals");
        assertThat(goals).extracting(g -> g.get("category").asString())
                .containsExactly("CLINICAL", "OPERATIONAL", "FINANCIAL");
        goals.forEach(g -> assertThat(g.get("kpis")).hasSize(1));

        JsonNode site = gateway.get("/api/tracking/benefits/rollouts/" + live).json();
        for (JsonNode kpi : site.get("kpis")) {
            Set<String> phases = new HashSet<>();
            kpi.get("values").forEach(v -> phases.add(v.get("phase").asString()));
            assertThat(phases).as(kpi.get("kpiId").asString()).containsExactlyInAnyOrder("BASELINE", "LIVE");
            assertThat(kpi.get("progress").get("baselineFromSite").asBoolean()).isTrue();
        }
        for (JsonNode other : rollouts) {
            if (other.get("rolloutId").asString().equals(live)) {
                continue;
            }
            JsonNode values = gateway.get("/api/tracking/benefits/rollouts/" + other.get("rolloutId").asString())
                    .json().get("kpis");
            assertThat(values).hasSize(3);
            values.forEach(kpi -> {
                assertThat(kpi.get("values")).hasSize(6);
                assertThat(kpi.get("progress").get("status").asString()).isEqualTo("NOT_LIVE");
            });
        }

        JsonNode progress = gateway.get("/api/tracking/benefits/programs/" + programId + "/progress").json();
        Map<String, String> liveStatus = new HashMap<>();
        for (JsonNode kpi : progress.get("kpis")) {
            for (JsonNode s : kpi.get("sites")) {
                if (s.get("rolloutId").asString().equals(live)) {
                    liveStatus.put(kpi.get("kpi").get("kpiId").asString(), s.get("progress").get("status").asString());
                }
            }
        }
        assertThat(liveStatus).containsEntry("med-admin-errors", "ON_TRACK")
                .containsEntry("ed-length-of-stay", "LAGGING").containsEntry("denied-claims-written-off", "ON_TRACK");
        assertThat(progress.get("lagging").findValuesAsString("rolloutId")).containsExactly(live);

        JsonNode benefits = gateway.get("/api/tracking/benefits/programs/" + programId + "/benefits").json();
        JsonNode year1 = benefits.get("kpis").get(0).get("years").get(0);
        assertThat(year1.get("year").asInt()).isEqualTo(1);
        assertThat(year1.get("realized").decimalValue()).as("the go-live month's dip and the months after")
                .isPositive();
    }

    /** A newcomer finds a status date in use: one site's progress is reported to last Friday, and its status too. */
    @Test
    void oneSitesProgressIsReportedToLastFridayAndTrackingsStatusIsTakenOnIt() {
        JsonNode program = await().atMost(Duration.ofSeconds(60))
                .until(() -> demoProgram(gateway.get("/api/tracking/portfolio").json()),
                        p -> p != null && p.get("rolloutCount").asInt() >= 10);
        String rolloutId = gateway.get("/api/planning/programs/" + program.get("programId").asString() + "/rollouts")
                .json().valueStream().filter(r -> r.get("siteName").asString().equals(REPORTED_SITE)).findFirst()
                .orElseThrow().get("id").asString();

        JsonNode plan = gateway.get("/api/planning/rollouts/" + rolloutId + "/plan").json();
        assertThat(plan.hasNonNull("statusDate")).as("the plan has a status date").isTrue();
        LocalDate statusDate = LocalDate.parse(plan.get("statusDate").asString());
        LocalDate today = LocalDate.now();
        assertThat(statusDate.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(statusDate).isBefore(today).isAfterOrEqualTo(today.minusDays(7));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(gateway.get("/api/tracking/rollouts/"
                + rolloutId + "/status").json().get("statusDate").asString()).isEqualTo(statusDate.toString()));
    }

    /** The demo's pool is within capacity but for one analyst, where wave 2's go-live meets wave 3's order build. */
    @Test
    void theDemoPoolHasOneOverAllocatedAnalystWhereWavesTwoAndThreeOverlap() {
        JsonNode program = await().atMost(Duration.ofSeconds(60))
                .until(() -> demoProgram(gateway.get("/api/tracking/portfolio").json()),
                        p -> p != null && p.get("rolloutCount").asInt() >= 10);
        String programId = program.get("programId").asString();
        JsonNode pool = gateway.get("/api/planning/programs/" + programId + "/resources").json();
        assertThat(pool.findValuesAsString("role")).contains("CREDENTIALED_TRAINER", "TRAINER",
                "APPLICATION_ANALYST", "SUPER_USER", "VENDOR_CONSULTANT");
        Map<String, String> siteIds = new HashMap<>();
        gateway.get("/api/planning/programs/" + programId + "/rollouts").json()
                .forEach(r -> siteIds.put(r.get("id").asString(), r.get("siteName").asString()));

        JsonNode capacity = gateway.get("/api/planning/programs/" + programId + "/capacity").json();
        JsonNode over = capacity.get("overAllocations");
        assertThat(over.findValuesAsString("resourceName")).isNotEmpty().containsOnly("Priya Raman");
        Set<String> sites = new HashSet<>();
        over.forEach(week -> week.get("tasks").forEach(task -> sites.add(siteIds.get(task.get("rolloutId")
                .asString()))));
        assertThat(sites).containsExactlyInAnyOrder("Lakeside Community Hospital", "Maple Street Primary Care");

        // The demo's what-if: wave 3 four weeks earlier takes the analyst's over-allocation away, on paper only.
        JsonNode scenarios = gateway.get("/api/planning/programs/" + programId + "/scenarios").json();
        assertThat(scenarios.findValuesAsString("name")).containsExactly("Wave 3 four weeks earlier");
        JsonNode scenario = gateway.get("/api/planning/programs/" + programId + "/scenarios/"
                + scenarios.get(0).get("id").asString()).json();
        assertThat(scenario.get("moves")).hasSize(4);
        JsonNode effects = scenario.get("effects");
        assertThat(effects.get("disappearing")).isNotEmpty();
        assertThat(effects.get("disappearing").findValuesAsString("resourceName")).containsOnly("Priya Raman");
        assertThat(effects.get("appearing")).isEmpty();
        assertThat(effects.get("scenarioOverAllocations").asInt()).isZero();

        // Levelling: Lakeside's at-the-elbow starts on go-live day and Maple Street's order build has no float, so
        // nothing moves within float; beyond float, Maple Street's go-live moves some weeks later (a preview only).
        String levelling = "/api/planning/programs/" + programId + "/levelling/preview";
        JsonNode within = gateway.get(levelling).json();
        assertThat(within.get("goLiveChanges")).isEmpty();
        assertThat(within.get("remaining").findValuesAsString("resourceName")).containsOnly("Priya Raman");
        JsonNode beyond = gateway.get(levelling + "?beyondFloat=true").json();
        assertThat(beyond.get("goLiveChanges").findValuesAsString("rolloutId")).extracting(siteIds::get)
                .containsExactly("Maple Street Primary Care");
        assertThat(beyond.get("goLiveChanges").get(0).get("weeks").asInt()).isBetween(1, 8);
        assertThat(beyond.get("remaining").findValuesAsString("resourceName")).doesNotContain("Priya Raman");
        assertThat(gateway.get("/api/planning/programs/" + programId + "/capacity").json().get("overAllocations")
                .findValuesAsString("resourceName")).as("a preview changes nothing").contains("Priya Raman");
    }

    /** Finance switched the labour-cost rule on before approving: the demo's budgets carry planning's labour lines. */
    @Test
    void theDemoBudgetsWereApprovedWithPlanningsLabourLines() {
        JsonNode program = await().atMost(Duration.ofSeconds(60))
                .until(() -> demoProgram(gateway.get("/api/tracking/portfolio").json()),
                        p -> p != null && p.get("rolloutCount").asInt() >= 10);
        String programId = program.get("programId").asString();
        assertThat(gateway.get("/api/budgets/programs/" + programId + "/labour-cost-rule").json().get("enabled")
                .asBoolean()).isTrue();
        int labourLines = 0;
        for (JsonNode rollout : gateway.get("/api/planning/programs/" + programId + "/rollouts").json()) {
            for (JsonNode budget : gateway.get("/api/budgets/rollouts/" + rollout.get("id").asString()).json()
                    .get("budgets")) {
                assertThat(budget.get("status").asString()).isIn("APPROVED", "CLOSED");
                for (JsonNode line : budget.get("lines")) {
                    if ("PLANNING".equals(line.get("origin").asString())) {
                        labourLines++;
                        assertThat(line.get("lineId").asString()).startsWith("planning-labour-");
                        assertThat(new BigDecimal(line.get("total").get("amount").asString())).isPositive();
                    }
                }
            }
        }
        assertThat(labourLines).as("labour lines in the demo's approved budgets").isGreaterThan(10);
    }

    private static JsonNode demoProgram(JsonNode portfolio) {
        for (JsonNode program : portfolio.get("programs")) {
            if ("Northwind Health EHR Program".equals(program.get("name").asString())) {
                return program;
            }
        }
        return null;
    }
}
