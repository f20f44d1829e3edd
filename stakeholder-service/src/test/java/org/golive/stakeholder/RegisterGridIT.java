package org.golive.stakeholder;

import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.golive.stakeholder.StakeholderRequests.chiefOfMedicine;
import static org.golive.stakeholder.StakeholderRequests.with;

/** The register's grid per rollout and per program, its filters, and the events the register publishes. */
class RegisterGridIT extends StakeholderServiceHarness {

    @RegisterExtension
    static final EventTap stakeholderEvents = EventTap.onTestInfrastructure(Topics.STAKEHOLDER);

    private static Map<String, Object> rated(String name, String roleGroup, String influence, String interest,
                                             String current, String desired, List<String> rolloutIds) {
        return with(with(with(with(with(with(chiefOfMedicine(rolloutIds), "name", name), "roleGroup", roleGroup),
                "influence", influence), "interest", interest), "currentEngagement", current),
                "desiredEngagement", desired);
    }

    @Test
    void theGridOfARolloutAndOfItsProgramSortsStakeholdersIntoQuadrantsAndFiltersServerSide() {
        String programId = UUID.randomUUID().toString();
        String north = UUID.randomUUID().toString();
        String lake = UUID.randomUUID().toString();
        planning.send(programId, PlanningEvents.programCreated(programId, "Northwind EHR"));
        planning.send(north, PlanningEvents.rolloutCreated(north, programId, "Northwind General", "pm.north"));
        planning.send(lake, PlanningEvents.rolloutCreated(lake, programId, "Lakeside Community", "pm.lake"));
        String cmio = await().atMost(Duration.ofSeconds(30)).until(() -> http.post("/",
                with(rated("CMIO", "EXECUTIVE", "HIGH", "HIGH", "NEUTRAL", "LEADING", List.of()),
                        "programIds", List.of(programId))), r -> r.status() == 201).json().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> http.post("/", rated("Chief of Surgery", "CLINICAL",
                "HIGH", "LOW", "RESISTANT", "SUPPORTIVE", List.of(north))).status() == 201);
        assertThat(http.post("/", with(rated("Charge nurse", "CLINICAL", "LOW", "HIGH", "SUPPORTIVE", "SUPPORTIVE",
                List.of(north)), "superUser", true)).json().get("superUser").asBoolean()).isTrue();
        assertThat(http.post("/", rated("Lab analyst", "TECHNICAL", "MEDIUM", "MEDIUM", null, null, List.of(lake)))
                .json().get("quadrant").asString()).isEqualTo("MONITOR");
        http.post("/", rated("New vendor rep", "VENDOR", null, "HIGH", null, null, List.of(lake)));

        JsonNode northGrid = http.get("/grid?rolloutId=" + north).json();
        assertThat(names(northGrid.get("quadrants").get("KEEP_SATISFIED"))).containsExactly("Chief of Surgery");
        assertThat(names(northGrid.get("quadrants").get("KEEP_INFORMED"))).containsExactly("Charge nurse");
        assertThat(northGrid.get("quadrants").get("MANAGE_CLOSELY").size()).as("the CMIO is on the program only")
                .isZero();
        assertThat(northGrid.get("withEngagementGap").asLong()).isEqualTo(1);

        JsonNode programGrid = http.get("/grid?programId=" + programId).json();
        assertThat(names(programGrid.get("quadrants").get("MANAGE_CLOSELY"))).containsExactly("CMIO");
        assertThat(names(programGrid.get("quadrants").get("MONITOR"))).containsExactly("Lab analyst");
        assertThat(names(programGrid.get("unrated"))).containsExactly("New vendor rep");
        assertThat(programGrid.get("withEngagementGap").asLong()).as("the CMIO and the chief of surgery")
                .isEqualTo(2);

        assertThat(names(http.get("/?programId=" + programId + "&roleGroup=CLINICAL").json()))
                .containsExactly("Charge nurse", "Chief of Surgery");
        assertThat(names(http.get("/?programId=" + programId + "&minGap=2").json()))
                .as("two levels or more to climb").containsExactly("Chief of Surgery", "CMIO");
        assertThat(names(http.get("/?programId=" + programId
                + "&quadrant=MANAGE_CLOSELY&quadrant=KEEP_INFORMED").json())).containsExactly("Charge nurse", "CMIO");
        assertThat(names(http.get("/grid?rolloutId=" + north + "&roleGroup=TECHNICAL").json().get("quadrants")
                .get("KEEP_SATISFIED"))).isEmpty();

        HttpJson pmNorth = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));
        assertThat(names(http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"))
                .get("/?programId=" + programId).json()))
                .as("a project manager sees the program's stakeholders on their own rollouts")
                .containsExactly("Charge nurse", "Chief of Surgery");
        assertThat(pmNorth.get("/grid?rolloutId=" + lake).status()).isEqualTo(403);
        assertThat(pmNorth.post("/", with(rated("Nurse", "CLINICAL", "LOW", "LOW", null, null, List.of(north)),
                "programIds", List.of(programId))).status()).as("program links are the PMO's").isEqualTo(403);

        assertThat(http.get("/?programId=no-such-program").status()).isEqualTo(404);
        assertThat(http.get("/grid").status()).isEqualTo(400);
        assertThat(http.get("/grid?rolloutId=" + north + "&programId=" + programId).status()).isEqualTo(400);
        assertThat(http.get("/grid?rolloutId=" + north + "&quadrant=SOMEWHERE").status()).isEqualTo(400);
        assertThat(http.get("/grid?rolloutId=" + north + "&quadrant=SOMEWHERE").json().get("errors").has("quadrant"))
                .isTrue();
        assertThat(http.get("/?programId=" + programId + "&size=0").json().get("errors").has("size")).isTrue();
        assertThat(http.get("/?programId=" + programId + "&minGap=x").json().get("errors").has("minGap")).isTrue();
        assertThat(http.get("/?programId=" + programId + "&rolegroup=CLINICAL").status()).as("misspelt").isEqualTo(400);

        JsonNode firstPage = http.get("/?programId=" + programId + "&size=2").json();
        assertThat(names(firstPage.get("stakeholders"))).containsExactly("Charge nurse", "Chief of Surgery");
        assertThat(firstPage.get("total").asInt()).isEqualTo(5);
        assertThat(firstPage.get("links").get("next").asString())
                .isEqualTo("?programId=" + programId + "&sort=name%2Casc&page=1&size=2");
        assertThat(names(http.get("/" + firstPage.get("links").get("last").asString()).json().get("stakeholders")))
                .containsExactly("New vendor rep");
        assertThat(names(http.get("/?programId=" + programId + "&sort=engagementGap&size=2").json()
                .get("stakeholders"))).as("largest gaps first").containsExactlyInAnyOrder("Chief of Surgery", "CMIO");
        JsonNode gridPage = http.get("/grid?programId=" + programId + "&size=1&page=1").json();
        assertThat(names(gridPage.get("quadrants"))).as("the page's one stakeholder").containsExactly("Chief of Surgery");
        assertThat(gridPage.get("counts").get("MANAGE_CLOSELY").asLong()).as("counted over all pages").isEqualTo(1);
        assertThat(gridPage.get("counts").get("KEEP_SATISFIED").asLong()).isEqualTo(1);
        assertThat(gridPage.get("unratedCount").asLong()).isEqualTo(1);
        assertThat(gridPage.get("totalPages").asInt()).isEqualTo(5);

        var unknownProgram = http.post("/", with(chiefOfMedicine(List.of()), "programIds", List.of("no-such")));
        assertThat(unknownProgram.status()).isEqualTo(422);
        assertThat(unknownProgram.json().get("errors").has("programIds")).isTrue();

        var moved = http.put("/" + cmio, with(with(rated("CMIO", "EXECUTIVE", "HIGH", "HIGH", "SUPPORTIVE", "LEADING",
                List.of()), "programIds", List.of(programId)), "version", 0));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        List<EventTap.WireEvent> events = stakeholderEvents.awaitEvents(e -> cmio.equals(e.key()), 3);
        assertThat(events).extracting(EventTap.WireEvent::type).containsExactly(
                "org.golive.stakeholder.stakeholder.registered.v1", "org.golive.stakeholder.stakeholder.updated.v1",
                "org.golive.stakeholder.stakeholder.engagement-changed.v1");
        assertThat(events.get(2).data()).contains("\"previousCurrentEngagement\":\"NEUTRAL\"")
                .contains("\"engagementGap\":1");
        assertThat(EventTap.schemaViolations(stakeholderEvents.seen())).isEmpty();
    }

    private static List<String> names(JsonNode stakeholders) {
        return stakeholders.findValuesAsString("name");
    }
}
