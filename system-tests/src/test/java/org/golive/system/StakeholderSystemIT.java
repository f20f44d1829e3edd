package org.golive.system;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoLiveDates;
import org.golive.testsupport.HttpJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The register and the conflict log through the gateway: a project manager registers a site's stakeholders and reads
 * its grid, raises a conflict already past its deadline, which the stack's own escalation check (every minute) takes
 * up a level; it is resolved with a recorded decision, and a BI consumer reads it all as schema-valid events. The
 * demo program has stakeholders in every quadrant at every site and open conflicts of every kind.
 */
class StakeholderSystemIT {

    private static final Duration ONE_CHECK = Duration.ofMinutes(3);

    private final HttpJson admin = GoliveStack.gateway();

    @Test
    void aProjectManagerRegistersTheSiteGridRaisesAConflictThatEscalatesWhenOverdueAndResolvesIt() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.STAKEHOLDER)) {
            String programId = admin.post("/api/planning/programs", Map.of("name", "Stakeholder year")).json()
                    .get("id").asString();
            String rolloutId = admin.post("/api/planning/programs/" + programId + "/rollouts", Map.of("siteName",
                    "Brookfield Hospital", "siteType", "HOSPITAL", "goLiveDate",
                    GoLiveDates.saturdayWeeksAhead(38).toString(), "projectManager",
                    "pm.north")).json().get("id").asString();
            HttpJson pm = GoliveStack.gatewayAs("pm.north");

            String cmo = await().atMost(Duration.ofSeconds(60)).until(() -> pm.post("/api/stakeholders",
                    person("Dr. Ines Ferreira", "EXECUTIVE", "HIGH", "HIGH", rolloutId)), r -> r.status() == 201)
                    .json().get("id").asString();
            String nurse = pm.post("/api/stakeholders", person("Sam Osei", "CLINICAL", "LOW", "HIGH", rolloutId))
                    .json().get("id").asString();
            assertThat(pm.post("/api/stakeholders", with(person("Pat Lee", "CLINICAL", "LOW", "LOW", rolloutId),
                    "email", "pat at brookfield")).status()).as("invalid e-mail").isEqualTo(400);
            JsonNode grid = pm.get("/api/stakeholders/grid?rolloutId=" + rolloutId).json();
            assertThat(grid.get("quadrants").get("MANAGE_CLOSELY").findValuesAsString("id")).containsExactly(cmo);
            assertThat(grid.get("quadrants").get("KEEP_INFORMED").findValuesAsString("id")).containsExactly(nurse);

            Map<String, Object> conflict = new LinkedHashMap<>();
            conflict.put("rolloutId", rolloutId);
            conflict.put("title", "Medication reconciliation workflow");
            conflict.put("kind", "CLINICAL_TECHNICAL_WORKFLOW");
            conflict.put("severity", "HIGH");
            conflict.put("owner", "pm.north");
            conflict.put("partyIds", List.of(cmo, nurse));
            conflict.put("decisionMakerRole", "CLINICAL_LEAD");
            conflict.put("dueDate", LocalDate.now().minusDays(1).toString());
            HttpJson.Reply raised = pm.post("/api/stakeholders/conflicts", conflict);
            assertThat(raised.status()).as(raised.body()).isEqualTo(201);
            String id = raised.json().get("id").asString();
            assertThat(pm.post("/api/stakeholders/conflicts", with(conflict, "partyIds", List.of("nobody")))
                    .status()).as("unknown party").isEqualTo(422);

            JsonNode escalated = await().atMost(ONE_CHECK).until(() -> pm.get("/api/stakeholders/conflicts/" + id)
                    .json(), c -> c.get("level").asString().equals("PROJECT_MANAGER"));
            assertThat(escalated.get("status").asString()).isEqualTo("ESCALATED");
            HttpJson.Reply resolved = pm.post("/api/stakeholders/conflicts/" + id + "/resolution", Map.of(
                    "version", escalated.get("version").asLong(), "decision", "Pharmacy-led reconciliation at admission",
                    "decidedBy", "Dr. Ines Ferreira"));
            assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
            assertThat(resolved.json().get("resolution").get("decidedBy").asString()).isEqualTo("Dr. Ines Ferreira");
            assertThat(pm.post("/api/stakeholders/conflicts/" + id + "/resolution", Map.of("version",
                    resolved.json().get("version").asLong(), "decision", "again")).status()).isEqualTo(409);

            List<EventTap.WireEvent> conflictEvents = bi.awaitEvents(e -> rolloutId.equals(e.key()), 3);
            assertThat(conflictEvents).extracting(EventTap.WireEvent::type).containsExactly(
                    "org.golive.stakeholder.conflict.raised.v1", "org.golive.stakeholder.conflict.escalated.v1",
                    "org.golive.stakeholder.conflict.resolved.v1");
            bi.awaitEvent(e -> cmo.equals(e.key()) && e.type().endsWith(".stakeholder.registered.v1"));
            assertThat(EventTap.schemaViolations(bi.seen())).isEmpty();
        }
    }

    @Test
    void everyDemoSiteHasStakeholdersInEveryQuadrantAndTheDemoHasOpenConflictsOfEveryKindOneEscalated() {
        JsonNode program = await().atMost(Duration.ofSeconds(60)).until(() -> demoProgram(admin), p -> p != null);
        JsonNode rollouts = admin.get("/api/planning/programs/" + program.get("id").asString() + "/rollouts").json();
        assertThat(rollouts.size()).isGreaterThanOrEqualTo(10);
        for (JsonNode rollout : rollouts) {
            JsonNode grid = admin.get("/api/stakeholders/grid?rolloutId=" + rollout.get("id").asString()).json();
            for (String quadrant : List.of("MANAGE_CLOSELY", "KEEP_SATISFIED", "KEEP_INFORMED", "MONITOR")) {
                assertThat(grid.get("quadrants").get(quadrant).size()).as(rollout.get("siteName").asString() + " "
                        + quadrant).isPositive();
            }
        }
        Set<String> kinds = new HashSet<>();
        admin.get("/api/stakeholders/conflicts?size=500").json().get("conflicts").forEach(c -> {
            if (!c.get("status").asString().equals("RESOLVED")) {
                kinds.add(c.get("kind").asString());
            }
        });
        assertThat(kinds).contains("CLINICAL_TECHNICAL_WORKFLOW", "RESOURCE", "SCOPE", "BUDGET", "SCHEDULE",
                "VENDOR");
        await().atMost(ONE_CHECK).until(() -> admin.get("/api/stakeholders/conflicts?status=ESCALATED").json()
                .findValuesAsString("title").contains("ED triage order sets vs. the vendor's standard build"));
    }

    private static JsonNode demoProgram(HttpJson admin) {
        for (JsonNode program : admin.get("/api/planning/programs").json()) {
            if ("Northwind Health EHR Program".equals(program.get("name").asString())) {
                return program;
            }
        }
        return null;
    }

    private static Map<String, Object> person(String name, String roleGroup, String influence, String interest,
                                              String rolloutId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase().replaceAll("[^a-z]+", ".") + "@brookfield.example");
        body.put("roleGroup", roleGroup);
        body.put("influence", influence);
        body.put("interest", interest);
        body.put("rolloutIds", List.of(rolloutId));
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
