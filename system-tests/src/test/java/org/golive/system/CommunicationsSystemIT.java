package org.golive.system;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.golive.contract.Topics;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Communications through the gateway on the whole stack: a project manager registers a site's stakeholders, plans and
 * sends a go-live announcement that arrives in the stack's SMTP server's mailboxes, two recipients acknowledge by the
 * link in their mail (once), the silent high-influence one is escalated to the program's champion and the project
 * manager, moving the site's go-live in planning tells everyone on the site, and a BI consumer reads it all as
 * schema-valid events.
 */
class CommunicationsSystemIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+)(/api/stakeholders/acknowledgements/"
            + "[A-Za-z0-9_-]{43})");
    private static final Duration MAIL = Duration.ofSeconds(30);

    private final HttpJson admin = GoliveStack.gateway();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String domain = run + ".harbourview.example";

    @Test
    void anAnnouncementArrivesIsAcknowledgedByLinkOnceTheSilentInfluencerIsEscalatedAndAGoLiveMoveIsAnnounced() {
        try (EventTap bi = EventTap.onTestInfrastructure(Topics.STAKEHOLDER)) {
            String programId = admin.post("/api/planning/programs", Map.of("name", "Harbourview " + run)).json()
                    .get("id").asString();
            LocalDate goLive = LocalDate.now().plusWeeks(26);
            String siteName = "Harbourview Clinic " + run;
            String rolloutId = admin.post("/api/planning/programs/" + programId + "/rollouts", Map.of("siteName",
                    siteName, "siteType", "AMBULATORY_CLINIC", "goLiveDate", goLive.toString(), "projectManager",
                    "pm.north")).json().get("id").asString();
            HttpJson pm = GoliveStack.gatewayAs("pm.north");

            String zoe = await().atMost(Duration.ofSeconds(60)).until(() -> pm.post("/api/stakeholders",
                    person("Zoe Quinn", "CLINICAL", "HIGH", false, rolloutId)), r -> r.status() == 201)
                    .json().get("id").asString();
            register(pm, person("Ada Byrne", "CLINICAL", "LOW", false, rolloutId));
            register(pm, person("Sam Osei", "CLINICAL", "MEDIUM", false, rolloutId));
            register(pm, person("Carla Ortiz", "EXECUTIVE", "MEDIUM", true, rolloutId));

            HttpJson.Reply plan = pm.post("/api/stakeholders/communication-plans", Map.of("rolloutId", rolloutId,
                    "entries", List.of(Map.of("title", "Go-live announcement", "purpose", "GO_LIVE_PREPARATION",
                            "channel", "EMAIL", "owner", "pm.north", "roleGroups", List.of("CLINICAL"), "everyDays", 14, "fromDaysBeforeGoLive", 60,
                            "acknowledgeWithinDays", 2))));
            assertThat(plan.status()).as(plan.body()).isEqualTo(200);
            String subject = "Harbourview goes live on " + goLive + " (" + run + ")";
            HttpJson.Reply sent = pm.post("/api/stakeholders/communications", Map.of("rolloutId", rolloutId,
                    "entryId", "e-1", "subject", subject,
                    "body", "Super-user training starts Monday."));
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            String id = sent.json().get("id").asString();
            assertThat(sent.json().get("deliveries").findValuesAsString("name"))
                    .containsExactlyInAnyOrder("Ada Byrne", "Sam Osei", "Zoe Quinn");

            String toAda = onlyMail("ada.byrne@" + domain);
            String toSam = onlyMail("sam.osei@" + domain);
            assertThat(onlyMail("zoe.quinn@" + domain)).contains("Dear Zoe Quinn", "Super-user training");
            assertThat(GoliveStack.mailTo("carla.ortiz@" + domain)).as("not in the audience").isEmpty();

            HttpJson.Reply byAda = acknowledgeByLink(toAda);
            assertThat(byAda.status()).as(byAda.body()).isEqualTo(200);
            assertThat(byAda.json().get("recipient").asString()).isEqualTo("Ada Byrne");
            HttpJson.Reply again = acknowledgeByLink(toAda);
            assertThat(again.status()).as("the link works once").isEqualTo(409);
            assertThat(again.contentType()).startsWith("application/problem+json");
            assertThat(acknowledgeByLink(toSam).status()).isEqualTo(200);
            JsonNode read = pm.get("/api/stakeholders/communications/" + id).json();
            assertThat(read.get("acknowledgements").get("acknowledged").asInt()).isEqualTo(2);

            await().atMost(MAIL).until(() -> pm.get("/api/stakeholders/communications/" + id).json()
                    .get("acknowledgements").get("delivered").asInt() == 3);
            // The stack's clock does not move: the deadline does, and the follow-up (every second here) sees it pass.
            passDeadline(id);
            await().atMost(MAIL).until(() -> GoliveStack.mailTo("carla.ortiz@" + domain), m -> !m.isEmpty());
            assertThat(GoliveStack.mailTo("carla.ortiz@" + domain).get(0)).as("to the program's champion")
                    .contains(subject, "- Zoe Quinn (CLINICAL)").doesNotContain("Ada Byrne", "Sam Osei");
            await().atMost(MAIL).until(() -> GoliveStack.mailTo("pm.north@golive.local").stream()
                    .anyMatch(m -> m.contains(subject) && m.contains("Zoe Quinn")));

            long version = pm.get("/api/planning/rollouts/" + rolloutId).json().get("version").asLong();
            HttpJson.Reply moved = pm.put("/api/planning/rollouts/" + rolloutId + "/go-live", Map.of("goLiveDate",
                    goLive.plusWeeks(2).toString(), "reason", "Lab interface testing behind", "version", version));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            for (String name : List.of("ada.byrne", "sam.osei", "zoe.quinn", "carla.ortiz")) {
                String toEveryone = await().atMost(MAIL).until(() -> GoliveStack.mailTo(name + "@" + domain).stream()
                        .filter(m -> m.contains("has moved from")).findFirst().orElse(null), m -> m != null);
                assertThat(toEveryone).contains("The go-live of " + siteName + " has moved from " + goLive + " to "
                        + goLive.plusWeeks(2) + " (later by 14 days)", "Lab interface testing behind");
            }
            JsonNode ruled = await().atMost(MAIL).until(() -> rule(pm, rolloutId), r -> r != null);
            assertThat(ruled.get("causeEventType").asString()).isEqualTo("org.golive.planning.go-live.rescheduled.v1");

            List<EventTap.WireEvent> ofTheAnnouncement = bi.awaitEvents(e -> e.data().contains(
                    "\"communicationId\":\"" + id + "\""), 7);
            assertThat(ofTheAnnouncement).extracting(EventTap.WireEvent::type).contains(
                    "org.golive.stakeholder.communication.sent.v1",
                    "org.golive.stakeholder.communication.delivered.v1",
                    "org.golive.stakeholder.communication.acknowledged.v1",
                    "org.golive.stakeholder.acknowledgement.escalated.v1");
            assertThat(ofTheAnnouncement).filteredOn(e -> e.type().endsWith(".communication.delivered.v1"))
                    .hasSize(3);
            assertThat(ofTheAnnouncement).filteredOn(e -> e.type().endsWith(".communication.acknowledged.v1"))
                    .hasSize(2);
            assertThat(ofTheAnnouncement).filteredOn(e -> e.type().endsWith(".acknowledgement.escalated.v1"))
                    .singleElement().satisfies(e -> assertThat(e.data()).contains(zoe, "user:pm.north"));
            bi.awaitEvent(e -> rolloutId.equals(e.key())
                    && e.type().equals("org.golive.stakeholder.communication.planned.v1"));
            String ruledId = ruled.get("id").asString();
            bi.awaitEvent(e -> e.data().contains("\"communicationId\":\"" + ruledId + "\"")
                    && e.type().equals("org.golive.stakeholder.communication.sent.v1"));
            assertThat(EventTap.schemaViolations(bi.seen())).isEmpty();
        }
    }

    @Test
    void aCommunicationSentWhileTheMailServerIsDownGoesOutOnceWhenItIsBack() {
        String programId = admin.post("/api/planning/programs", Map.of("name", "Harbourview outage " + run)).json()
                .get("id").asString();
        String rolloutId = admin.post("/api/planning/programs/" + programId + "/rollouts", Map.of("siteName",
                "Harbourview Lab " + run, "siteType", "AMBULATORY_CLINIC", "goLiveDate",
                LocalDate.now().plusWeeks(20).toString(), "projectManager", "pm.north")).json().get("id").asString();
        HttpJson pm = GoliveStack.gatewayAs("pm.north");
        String bram = await().atMost(Duration.ofSeconds(60)).until(() -> pm.post("/api/stakeholders",
                person("Bram Elsing", "TECHNICAL", "MEDIUM", false, rolloutId)), r -> r.status() == 201)
                .json().get("id").asString();
        String id;
        GoliveStack.stopMail();
        try {
            HttpJson.Reply sent = pm.post("/api/stakeholders/communications", Map.of("rolloutId", rolloutId,
                    "purpose", "DOWNTIME", "subject", "Lab interface down Saturday " + run,
                    "body", "The lab interface is down 02:00-04:00.",
                    "audience", Map.of("stakeholderIds", List.of(bram))));
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            id = sent.json().get("id").asString();
            JsonNode waiting = await().atMost(Duration.ofSeconds(60)).until(() -> firstDelivery(pm, id),
                    d -> d.get("attempts").asInt() >= 2 && d.get("state").asString().equals("PENDING"));
            assertThat(waiting.get("lastError").asString()).as("why it waits").isNotBlank();
        } finally {
            GoliveStack.restartMail();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> firstDelivery(pm, id).get("state").asString(),
                "DELIVERED"::equals);
        List<String> mails = GoliveStack.mailTo("bram.elsing@" + domain);
        assertThat(mails).as("sent once, after the outage").hasSize(1);
        assertThat(mails.get(0)).contains("The lab interface is down");
    }

    private static JsonNode firstDelivery(HttpJson pm, String communicationId) {
        return pm.get("/api/stakeholders/communications/" + communicationId).json().get("deliveries").get(0);
    }

    private static String onlyMail(String address) {
        return await().atMost(MAIL).until(() -> GoliveStack.mailTo(address), m -> m.size() == 1).get(0);
    }

    /** Follows the link in the mail as the recipient's browser posts its form: to wherever the link points. */
    private static HttpJson.Reply acknowledgeByLink(String mail) {
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as("a link in " + mail).isTrue();
        assertThat(link.group(1)).as("the link leads through the gateway").isEqualTo(GoliveStack.gatewayUrl());
        return new HttpJson(link.group(1)).post(link.group(2), Map.of());
    }

    /** What a day and a half would do: the stored acknowledgement deadline now lies a minute in the past. */
    private static void passDeadline(String communicationId) {
        try (MongoClient mongo = MongoClients.create(TestInfrastructure.mongoConnectionString())) {
            long changed = mongo.getDatabase("golive-stakeholder").getCollection("communications").updateOne(
                    Filters.eq("_id", communicationId), Updates.combine(
                            Updates.set("acknowledgementDeadline", Date.from(Instant.now().minus(Duration.ofMinutes(1)))),
                            // A writer holding the communication as it was must reload it, not write the deadline back.
                            Updates.inc("version", 1L))).getModifiedCount();
            assertThat(changed).isEqualTo(1);
        }
    }

    private static JsonNode rule(HttpJson pm, String rolloutId) {
        for (JsonNode c : pm.get("/api/stakeholders/communications?rolloutId=" + rolloutId).json()
                .get("communications")) {
            if (c.path("rule").asString("").equals("GO_LIVE_MOVED")) {
                return c;
            }
        }
        return null;
    }

    private static void register(HttpJson pm, Map<String, Object> person) {
        HttpJson.Reply registered = pm.post("/api/stakeholders", person);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    private Map<String, Object> person(String name, String roleGroup, String influence, boolean champion,
                                       String rolloutId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase().replace(' ', '.') + "@" + domain);
        body.put("roleGroup", roleGroup);
        body.put("influence", influence);
        body.put("interest", "HIGH");
        body.put("champion", champion);
        body.put("rolloutIds", List.of(rolloutId));
        return body;
    }
}
