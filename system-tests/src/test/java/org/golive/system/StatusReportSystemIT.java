package org.golive.system;

import org.golive.contract.Topics;
import org.golive.contract.tracking.StatusReportPublished;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weekly status reports through the gateway: the demo's six published weeks at every started site and their trends,
 * a project manager publishing this week's report, and a BI consumer reading it on tracking's topic.
 */
class StatusReportSystemIT {

    private final HttpJson pmo = GoliveStack.gateway();

    @Test
    void everyStartedDemoSiteHasSixPublishedWeeksAndTrendsOfSixPoints() {
        int started = 0;
        int corrected = 0;
        for (JsonNode site : demoSites()) {
            String rolloutId = site.get("rolloutId").asString();
            JsonNode status = pmo.get("/api/tracking/rollouts/" + rolloutId + "/status").json();
            if (status.get("percentComplete").decimalValue().signum() == 0) {
                continue;
            }
            started++;
            JsonNode reports = pmo.get("/api/tracking/rollouts/" + rolloutId + "/status-reports").json();
            assertThat(reports.get("total").asInt()).as(site.get("siteName").asString()).isEqualTo(6);
            assertThat(reports.get("reports").findValuesAsString("state")).containsOnly("PUBLISHED");
            for (JsonNode line : reports.get("reports")) {
                if (line.get("revision").asInt() == 2) {
                    corrected++;
                    JsonNode report = pmo.get("/api/tracking/rollouts/" + rolloutId + "/status-reports/"
                            + line.get("week").asString()).json();
                    assertThat(report.get("history")).hasSize(1);
                    assertThat(report.get("correctionReason").asString()).isNotBlank();
                }
            }
            JsonNode points = pmo.get("/api/tracking/rollouts/" + rolloutId + "/trends").json().get("points");
            assertThat(points).hasSize(6);
            List<String> weeks = points.findValuesAsString("week");
            assertThat(weeks).isSorted().doesNotHaveDuplicates();
            assertThat(points.get(5).get("completedPercent").decimalValue())
                    .isGreaterThanOrEqualTo(points.get(0).get("completedPercent").decimalValue());
            assertThat(points.get(0).get("readinessScore").isNumber()).isTrue();
            // The demo books its actual costs week by week: every week has a CPI, and they are not all the same.
            List<String> cpis = points.findValuesAsString("cpi");
            assertThat(cpis).as("CPI by week at " + site.get("siteName").asString()).hasSize(6)
                    .doesNotContainNull();
            assertThat(cpis.stream().map(BigDecimal::new).distinct().count()).isGreaterThan(1);
        }
        assertThat(started).as("the demo's started sites").isGreaterThanOrEqualTo(3);
        assertThat(corrected).isEqualTo(1);
    }

    @Test
    void aProjectManagerPublishesThisWeeksReportAndABiConsumerReadsIt() {
        JsonNode site = demoSites().stream()
                .filter(s -> s.get("siteName").asString().equals("Northwind General Hospital")).findFirst()
                .orElseThrow();
        String rolloutId = site.get("rolloutId").asString();
        String reports = "/api/tracking/rollouts/" + rolloutId + "/status-reports";
        LocalDate today = LocalDate.now();
        String week = String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR),
                today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Map<String, Object> draft = Map.of("week", week, "narrative", "Interfaces build slipped ten days.",
                "risks", List.of(Map.of("title", "Interfaces build late", "owner", "Interface lead",
                        "impact", "HIGH")),
                "decisions", List.of(Map.of("decision", "Move integrated testing by a week", "decider",
                        "Steering committee", "dueBy", today.plusDays(7).toString())));
        HttpJson manager = GoliveStack.gatewayAs("pm.north");
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.TRACKING)) {
            assertThat(GoliveStack.gatewayAs("pm.lake").post(reports, draft).status()).as("not their site")
                    .isEqualTo(403);
            HttpJson.Reply drafted = manager.post(reports, draft);
            assertThat(drafted.status()).isEqualTo(201);
            assertThat(drafted.header("Location")).isEqualTo(reports + "/" + week);
            assertThat(manager.post(reports, draft).status()).as("one report a week").isEqualTo(409);
            HttpJson.Reply published = manager.post(reports + "/" + week + "/publish",
                    Map.of("version", drafted.json().get("version").asLong()));
            assertThat(published.status()).isEqualTo(200);

            JsonNode read = GoliveStack.gatewayAs("viewer").get(reports + "/" + week).json();
            assertThat(read.get("state").asString()).isEqualTo("PUBLISHED");
            assertThat(read.get("publishedBy").asString()).isEqualTo("pm.north");
            LocalDate friday = today.with(DayOfWeek.MONDAY).plusDays(4);
            assertThat(read.get("figures").get("statusDate").asString()).as("the week's Friday, or today before it")
                    .isEqualTo((today.isBefore(friday) ? today : friday).toString());

            EventTap.WireEvent event = bi.awaitEvent(e -> e.type().equals(StatusReportPublished.TYPE)
                    && e.key().equals(rolloutId) && e.data().contains(week));
            assertThat(event.data()).contains("Interfaces build slipped ten days.", "\"revision\":1");
            assertThat(EventTap.schemaViolations(List.of(event))).isEmpty();
        }
        JsonNode points = pmo.get("/api/tracking/rollouts/" + rolloutId + "/trends").json().get("points");
        assertThat(points.get(points.size() - 1).get("week").asString()).isEqualTo(week);
        assertThat(new BigDecimal(points.get(points.size() - 1).get("spi").asString()).signum()).isPositive();
    }

    private List<JsonNode> demoSites() {
        JsonNode portfolio = pmo.get("/api/tracking/portfolio").json();
        String programId = null;
        for (JsonNode program : portfolio.get("programs")) {
            if ("Northwind Health EHR Program".equals(program.get("name").asString())) {
                programId = program.get("programId").asString();
            }
        }
        List<JsonNode> sites = new ArrayList<>();
        for (JsonNode rollout : portfolio.get("rollouts")) {
            if (rollout.get("programId").asString().equals(programId)) {
                sites.add(rollout);
            }
        }
        return sites;
    }
}
