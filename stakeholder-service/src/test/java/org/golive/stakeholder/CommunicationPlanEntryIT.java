package org.golive.stakeholder;

import org.golive.contract.Topics;
import org.golive.contract.stakeholder.CommunicationReplanned;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Revising one entry of a communication plan: the whole entry replaced under the plan's version, and its event. */
class CommunicationPlanEntryIT extends StakeholderServiceHarness {

    @RegisterExtension
    static final EventTap stakeholderEvents = EventTap.onTestInfrastructure(Topics.STAKEHOLDER);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String rolloutId;
    private String planId;

    @BeforeEach
    void aPlanWithTwoEntries() {
        rolloutId = UUID.randomUUID().toString();
        planning.send(rolloutId, PlanningEvents.rolloutCreated(rolloutId, UUID.randomUUID().toString(),
                "Northwind General", "pm.north"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/communication-plans?rolloutId=" + rolloutId).status() == 404);
        HttpJson.Reply plan = http.post("/communication-plans", Map.of("rolloutId", rolloutId, "entries", List.of(
                entry("Weekly readiness update", Map.of("roleGroups", List.of("CLINICAL"), "everyDays", 7,
                        "fromDaysBeforeGoLive", 90)),
                entry("Vendor huddle", Map.of("roleGroups", List.of("VENDOR"), "everyDays", 14,
                        "fromDaysBeforeGoLive", 60)))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        planId = plan.json().get("id").asString();
    }

    @Test
    void theProjectManagerRevisesAnEntryWholeItKeepsItsIdAndTheRevisionIsPublished() {
        HttpJson pm = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));
        Map<String, Object> onTrigger = entry("Vendor call when a milestone slips", Map.of("channel", "MEETING",
                "quadrants", List.of("MANAGE_CLOSELY"), "trigger", "MILESTONE_SLIPPED", "acknowledgeWithinDays", 2));

        HttpJson.Reply revised = pm.put(entryPath("e-2"), Map.of("version", 0, "entry", onTrigger));

        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("version").asLong()).isEqualTo(1);
        JsonNode entries = revised.json().get("entries");
        assertThat(entries.get(0).get("title").asString()).as("the other entry untouched")
                .isEqualTo("Weekly readiness update");
        JsonNode vendor = entries.get(1);
        assertThat(vendor.get("entryId").asString()).isEqualTo("e-2");
        assertThat(vendor.get("title").asString()).isEqualTo("Vendor call when a milestone slips");
        assertThat(vendor.get("channel").asString()).isEqualTo("MEETING");
        assertThat(vendor.get("trigger").asString()).isEqualTo("MILESTONE_SLIPPED");
        assertThat(vendor.get("everyDays").isNull()).as("the cadence replaced by the trigger").isTrue();
        assertThat(vendor.get("roleGroups").isEmpty()).as("the audience replaced, not merged").isTrue();
        assertThat(vendor.get("quadrants").get(0).asString()).isEqualTo("MANAGE_CLOSELY");
        assertThat(vendor.get("nextDue").isNull()).isTrue();
        assertThat(http.get("/communication-plans?rolloutId=" + rolloutId).json().get("entries").get(1)
                .get("title").asString()).as("stored").isEqualTo("Vendor call when a milestone slips");

        // The same entry again changes nothing and raises nothing; a real change after it is the second event.
        assertThat(pm.put(entryPath("e-2"), Map.of("version", 1, "entry", onTrigger)).json().get("version").asLong())
                .isEqualTo(1);
        Map<String, Object> renamed = new LinkedHashMap<>(onTrigger);
        renamed.put("title", "Vendor escalation call");
        assertThat(pm.put(entryPath("e-2"), Map.of("version", 1, "entry", renamed)).status()).isEqualTo(200);

        List<EventTap.WireEvent> replanned = stakeholderEvents.awaitEvents(e -> e.key().equals(rolloutId)
                && e.type().equals(CommunicationReplanned.TYPE), 2);
        assertThat(EventTap.schemaViolations(replanned)).isEmpty();
        assertThat(replanned).extracting(e -> JSON.readTree(e.data()).get("title").asString())
                .containsExactly("Vendor call when a milestone slips", "Vendor escalation call");
        JsonNode first = JSON.readTree(replanned.get(0).data());
        assertThat(first.get("planId").asString()).isEqualTo(planId);
        assertThat(first.get("entryId").asString()).isEqualTo("e-2");
        assertThat(first.get("trigger").asString()).isEqualTo("MILESTONE_SLIPPED");
        assertThat(first.get("acknowledgeWithinDays").asInt()).isEqualTo(2);
        assertThat(first.get("quadrants").get(0).asString()).isEqualTo("MANAGE_CLOSELY");
    }

    @Test
    void aStaleVersionIs409AnUnknownPlanOrEntry404AnInvalidEntry4xxAndAnotherManager403() {
        Map<String, Object> fortnightly = entry("Vendor huddle", Map.of("roleGroups", List.of("VENDOR"),
                "everyDays", 14, "fromDaysBeforeGoLive", 30));
        assertThat(http.put(entryPath("e-2"), Map.of("version", 0, "entry", fortnightly)).status()).isEqualTo(200);

        assertThat(http.put(entryPath("e-2"), Map.of("version", 0, "entry", fortnightly)).status())
                .as("a revision based on the plan before the change").isEqualTo(409);
        assertThat(http.put(entryPath("e-9"), Map.of("version", 1, "entry", fortnightly)).status()).isEqualTo(404);
        assertThat(http.put("/communication-plans/rollout-" + UUID.randomUUID() + "/entries/e-1",
                Map.of("version", 1, "entry", fortnightly)).status()).isEqualTo(404);
        assertThat(http.put(entryPath("e-2"), Map.of("version", 1, "entry", entry("Both", Map.of("roleGroups",
                List.of("VENDOR"), "everyDays", 7, "fromDaysBeforeGoLive", 30, "trigger", "GO_LIVE_MOVED"))))
                .status()).as("a cadence and a trigger").isEqualTo(422);
        assertThat(http.put(entryPath("e-2"), Map.of("version", 1, "entry", entry("Named", Map.of(
                "stakeholderIds", List.of(UUID.randomUUID().toString()), "everyDays", 7, "fromDaysBeforeGoLive", 30))))
                .status()).as("an unknown stakeholder").isEqualTo(422);
        assertThat(http.put(entryPath("e-2"), Map.of("version", 1, "entry", entry(" ", Map.of("roleGroups",
                List.of("VENDOR"), "everyDays", 7, "fromDaysBeforeGoLive", 30)))).status()).as("no title")
                .isEqualTo(400);
        assertThat(http.put(entryPath("e-2"), Map.of("entry", fortnightly)).status()).as("no version").isEqualTo(400);
        assertThat(http.withToken(TestTokens.forRoles("pm.lake", "PROJECT_MANAGER"))
                .put(entryPath("e-2"), Map.of("version", 1, "entry", fortnightly)).status())
                .as("another site's manager").isEqualTo(403);
        assertThat(http.as("VIEWER").put(entryPath("e-2"), Map.of("version", 1, "entry", fortnightly)).status())
                .isEqualTo(403);

        JsonNode stored = http.get("/communication-plans?rolloutId=" + rolloutId).json();
        assertThat(stored.get("version").asLong()).as("nothing refused was written").isEqualTo(1);
        assertThat(stored.get("entries").get(1).get("fromDaysBeforeGoLive").asInt()).isEqualTo(30);
    }

    private String entryPath(String entryId) {
        return "/communication-plans/" + planId + "/entries/" + entryId;
    }

    private static Map<String, Object> entry(String title, Map<String, Object> more) {
        Map<String, Object> entry = new LinkedHashMap<>(Map.of("title", title, "purpose", "GO_LIVE_PREPARATION",
                "channel", "EMAIL", "owner", "pm.north"));
        entry.putAll(more);
        return entry;
    }
}
