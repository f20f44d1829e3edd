package org.golive.stakeholder.conflict;

import org.golive.contract.Topics;
import org.golive.contract.planning.RolloutCreated;
import org.golive.stakeholder.StakeholderServiceHarness;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The conflict log over HTTP: raise, mediate, escalate when overdue (time set by the test), resolve. */
class ConflictLogIT extends StakeholderServiceHarness {

    @RegisterExtension
    static final EventTap stakeholderEvents = EventTap.onTestInfrastructure(Topics.STAKEHOLDER);

    @Autowired
    ConflictEscalation escalation;
    @Autowired
    Clock clock;

    private String announcedRollout(String manager) {
        String rolloutId = UUID.randomUUID().toString();
        planning.send(rolloutId, TestEvents.event(new RolloutCreated(rolloutId, "program-c", "Northwind EHR", null,
                null, "Northwind General", "HOSPITAL", LocalDate.of(2027, 5, 1), 420, 3100, manager, List.of(),
                Instant.now()), "/planning/rollouts/" + rolloutId, 1, rolloutId));
        return rolloutId;
    }

    private String stakeholderOn(String rolloutId, String name) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> http.post("/", Map.of("name", name,
                "email", name.toLowerCase().replace(' ', '.') + "@northwind.example", "roleGroup", "CLINICAL",
                "rolloutIds", List.of(rolloutId))), r -> r.status() == 201).json().get("id").asString();
    }

    private static Map<String, Object> dispute(String rolloutId, List<String> parties, LocalDate due) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rolloutId", rolloutId);
        body.put("title", "ED triage order sets vs. the vendor's standard build");
        body.put("kind", "CLINICAL_TECHNICAL_WORKFLOW");
        body.put("severity", "HIGH");
        body.put("owner", "pm.north");
        body.put("partyIds", parties);
        body.put("decisionMakerRole", "CLINICAL_LEAD");
        body.put("dueDate", due.toString());
        body.put("sbar", Map.of("situation", "Triage nurses bypass the order set", "recommendation",
                "Keep the local order set for go-live"));
        body.put("taskIds", List.of("task-build-ed-order-sets"));
        return body;
    }

    @Test
    void aConflictRaisedWithADeadlineEscalatesOneLevelPerStepWhenOverdueAndIsResolvedWithARecordedDecision() {
        String north = announcedRollout("pm.north");
        String zoe = stakeholderOn(north, "Zoe Quinn");
        String bram = stakeholderOn(north, "Bram Elsing");
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        HttpJson pm = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));

        HttpJson.Reply raised = pm.post("/conflicts", dispute(north, List.of(zoe, bram), tomorrow));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("id").asString();
        assertThat(raised.header("Location")).isEqualTo("/conflicts/" + id);
        assertThat(raised.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(raised.json().get("raisedBy").asString()).isEqualTo("pm.north");
        assertThat(raised.json().get("programId").asString()).isEqualTo("program-c");
        assertThat(pm.post("/conflicts/" + id + "/mediation", Map.of("version", 0)).json().get("status").asString())
                .isEqualTo("IN_MEDIATION");

        Instant dayAfterTomorrow = tomorrow.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(escalation.escalateDue(dayAfterTomorrow.minusSeconds(1))).as("due, not overdue").isZero();
        Instant overdue = dayAfterTomorrow.plusSeconds(60);
        List<Integer> racing = List.of(
                CompletableFuture.supplyAsync(() -> escalation.escalateDue(overdue)),
                CompletableFuture.supplyAsync(() -> escalation.escalateDue(overdue))).stream()
                .map(CompletableFuture::join).toList();
        assertThat(racing.stream().mapToInt(Integer::intValue).sum()).as("two instances checking at once escalate once")
                .isEqualTo(1);
        JsonNode escalated = http.get("/conflicts/" + id).json();
        assertThat(escalated.get("level").asString()).isEqualTo("PROJECT_MANAGER");
        assertThat(escalated.get("status").asString()).isEqualTo("ESCALATED");
        assertThat(escalation.escalateDue(overdue.plus(Duration.ofHours(23)))).as("the next rung is a day on")
                .isZero();
        escalation.escalateDue(overdue.plus(Duration.ofDays(1)));
        assertThat(http.get("/conflicts/" + id).json().get("level").asString()).isEqualTo("PMO_LEAD");

        var stale = pm.post("/conflicts/" + id + "/resolution", Map.of("version", 1, "decision", "Keep it"));
        assertThat(stale.status()).isEqualTo(409);
        long version = http.get("/conflicts/" + id).json().get("version").asLong();
        var resolved = pm.post("/conflicts/" + id + "/resolution", Map.of("version", version,
                "decision", "Keep the ED's order set for go-live; the vendor builds it into release 2",
                "decidedBy", "Dr Ada Byrne, CMIO"));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().get("resolution").get("decidedBy").asString()).isEqualTo("Dr Ada Byrne, CMIO");
        assertThat(resolved.json().get("resolution").get("recordedBy").asString()).isEqualTo("pm.north");
        assertThat(resolved.json().get("resolution").get("decidedAt").isNull()).isFalse();
        var again = pm.post("/conflicts/" + id + "/resolution", Map.of("version", version + 1, "decision", "Other"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");

        List<EventTap.WireEvent> events = stakeholderEvents.awaitEvents(e -> north.equals(e.key())
                && e.type().contains(".conflict."), 4);
        assertThat(events).extracting(EventTap.WireEvent::type).containsExactly(
                "org.golive.stakeholder.conflict.raised.v1", "org.golive.stakeholder.conflict.escalated.v1",
                "org.golive.stakeholder.conflict.escalated.v1", "org.golive.stakeholder.conflict.resolved.v1");
        assertThat(EventTap.schemaViolations(events)).isEmpty();
    }

    @Test
    void whoMayChangeAConflictEscalatesItByHandWithTheVersionReadAndTheLogFiltersByProgram() {
        String north = announcedRollout("pm.north");
        String zoe = stakeholderOn(north, "Zoe Quinn");
        HttpJson pm = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));
        LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7);
        String id = pm.post("/conflicts", dispute(north, List.of(zoe), due)).json().get("id").asString();

        assertThat(http.withToken(TestTokens.forRoles("viewer", "VIEWER")).post("/conflicts/" + id + "/escalation",
                Map.of("version", 0)).status()).isEqualTo(403);
        assertThat(http.withToken(TestTokens.forRoles("pm.lake", "PROJECT_MANAGER")).post("/conflicts/" + id
                + "/escalation", Map.of("version", 0)).status()).as("another site's manager").isEqualTo(403);
        HttpJson.Reply escalated = pm.post("/conflicts/" + id + "/escalation", Map.of("version", 0));
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);
        assertThat(escalated.json().get("level").asString()).isEqualTo("PROJECT_MANAGER");
        assertThat(escalated.json().get("status").asString()).isEqualTo("ESCALATED");
        assertThat(escalated.json().get("overdue").asBoolean()).isFalse();
        HttpJson.Reply stale = pm.post("/conflicts/" + id + "/escalation", Map.of("version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(pm.post("/conflicts/" + id + "/escalation", Map.of()).status()).as("no version").isEqualTo(400);
        assertThat(pm.post("/conflicts/no-such/escalation", Map.of("version", 0)).status()).isEqualTo(404);
        pm.post("/conflicts/" + id + "/escalation", Map.of("version", 1));
        pm.post("/conflicts/" + id + "/escalation", Map.of("version", 2));
        HttpJson.Reply top = pm.post("/conflicts/" + id + "/escalation", Map.of("version", 3));
        assertThat(top.status()).as("nothing above the executive sponsor").isEqualTo(409);

        List<EventTap.WireEvent> events = stakeholderEvents.awaitEvents(e -> north.equals(e.key())
                && e.type().equals("org.golive.stakeholder.conflict.escalated.v1"), 3);
        assertThat(events).hasSize(3);
        assertThat(EventTap.schemaViolations(events)).isEmpty();
        assertThat(http.get("/conflicts?programId=program-c&size=500").json().get("conflicts")
                .findValuesAsString("id")).contains(id);
        assertThat(http.get("/conflicts?programId=another-program&size=500").json().get("conflicts")
                .findValuesAsString("id")).doesNotContain(id);
    }

    @Test
    void aProjectManagerRaisesAndSeesConflictsOfTheirOwnRolloutsOnly() {
        String north = announcedRollout("pm.north");
        String lake = announcedRollout("pm.lake");
        String zoe = stakeholderOn(north, "Zoe Quinn");
        stakeholderOn(lake, "Lake Nurse");
        LocalDate due = LocalDate.now(clock).plusDays(7);
        String onLake = http.post("/conflicts", dispute(lake, List.of(zoe), due)).json().get("id").asString();
        HttpJson pmNorth = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));

        assertThat(pmNorth.post("/conflicts", dispute(lake, List.of(zoe), due)).status()).isEqualTo(403);
        assertThat(pmNorth.get("/conflicts/" + onLake).status()).isEqualTo(403);
        assertThat(pmNorth.post("/conflicts/" + onLake + "/resolution", Map.of("version", 0, "decision", "x"))
                .status()).isEqualTo(403);
        assertThat(pmNorth.get("/conflicts?rolloutId=" + lake).status()).isEqualTo(403);
        assertThat(pmNorth.get("/conflicts?size=500").json().findValuesAsString("id")).doesNotContain(onLake);
        assertThat(http.withToken(TestTokens.forRoles("viewer", "VIEWER")).get("/conflicts?rolloutId=" + lake)
                .json().findValuesAsString("id")).containsExactly(onLake);
    }

    @Test
    void anUnresolvedConflictIsEditedWithTheVersionReadByWhoMayChangeItsRollout() {
        String north = announcedRollout("pm.north");
        String zoe = stakeholderOn(north, "Zoe Quinn");
        String bram = stakeholderOn(north, "Bram Elsing");
        HttpJson pm = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));
        LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7);
        String id = pm.post("/conflicts", dispute(north, List.of(zoe), due)).json().get("id").asString();

        HttpJson.Reply edited = pm.patch("/conflicts/" + id, Map.of("version", 0, "severity", "CRITICAL",
                "partyIds", List.of(zoe, bram), "dueDate", due.plusDays(3).toString(),
                "sbar", Map.of("assessment", "A sepsis bundle is skipped")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(edited.json().get("partyIds").size()).isEqualTo(2);
        assertThat(edited.json().get("title").asString()).as("left out: kept").startsWith("ED triage");
        assertThat(edited.json().get("sbar").get("situation").asString()).isEqualTo("Triage nurses bypass the order set");
        assertThat(edited.json().get("sbar").get("assessment").asString()).isEqualTo("A sepsis bundle is skipped");
        assertThat(edited.json().get("escalatesAt").asString()).startsWith(due.plusDays(4).toString());
        assertThat(edited.json().get("version").asLong()).isEqualTo(1);

        assertThat(pm.patch("/conflicts/" + id, Map.of("version", 0, "severity", "LOW")).status())
                .as("stale version").isEqualTo(409);
        assertThat(pm.patch("/conflicts/" + id, Map.of("version", 1, "partyIds", List.of("no-such"))).status())
                .isEqualTo(422);
        assertThat(pm.patch("/conflicts/" + id, Map.of("version", 1, "rolloutId", "elsewhere")).status())
                .as("the rollout is not editable").isEqualTo(422);
        assertThat(pm.patch("/conflicts/" + id, Map.of("severity", "LOW")).status()).as("no version").isEqualTo(400);
        assertThat(http.withToken(TestTokens.forRoles("pm.lake", "PROJECT_MANAGER")).patch("/conflicts/" + id,
                Map.of("version", 1, "severity", "LOW")).status()).as("another site's manager").isEqualTo(403);
        assertThat(http.withToken(TestTokens.forRoles("viewer", "VIEWER")).patch("/conflicts/" + id,
                Map.of("version", 1, "severity", "LOW")).status()).isEqualTo(403);

        pm.post("/conflicts/" + id + "/resolution", Map.of("version", 1, "decision", "Keep the local order set"));
        HttpJson.Reply afterResolution = pm.patch("/conflicts/" + id, Map.of("version", 2, "severity", "LOW"));
        assertThat(afterResolution.status()).as("a resolved conflict is final").isEqualTo(409);

        List<EventTap.WireEvent> updated = stakeholderEvents.awaitEvents(e -> north.equals(e.key())
                && e.type().equals("org.golive.stakeholder.conflict.updated.v1"), 1);
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).data()).contains("\"changed\":[\"severity\",\"partyIds\",\"dueDate\",\"sbar\"]");
        assertThat(EventTap.schemaViolations(updated)).isEmpty();
    }

    @Test
    void theConflictLogIsReadAPageAtATimeWithLinksAndABadParameterIsA400NamingIt() {
        String north = announcedRollout("pm.north");
        String zoe = stakeholderOn(north, "Zoe Quinn");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(http.post("/conflicts", dispute(north, List.of(zoe), today.plusDays(10 - i))).json().get("id")
                    .asString());
        }

        JsonNode first = http.get("/conflicts?rolloutId=" + north + "&size=2").json();
        assertThat(first.get("total").asInt()).isEqualTo(5);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        assertThat(first.get("conflicts").findValuesAsString("id")).as("earliest due first")
                .containsExactly(ids.get(4), ids.get(3));
        assertThat(first.get("links").get("next").asString())
                .isEqualTo("?rolloutId=" + north + "&sort=dueDate%2Casc&page=1&size=2");
        assertThat(first.get("links").get("prev").isNull()).isTrue();
        JsonNode last = http.get("/conflicts" + first.get("links").get("last").asString()).json();
        assertThat(last.get("conflicts").findValuesAsString("id")).containsExactly(ids.get(0));
        assertThat(last.get("links").get("next").isNull()).isTrue();
        assertThat(http.get("/conflicts?rolloutId=" + north + "&sort=raisedAt&size=1").json().get("conflicts")
                .findValuesAsString("id")).containsExactly(ids.get(4));
        assertThat(http.get("/conflicts?status=OPEN&status=ESCALATED&size=500").json().get("conflicts")
                .findValuesAsString("id")).as("without a rollout, any of the statuses").containsAll(ids);

        for (String[] bad : List.of(new String[]{"size", "size=501"}, new String[]{"page", "page=-1"},
                new String[]{"sort", "sort=mood"}, new String[]{"status", "status=SIMMERING"},
                new String[]{"stauts", "stauts=OPEN"}, new String[]{"rolloutId", "rolloutId=a&rolloutId=b"})) {
            HttpJson.Reply refused = http.get("/conflicts?" + bad[1]);
            assertThat(refused.status()).as(bad[1]).isEqualTo(400);
            assertThat(refused.json().get("errors").has(bad[0])).as(refused.body()).isTrue();
        }
    }

    @Test
    void badInputGetsProblemResponsesNeverA500() {
        String north = announcedRollout("pm.north");
        String zoe = stakeholderOn(north, "Zoe Quinn");
        LocalDate due = LocalDate.now(clock).plusDays(7);
        Map<String, Object> valid = dispute(north, List.of(zoe), due);

        var unknownRollout = http.post("/conflicts", with(valid, "rolloutId", "no-such-rollout"));
        assertThat(unknownRollout.status()).isEqualTo(422);
        assertThat(unknownRollout.json().get("errors").has("rolloutId")).isTrue();
        var unknownParty = http.post("/conflicts", with(valid, "partyIds", List.of(zoe, "no-such-stakeholder")));
        assertThat(unknownParty.status()).isEqualTo(422);
        assertThat(unknownParty.json().get("errors").get("partyIds").asString()).contains("no-such-stakeholder");
        for (String field : List.of("title", "kind", "severity", "owner", "partyIds", "decisionMakerRole",
                "dueDate")) {
            var missing = http.post("/conflicts", with(valid, field, null));
            assertThat(missing.status()).as(field).isEqualTo(400);
            assertThat(missing.json().get("errors").has(field)).as(field).isTrue();
        }
        assertThat(http.post("/conflicts", with(valid, "kind", "PERSONALITY")).status()).isEqualTo(400);
        assertThat(http.post("/conflicts", with(valid, "dueDate", "2027-02-30")).status()).isEqualTo(400);
        assertThat(http.get("/conflicts/no-such-conflict").status()).isEqualTo(404);
        assertThat(http.get("/conflicts?status=SIMMERING").status()).isEqualTo(400);

        String id = http.post("/conflicts", valid).json().get("id").asString();
        var noDecision = http.post("/conflicts/" + id + "/resolution", Map.of("version", 0));
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.json().get("errors").has("decision")).isTrue();
        assertThat(http.post("/conflicts/" + id + "/mediation", Map.of()).status()).isEqualTo(400);
        assertThat(http.post("/conflicts/" + id + "/mediation", Map.of("version", 3)).status()).isEqualTo(409);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }
}
