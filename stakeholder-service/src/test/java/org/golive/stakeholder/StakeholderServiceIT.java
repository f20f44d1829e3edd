package org.golive.stakeholder;

import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.golive.contract.Topics;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.DeadLetters;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.golive.stakeholder.StakeholderRequests.analyst;
import static org.golive.stakeholder.StakeholderRequests.chiefOfMedicine;
import static org.golive.stakeholder.StakeholderRequests.with;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

class StakeholderServiceIT extends StakeholderServiceHarness {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aConsumerThatAppliedEventsPublishedInTransactionsShowsNoLag() {
        String rolloutId = UUID.randomUUID().toString();
        planning.sendCommitted(rolloutId, PlanningEvents.rolloutCreated(rolloutId, UUID.randomUUID().toString(),
                "Lag Valley Clinic"));

        // Each transaction leaves a commit marker after its record; an alert on lag must still clear once applied.
        ConsumerLag.awaitCaughtUp("golive-stakeholder", List.of(Topics.PLANNING));
        assertThat(mongo.find(query(where("_id").is(rolloutId)), Document.class, "rollout_managers"))
                .as("the event was applied").hasSize(1);
    }

    /** Planning's events come a poll at a time: a record that is no event is named, dead-lettered, and passed. */
    @Test
    void aRecordThatIsNoEventIsDeadLetteredOnceAndTheEventsAfterItAreApplied() {
        String rolloutId = UUID.randomUUID().toString();
        // Every earlier record handled first: what lands on the dead-letter topic from here on is this test's.
        ConsumerLag.awaitCaughtUp("golive-stakeholder", List.of(Topics.PLANNING));
        long deadLettersBefore = DeadLetters.on("golive.stakeholder.dlt");

        planning.sendGarbage(Topics.PLANNING, rolloutId, "not an event".getBytes(StandardCharsets.UTF_8));
        planning.send(rolloutId, PlanningEvents.rolloutCreated(rolloutId, UUID.randomUUID().toString(),
                "Past The Garbage Clinic"));

        ConsumerLag.awaitCaughtUp("golive-stakeholder", List.of(Topics.PLANNING));
        assertThat(DeadLetters.on("golive.stakeholder.dlt")).isEqualTo(deadLettersBefore + 1);
        assertThat(mongo.find(query(where("_id").is(rolloutId)), Document.class, "rollout_managers"))
                .as("the event after it was applied").hasSize(1);
    }

    @Test
    void aStakeholderOnARolloutPlanningAnnouncedIsRegisteredListedAndRevisedOncePerVersion() {
        String rolloutId = UUID.randomUUID().toString();
        String programId = UUID.randomUUID().toString();
        CloudEvent rolloutCreated = PlanningEvents.rolloutCreated(rolloutId, programId, "Northwind General");
        planning.send(rolloutId, rolloutCreated);
        planning.send(rolloutId, rolloutCreated);

        HttpJson.Reply registered = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.post("/", chiefOfMedicine(List.of(rolloutId))), r -> r.status() == 201);
        JsonNode zoe = registered.json();
        String zoeId = zoe.get("id").asString();
        assertThat(registered.header("Location")).isEqualTo("/" + zoeId);
        assertThat(zoe.get("version").asLong()).isZero();
        assertThat(zoe.get("engagementGap").asInt()).as("RESISTANT to SUPPORTIVE").isEqualTo(2);
        var ada = http.post("/", analyst("ada Byrne", List.of(rolloutId)));
        assertThat(ada.status()).as(ada.body()).isEqualTo(201);
        assertThat(http.post("/", analyst("Bram Elsing", List.of())).status()).isEqualTo(201);

        JsonNode read = http.get("/" + zoeId).json();
        assertThat(read.get("name").asString()).isEqualTo("Zoe Quinn");
        assertThat(read.get("roleGroup").asString()).isEqualTo("CLINICAL");
        assertThat(read.get("rolloutIds").get(0).asString()).isEqualTo(rolloutId);
        assertThat(http.get("/?rolloutId=" + rolloutId).json().findValuesAsString("name"))
                .as("the rollout's stakeholders by name, case aside").containsExactly("ada Byrne", "Zoe Quinn");

        var revised = put("/" + zoeId, with(with(chiefOfMedicine(List.of(rolloutId)),
                "currentEngagement", "SUPPORTIVE"), "version", 0));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("version").asLong()).isEqualTo(1);
        assertThat(revised.json().get("engagementGap").asInt()).isZero();

        var stale = put("/" + zoeId, with(with(chiefOfMedicine(List.of(rolloutId)),
                "champion", true), "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("type").asString()).endsWith("/concurrent-edit");
        JsonNode after = http.get("/" + zoeId).json();
        assertThat(after.get("version").asLong()).isEqualTo(1);
        assertThat(after.get("champion").asBoolean()).as("the stale revision wrote nothing").isFalse();

        ConsumerLag.awaitCaughtUp("golive-stakeholder", List.of(Topics.PLANNING));
        List<Document> known = mongo.find(query(where("_id").is(rolloutId)), Document.class, "rollout_managers");
        assertThat(known).singleElement().satisfies(rollout -> {
            assertThat(rollout.getString("programId")).isEqualTo(programId);
            assertThat(rollout.getString("manager")).as("nobody manages it yet").isNull();
        });
    }

    @Test
    void aProjectManagerKeepsTheStakeholdersOfTheirOwnRolloutsOnly() {
        String north = UUID.randomUUID().toString();
        String lake = UUID.randomUUID().toString();
        planning.send(north, PlanningEvents.rolloutCreated(north, "p-3", "Northwind General", "pm.north"));
        planning.send(lake, PlanningEvents.rolloutCreated(lake, "p-3", "Lakeside Community", "pm.lake"));
        String lakeStakeholder = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.post("/", chiefOfMedicine(List.of(lake))), r -> r.status() == 201)
                .json().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(
                () -> http.post("/", analyst("North analyst", List.of(north))).status() == 201);

        HttpJson pmNorth = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));
        assertThat(pmNorth.post("/", analyst("Own site", List.of(north))).status()).isEqualTo(201);
        HttpJson.Reply elsewhere = pmNorth.post("/", analyst("Other site", List.of(lake)));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.contentType()).startsWith("application/problem+json");
        assertThat(pmNorth.get("/?rolloutId=" + north).status()).isEqualTo(200);
        assertThat(pmNorth.get("/?rolloutId=" + lake).status()).isEqualTo(403);
        assertThat(pmNorth.get("/" + lakeStakeholder).status()).as("guessing an id").isEqualTo(403);
        assertThat(pmNorth.put("/" + lakeStakeholder,
                with(chiefOfMedicine(List.of(lake)), "version", 0)).status()).isEqualTo(403);
        assertThat(http.get("/" + lakeStakeholder).json().get("version").asLong())
                .as("nothing changed").isZero();
    }

    @Test
    void aManagerRevisingASharedStakeholderChangesOnlyTheLinksOfTheirOwnRollouts() {
        String north = UUID.randomUUID().toString();
        String northAnnex = UUID.randomUUID().toString();
        String lake = UUID.randomUUID().toString();
        planning.send(north, PlanningEvents.rolloutCreated(north, "p-4", "Northwind General", "pm.north"));
        planning.send(northAnnex, PlanningEvents.rolloutCreated(northAnnex, "p-4", "Northwind Annex", "pm.north"));
        planning.send(lake, PlanningEvents.rolloutCreated(lake, "p-4", "Lakeside Community", "pm.lake"));
        JsonNode shared = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.post("/", chiefOfMedicine(List.of(north, lake))), r -> r.status() == 201)
                .json();
        String id = shared.get("id").asString();
        HttpJson pmNorth = http.withToken(TestTokens.forRoles("pm.north", "PROJECT_MANAGER"));
        await().atMost(Duration.ofSeconds(30)).until(() -> pmNorth.get("/?rolloutId=" + northAnnex)
                .status() == 200);

        HttpJson.Reply dropsLake = pmNorth.put("/" + id,
                with(with(chiefOfMedicine(List.of(northAnnex)), "version", 0), "title", "Chief of Medicine, North"));
        assertThat(dropsLake.status()).as(dropsLake.body()).isEqualTo(200);
        assertThat(strings(dropsLake.json().get("rolloutIds"))).as("lake's link stays; north's moved to the annex")
                .containsExactlyInAnyOrder(northAnnex, lake);
        assertThat(dropsLake.json().get("title").asString()).isEqualTo("Chief of Medicine, North");

        HttpJson pmLake = http.withToken(TestTokens.forRoles("pm.lake", "PROJECT_MANAGER"));
        assertThat(pmLake.get("/?rolloutId=" + lake).json().findValuesAsString("id")).contains(id);
        HttpJson.Reply takesNorthOver = pmLake.put("/" + id, with(chiefOfMedicine(List.of(lake, north)),
                "version", 1));
        assertThat(takesNorthOver.status()).as("linking a rollout they do not manage").isEqualTo(403);
        assertThat(strings(http.get("/" + id).json().get("rolloutIds")))
                .containsExactlyInAnyOrder(northAnnex, lake);

        HttpJson.Reply lakeLeaves = pmLake.put("/" + id, with(chiefOfMedicine(List.of()), "version", 1));
        assertThat(lakeLeaves.status()).isEqualTo(200);
        assertThat(strings(lakeLeaves.json().get("rolloutIds"))).as("a manager unlinks their own rollout only")
                .containsExactly(northAnnex);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    @Test
    void badInputGetsProblemResponsesNeverA500() {
        Map<String, Object> valid = chiefOfMedicine(List.of());

        var missingName = http.post("/", with(valid, "name", null));
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.contentType()).startsWith("application/problem+json");
        assertThat(missingName.json().get("errors").has("name")).isTrue();

        var badEmail = http.post("/", with(valid, "email", "zoe at northwind"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().get("errors").has("email")).isTrue();

        var unknownRoleGroup = http.post("/", with(valid, "roleGroup", "ASTRONAUT"));
        assertThat(unknownRoleGroup.status()).isEqualTo(400);
        assertThat(unknownRoleGroup.json().get("errors").has("roleGroup")).isTrue();

        var missingRoleGroup = http.post("/", with(valid, "roleGroup", null));
        assertThat(missingRoleGroup.status()).isEqualTo(400);
        assertThat(missingRoleGroup.json().get("errors").has("roleGroup")).isTrue();

        var malformed = http.postRaw("/", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        var unknownRollout = http.post("/", with(valid, "rolloutIds", List.of("no-such-rollout")));
        assertThat(unknownRollout.status()).isEqualTo(422);
        assertThat(unknownRollout.contentType()).startsWith("application/problem+json");
        assertThat(unknownRollout.json().get("errors").has("rolloutIds")).isTrue();

        var unknown = http.get("/no-such-stakeholder");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(put("/no-such-stakeholder", with(valid, "version", 0)).status()).isEqualTo(404);
        assertThat(http.get("/?rolloutId=no-such-rollout").status()).isEqualTo(404);
        assertThat(http.get("/").status()).isEqualTo(400);

        String id = http.post("/", valid).json().get("id").asString();
        var noVersion = put("/" + id, valid);
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().get("errors").has("version")).isTrue();
        var unknownRolloutOnRevision = put("/" + id,
                with(with(valid, "rolloutIds", List.of("no-such-rollout")), "version", 0));
        assertThat(unknownRolloutOnRevision.status()).isEqualTo(422);
        assertThat(unknownRolloutOnRevision.json().get("errors").has("rolloutIds")).isTrue();
        assertThat(http.get("/" + id).json().get("version").asLong()).as("nothing was written").isZero();
    }

    @Test
    void healthReadinessAndApiDocsAreServed() {
        assertThat(http.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(http.get("/v3/api-docs").json().get("paths").has("/")).isTrue();
    }

    private HttpJson.Reply put(String path, Object body) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(HttpJson.json(body))));
    }
}
