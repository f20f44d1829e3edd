package org.golive.stakeholder;

import io.cloudevents.CloudEvent;
import org.golive.contract.Topics;
import org.golive.contract.planning.AssignmentChanged;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.MilestoneSlipped;
import org.golive.testsupport.ConsumerLag;
import org.golive.testsupport.EventTap;
import org.golive.testsupport.GoliveTestInfrastructure;
import org.golive.stakeholder.communication.Purpose;
import org.golive.stakeholder.communication.audience.Addressee;
import org.golive.stakeholder.communication.audience.Scope;
import org.golive.stakeholder.communication.cadence.DueCommunications;
import org.golive.stakeholder.communication.delivery.Communication;
import org.golive.stakeholder.communication.delivery.CommunicationDraft;
import org.golive.stakeholder.communication.delivery.CommunicationIssuer;
import org.golive.stakeholder.communication.delivery.Communications;
import org.golive.stakeholder.communication.delivery.Sender;
import org.golive.stakeholder.communication.acknowledgement.AcknowledgementFollowUp;
import org.golive.stakeholder.communication.delivery.Kind;
import org.golive.testsupport.HttpJson;
import org.golive.testsupport.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.golive.stakeholder.StakeholderRequests.with;

/**
 * Communications against real Kafka, MongoDB and a real SMTP server (GreenMail, in this JVM): planned, sent to an
 * audience resolved at send time, read from the mailboxes, acknowledged by link, reminded, escalated, triggered by
 * planning's events, and delivered once when the SMTP server was down during the send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "golive.communications.delivery.poll-interval=200ms",
        "golive.communications.delivery.first-retry=300ms",
        "golive.communications.delivery.longest-retry=1s",
        "golive.communications.acknowledgement.follow-up-interval=200ms",
        "golive.communications.acknowledgement.reminder-before-deadline=1d",
        "golive.communications.acknowledgement-url=http://gateway.test/api/stakeholders/acknowledgements/",
        // The test runs the due check itself, at the times it sets.
        "golive.communications.plan.due-check=1h"})
@Import({GoliveTestInfrastructure.class, CommunicationsIT.Clocks.class})
class CommunicationsIT {

    private static final Pattern LINK = Pattern.compile("/acknowledgements/([A-Za-z0-9_-]{43})");
    private static final SmtpServer SMTP = SmtpServer.start();
    private static TestEvents planning;
    private static EventTap tap;

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    @Autowired
    DueCommunications due;
    @Autowired
    CommunicationIssuer issuer;
    @Autowired
    Communications communications;
    @Autowired
    AcknowledgementFollowUp followUp;
    @Autowired
    Sender sender;
    HttpJson pmo;
    HttpJson anonymous;
    String rolloutId;
    String programId;
    String domain;

    @BeforeAll
    static void kafka() {
        planning = TestEvents.onTestInfrastructure();
        tap = EventTap.onTestInfrastructure(Topics.STAKEHOLDER);
    }

    @AfterAll
    static void close() {
        planning.close();
        tap.close();
        SMTP.stop();
    }

    @BeforeEach
    void rollout() {
        pmo = new HttpJson("http://localhost:" + port).as("PMO_ADMIN");
        anonymous = new HttpJson("http://localhost:" + port);
        rolloutId = UUID.randomUUID().toString();
        programId = UUID.randomUUID().toString();
        domain = rolloutId.substring(0, 8) + ".example";
        planning.send(rolloutId, PlanningEvents.rolloutCreated(rolloutId, programId, "Northwind General", "pm.north"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> pmo.get("/communication-plans?rolloutId=" + rolloutId).status() == 404);
    }

    @AfterEach
    void time() {
        clock.reset();
    }

    @Test
    void anAnnouncementFromThePlanArrivesInTheMailboxesAndEachLinkAcknowledgesOnce() {
        register("Zoe Quinn", "CLINICAL", "HIGH", "HIGH", false);
        register("Ada Byrne", "CLINICAL", "LOW", "HIGH", false);
        register("Bram Elsing", "TECHNICAL", "MEDIUM", "LOW", false);

        HttpJson.Reply plan = pmo.post("/communication-plans", Map.of("rolloutId", rolloutId, "entries", List.of(
                entry("Weekly readiness update", Map.of("roleGroups", List.of("CLINICAL"), "everyDays", 7,
                        "fromDaysBeforeGoLive", 90)),
                entry("Go-live moved", Map.of("roleGroups", List.of("CLINICAL", "TECHNICAL"),
                        "trigger", "GO_LIVE_MOVED", "acknowledgeWithinDays", 3)))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        JsonNode weekly = plan.json().get("entries").get(0);
        LocalDate goLive = LocalDate.of(2027, 5, 1);
        assertThat(weekly.get("nextDue").asString()).isEqualTo(
                weeklyDue(goLive, LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).toString());
        assertThat(plan.json().get("entries").get(1).get("nextDue").isNull()).as("a trigger has no date").isTrue();

        HttpJson.Reply sent = pmo.post("/communications", Map.of("rolloutId", rolloutId, "entryId", "e-1",
                "subject", "Go-live readiness: week 1", "body", "Training starts on Monday.",
                "acknowledgeWithinDays", 5));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String id = sent.json().get("id").asString();
        assertThat(sent.json().get("deliveries").findValuesAsString("name"))
                .as("the entry's audience, the clinicians, resolved now").containsExactly("Ada Byrne", "Zoe Quinn");

        SmtpServer.Mail toZoe = await().atMost(Duration.ofSeconds(30)).until(
                () -> SMTP.to("zoe.quinn@" + domain), mails -> mails.size() == 1).get(0);
        assertThat(toZoe.subject()).isEqualTo("Go-live readiness: week 1");
        assertThat(toZoe.text()).contains("Dear Zoe Quinn", "Training starts on Monday.",
                "http://gateway.test/api/stakeholders/acknowledgements/");
        assertThat(toZoe.messageId()).startsWith("<" + id + ".").endsWith("@golive>");
        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.to("ada.byrne@" + domain).size() == 1);
        assertThat(SMTP.to("bram.elsing@" + domain)).as("not in the audience").isEmpty();

        String token = token(toZoe);
        assertThat(anonymous.get("/acknowledgements/" + token).body())
                .as("opening the link shows, acknowledges nothing").contains("Zoe Quinn", "<form method=\"post\">");
        HttpJson.Reply acknowledged = anonymous.post("/acknowledgements/" + token, Map.of());
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().get("recipient").asString()).isEqualTo("Zoe Quinn");

        HttpJson.Reply again = anonymous.post("/acknowledgements/" + token, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.post("/acknowledgements/" + "A".repeat(43), Map.of()).status()).as("foreign").isEqualTo(404);
        assertThat(anonymous.post("/acknowledgements/not-a-token", Map.of()).status()).as("malformed").isEqualTo(400);

        JsonNode read = pmo.get("/communications/" + id).json();
        assertThat(read.get("acknowledgements").get("delivered").asInt()).isEqualTo(2);
        assertThat(read.get("acknowledgements").get("rate").asDouble()).isEqualTo(0.5);
        assertThat(read.get("acknowledgementsByRoleGroup").get("CLINICAL").get("acknowledged").asInt()).isEqualTo(1);
        JsonNode rates = pmo.get("/communications/acknowledgement-rates?rolloutId=" + rolloutId).json();
        assertThat(rates.get("overall").get("rate").asDouble()).isEqualTo(0.5);

        List<EventTap.WireEvent> events = tap.awaitEvents(e -> e.data().contains(id), 4);
        assertThat(events).extracting(EventTap.WireEvent::type).contains(
                "org.golive.stakeholder.communication.sent.v1", "org.golive.stakeholder.communication.delivered.v1",
                "org.golive.stakeholder.communication.acknowledged.v1");
        assertThat(events).allMatch(e -> e.key().equals(rolloutId));
        List<EventTap.WireEvent> planned = tap.awaitEvents(e -> e.key().equals(rolloutId)
                && e.type().equals("org.golive.stakeholder.communication.planned.v1"), 2);
        assertThat(EventTap.schemaViolations(events)).isEmpty();
        assertThat(EventTap.schemaViolations(planned)).isEmpty();
    }

    @Test
    void aMessageSentWhileTheSmtpServerIsDownGoesOutOnceWhenItIsBack() {
        String bram = register("Bram Elsing", "TECHNICAL", "MEDIUM", "LOW", false);
        SMTP.stop();
        String id;
        try {
            HttpJson.Reply sent = pmo.post("/communications", Map.of("rolloutId", rolloutId, "purpose", "DOWNTIME",
                    "subject", "Planned downtime Saturday", "body", "The lab interface is down 02:00-04:00.",
                    "audience", Map.of("stakeholderIds", List.of(bram))));
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            id = sent.json().get("id").asString();
            // Tried twice and waiting for the next try (between tries it is PENDING, during one SENDING).
            JsonNode waiting = await().atMost(Duration.ofSeconds(30)).until(() -> delivery(id, 0),
                    d -> d.get("attempts").asInt() >= 2 && d.get("state").asString().equals("PENDING"));
            assertThat(waiting.get("lastError").asString()).as("why it waits").isNotBlank();
            assertThat(waiting.get("nextAttemptAt").isNull()).isFalse();
        } finally {
            SMTP.restart();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> delivery(id, 0).get("state").asString(), "DELIVERED"::equals);
        assertThat(SMTP.to("bram.elsing@" + domain)).as("sent once").hasSize(1);
        EventTap.WireEvent delivered = tap.awaitEvent(e -> e.data().contains(id)
                && e.type().equals("org.golive.stakeholder.communication.delivered.v1"));
        assertThat(delivered.data()).contains("\"attempts\":");
    }

    @Test
    void senderRoundsInSeveralInstancesAtOnceDeliverToEachRecipientOnce() {
        List<String> names = List.of("Ada Byrne", "Bram Elsing", "Carla Ortiz", "Dov Ferris", "Edda Gray", "Finn Hale");
        names.forEach(name -> register(name, "TECHNICAL", "MEDIUM", "LOW", false));
        HttpJson.Reply sent = pmo.post("/communications", Map.of("rolloutId", rolloutId, "purpose", "DOWNTIME",
                "subject", "Cutover rehearsal", "body", "Saturday 02:00.",
                "audience", Map.of("roleGroups", List.of("TECHNICAL"))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        // Three more instances' rounds at once, besides this context's own scheduled one.
        CompletableFuture.allOf(CompletableFuture.runAsync(sender::sendDue), CompletableFuture.runAsync(sender::sendDue),
                CompletableFuture.runAsync(sender::sendDue)).join();
        String id = sent.json().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode deliveries = pmo.get("/communications/" + id).json().get("deliveries");
            for (JsonNode d : deliveries) {
                if (!d.get("state").asString().equals("DELIVERED")) {
                    return false;
                }
            }
            return deliveries.size() == names.size();
        });
        for (String name : names) {
            assertThat(SMTP.to(name.toLowerCase().replace(' ', '.') + "@" + domain)).as(name).hasSize(1);
        }
    }

    @Test
    void aSilentHighInfluenceStakeholderIsRemindedThenEscalatedToTheChampionAndTheProjectManager() {
        String zoe = register("Zoe Quinn", "CLINICAL", "HIGH", "HIGH", false);
        register("Ada Byrne", "CLINICAL", "LOW", "HIGH", false);
        register("Carla Ortiz", "EXECUTIVE", "MEDIUM", "MEDIUM", true);
        HttpJson.Reply sent = pmo.post("/communications", Map.of("rolloutId", rolloutId, "purpose", "VISION",
                "subject", "Why we go live", "body", "The vision.", "acknowledgeWithinDays", 2,
                "audience", Map.of("roleGroups", List.of("CLINICAL"))));
        String id = sent.json().get("id").asString();
        SmtpServer.Mail toAda = await().atMost(Duration.ofSeconds(30))
                .until(() -> SMTP.to("ada.byrne@" + domain), m -> m.size() == 1).get(0);
        assertThat(anonymous.post("/acknowledgements/" + token(toAda), Map.of()).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.to("zoe.quinn@" + domain).size() == 1);

        clock.moveAhead(Duration.ofDays(1).plusHours(1));
        SmtpServer.Mail reminder = await().atMost(Duration.ofSeconds(30))
                .until(() -> SMTP.to("zoe.quinn@" + domain), m -> m.size() == 2).get(1);
        assertThat(reminder.subject()).startsWith("Reminder: please acknowledge \"Why we go live\"");
        assertThat(SMTP.to("ada.byrne@" + domain)).as("Ada acknowledged: no reminder").hasSize(1);

        // What a second and third instance read before the first escalated: they run their rounds on it below.
        Communication asReadByOthers = communications.get(id);
        clock.moveAhead(Duration.ofDays(1));
        SmtpServer.Mail toChampion = await().atMost(Duration.ofSeconds(30))
                .until(() -> SMTP.to("carla.ortiz@" + domain), m -> !m.isEmpty()).get(0);
        assertThat(toChampion.subject()).startsWith("Escalation: \"Why we go live\"");
        assertThat(toChampion.text()).contains("- Zoe Quinn (CLINICAL)").doesNotContain("Ada Byrne");
        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.to("pm.north@golive.local").stream()
                .anyMatch(m -> m.text().contains("Zoe Quinn")));
        EventTap.WireEvent escalated = tap.awaitEvent(e -> e.data().contains(id)
                && e.type().equals("org.golive.stakeholder.acknowledgement.escalated.v1"));
        assertThat(escalated.data()).contains(zoe, "user:pm.north");
        assertThat(EventTap.schemaViolations(List.of(escalated))).isEmpty();
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> followUp.followUp(asReadByOthers)),
                CompletableFuture.runAsync(() -> followUp.followUp(asReadByOthers))).join();

        // A reminder link acknowledges the original, late; the escalation is not repeated.
        HttpJson.Reply late = anonymous.post("/acknowledgements/" + token(reminder), Map.of());
        assertThat(late.status()).as(late.body()).isEqualTo(200);
        assertThat(late.json().get("communicationId").asString()).isEqualTo(id);
        clock.moveAhead(Duration.ofDays(1));
        assertThat(tap.drain(Duration.ofSeconds(2))).filteredOn(e -> e.data().contains(id)
                && e.type().endsWith("escalated.v1")).as("three instances' rounds, one escalation").hasSize(1);
        assertThat(SMTP.to("carla.ortiz@" + domain)).as("the champion told once").hasSize(1);
    }

    @Test
    void movingTheGoLiveAndSlippingAMilestoneTellWhomTheRulesSayOncePerEvent() {
        String zoe = register("Zoe Quinn", "CLINICAL", "HIGH", "HIGH", false);
        register("Bram Elsing", "TECHNICAL", "MEDIUM", "LOW", false);
        register("Ada Byrne", "CLINICAL", "LOW", "HIGH", false);
        String source = "/planning/rollouts/" + rolloutId;
        CloudEvent moved = TestEvents.event(new GoLiveRescheduled(rolloutId, programId, LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 15), "Interface testing behind", List.of(), List.of(), null,
                LocalDate.of(2027, 6, 30), Instant.now()), source, 2, rolloutId);
        planning.send(rolloutId, moved);
        planning.send(rolloutId, moved);

        SmtpServer.Mail toBram = await().atMost(Duration.ofSeconds(30))
                .until(() -> SMTP.to("bram.elsing@" + domain), m -> !m.isEmpty()).get(0);
        assertThat(toBram.subject()).isEqualTo("Northwind General: go-live moved from 2027-05-01 to 2027-05-15");
        assertThat(toBram.text()).contains("later by 14 days", "Interface testing behind");
        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.to("zoe.quinn@" + domain).size() == 1
                && SMTP.to("ada.byrne@" + domain).size() == 1);

        planning.send(rolloutId, TestEvents.event(new AssignmentChanged(rolloutId, "t-9", List.of(), zoe, List.of(),
                List.of("TECHNICAL"), Instant.now()), source, 3, rolloutId));
        planning.send(rolloutId, TestEvents.event(new MilestoneSlipped(rolloutId, "t-9", "Integrated testing done",
                "Baseline 1", LocalDate.of(2027, 3, 1), null, LocalDate.of(2027, 3, 8), 5, zoe, Instant.now()),
                source, 4, rolloutId));
        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.to("bram.elsing@" + domain).size() == 2
                && SMTP.to("zoe.quinn@" + domain).size() == 2);
        assertThat(SMTP.to("ada.byrne@" + domain)).as("neither accountable nor informed").hasSize(1);

        ConsumerLag.awaitCaughtUp("golive-stakeholder", List.of(Topics.PLANNING));
        JsonNode list = pmo.get("/communications?rolloutId=" + rolloutId).json().get("communications");
        List<JsonNode> ruled = new java.util.ArrayList<>();
        list.forEach(ruled::add);
        assertThat(ruled).as("one per event, though the move came twice").hasSize(2)
                .allMatch(c -> c.get("kind").asString().equals("RULE"));
        JsonNode goLive = ruled.stream().filter(c -> c.get("rule").asString().equals("GO_LIVE_MOVED")).findFirst()
                .orElseThrow();
        assertThat(goLive.get("causeEventId").asString()).isEqualTo(moved.getId());
        assertThat(goLive.get("causeEventType").asString()).isEqualTo(GoLiveRescheduled.TYPE);
        assertThat(pmo.get("/communication-plans?rolloutId=" + rolloutId).status()).isEqualTo(404);
    }

    @Test
    void badInputIsA4xxAndAStakeholderWithoutAddressIsARecordedFailure() {
        String nobodyKnown = UUID.randomUUID().toString();
        assertThat(pmo.post("/communications", Map.of("rolloutId", nobodyKnown, "purpose", "STATUS", "subject", "s",
                "body", "b", "audience", Map.of("roleGroups", List.of("CLINICAL")))).status()).isEqualTo(404);
        assertThat(pmo.post("/communications", Map.of("rolloutId", rolloutId, "purpose", "STATUS", "subject", "s",
                "body", "b", "audience", Map.of("stakeholderIds", List.of(nobodyKnown)))).status()).isEqualTo(422);
        assertThat(pmo.post("/communications", Map.of("rolloutId", rolloutId, "purpose", "STATUS", "subject", "s",
                "body", "b", "audience", Map.of())).status()).isEqualTo(422);
        assertThat(pmo.post("/communications", Map.of("rolloutId", rolloutId, "purpose", "STATUS", "subject", "s",
                "body", "b", "audience", Map.of("roleGroups", List.of("VENDOR")))).status())
                .as("an audience that resolves to nobody").isEqualTo(422);
        assertThat(pmo.post("/communication-plans", Map.of("rolloutId", rolloutId, "entries", List.of(
                entry("Both", Map.of("roleGroups", List.of("CLINICAL"), "everyDays", 7, "fromDaysBeforeGoLive", 30,
                        "trigger", "MILESTONE_SLIPPED"))))).status()).isEqualTo(422);
        HttpJson.Reply invalidAddress = pmo.post("/", with(person("Eve Ill", "CLINICAL", "LOW", "LOW", false),
                "email", "not an address"));
        assertThat(invalidAddress.status()).isEqualTo(400);
        assertThat(new HttpJson("http://localhost:" + port).as("PROJECT_MANAGER").post("/communications",
                Map.of("rolloutId", rolloutId, "purpose", "STATUS", "subject", "s", "body", "b",
                        "audience", Map.of("roleGroups", List.of("CLINICAL")))).status())
                .as("another manager's rollout").isEqualTo(403);

        HttpJson.Reply noAddress = pmo.post("/", with(person("Nia Noemail", "OPERATIONS", "LOW", "LOW", false),
                "email", null));
        String nia = noAddress.json().get("id").asString();
        HttpJson.Reply sent = pmo.post("/communications", Map.of("rolloutId", rolloutId, "purpose", "TRAINING",
                "subject", "Training", "body", "b", "audience", Map.of("stakeholderIds", List.of(nia))));
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().get("deliveries").get(0).get("state").asString()).isEqualTo("FAILED");
        assertThat(sent.json().get("deliveries").get(0).get("failure").asString()).isEqualTo("NO_ADDRESS");
    }

    @Test
    void aCadenceEntryThatFallsDueIsSentOrItsOwnerRemindedOncePerOccurrenceAndItsNextDueAdvances() {
        String zoe = register("Zoe Quinn", "CLINICAL", "HIGH", "HIGH", false);
        register("Ada Byrne", "CLINICAL", "LOW", "HIGH", false);
        // Weekly from tomorrow: no instance on the real clock (other cached contexts) sees an occurrence today.
        long fromTomorrow = java.time.temporal.ChronoUnit.DAYS.between(
                LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), LocalDate.of(2027, 5, 1)) - 1;
        HttpJson.Reply plan = pmo.post("/communication-plans", Map.of("rolloutId", rolloutId, "entries", List.of(
                entry("Weekly readiness update", Map.of("purpose", "STATUS", "roleGroups", List.of("CLINICAL"),
                        "everyDays", 7, "fromDaysBeforeGoLive", fromTomorrow, "autoSend", true,
                        "acknowledgeWithinDays", 3)),
                entry("Weekly huddle", Map.of("channel", "MEETING", "roleGroups", List.of("CLINICAL"),
                        "everyDays", 7, "fromDaysBeforeGoLive", fromTomorrow)),
                entry("Weekly note to Zoe", Map.of("purpose", "TRAINING", "stakeholderIds", List.of(zoe),
                        "everyDays", 7, "fromDaysBeforeGoLive", fromTomorrow, "autoSend", true)),
                entry("Weekly letter", Map.of("purpose", "STATUS", "stakeholderIds", List.of(zoe),
                        "everyDays", 7, "fromDaysBeforeGoLive", fromTomorrow, "autoSend", true)))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(pmo.post("/communication-plans", Map.of("rolloutId", rolloutId, "version", 0, "entries",
                List.of(entry("Town hall", Map.of("channel", "MEETING", "roleGroups", List.of("CLINICAL"),
                        "everyDays", 30, "fromDaysBeforeGoLive", 180, "autoSend", true))))).status())
                .as("only e-mail entries send themselves").isEqualTo(422);
        LocalDate dueDay = LocalDate.parse(plan.json().get("entries").get(0).get("nextDue").asString());
        assertThat(dueDay).isEqualTo(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(1));
        String planId = plan.json().get("id").asString();

        clock.moveAhead(Duration.between(Instant.now(), dueDay.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                .minusHours(1));
        due.handleDue();
        assertThat(entryOf(0).get("lastHandled").isNull()).as("the day before: nothing due").isTrue();

        clock.moveAhead(Duration.ofHours(2));
        // The project manager sends the weekly letter by hand before the check runs: it must not go out twice.
        HttpJson.Reply byHand = pmo.post("/communications", Map.of("rolloutId", rolloutId, "entryId", "e-4",
                "subject", "This week's letter", "body", "Written by hand."));
        assertThat(byHand.status()).as(byHand.body()).isEqualTo(201);
        // As if a first check had issued the note to Zoe and crashed before recording it on the plan.
        String cutOff = "due-" + planId + "-e-3-" + dueDay;
        issuer.issue(new CommunicationDraft(cutOff, new Scope(rolloutId, programId), Kind.ANNOUNCEMENT,
                Purpose.TRAINING, "Issued before a crash", "b", null, planId, "e-3", null, null, null, null,
                "service:stakeholder"), List.of(new Addressee("stakeholder:" + zoe, zoe, "Zoe Quinn",
                "zoe.quinn@" + domain, null, null)));
        List.of(CompletableFuture.runAsync(due::handleDue), CompletableFuture.runAsync(due::handleDue))
                .forEach(CompletableFuture::join);
        due.handleDue();

        JsonNode weekly = entryOf(0);
        String sentId = "due-" + planId + "-e-1-" + dueDay;
        assertThat(weekly.get("lastHandled").get("occurrence").asString()).isEqualTo(dueDay.toString());
        assertThat(weekly.get("lastHandled").get("handling").asString()).isEqualTo("SENT");
        assertThat(weekly.get("lastHandled").get("communicationId").asString()).isEqualTo(sentId);
        assertThat(weekly.get("nextDue").asString()).as("advanced a week").isEqualTo(dueDay.plusDays(7).toString());
        JsonNode sent = pmo.get("/communications/" + sentId).json();
        assertThat(sent.get("kind").asString()).isEqualTo("ANNOUNCEMENT");
        assertThat(sent.get("entryId").asString()).isEqualTo("e-1");
        assertThat(sent.get("deliveries").findValuesAsString("name")).containsExactly("Ada Byrne", "Zoe Quinn");
        SmtpServer.Mail toAda = await().atMost(Duration.ofSeconds(30)).until(
                () -> SMTP.to("ada.byrne@" + domain), mails -> mails.size() == 1).get(0);
        assertThat(toAda.subject()).startsWith("Weekly readiness update: Northwind General, ");
        assertThat(toAda.text()).contains("regular status update for Northwind General", "Questions go to pm.north",
                "/acknowledgements/");

        JsonNode letter = entryOf(3);
        assertThat(letter.get("lastHandled").get("handling").asString()).isEqualTo("SENT_BY_PERSON");
        assertThat(letter.get("lastHandled").get("communicationId").asString())
                .isEqualTo(byHand.json().get("id").asString());
        assertThat(pmo.get("/communications/due-" + planId + "-e-4-" + dueDay).status()).as("no second copy")
                .isEqualTo(404);

        JsonNode huddle = entryOf(1);
        String reminderId = "due-" + planId + "-e-2-" + dueDay + "-owner";
        assertThat(huddle.get("lastHandled").get("handling").asString()).isEqualTo("OWNER_REMINDED");
        assertThat(huddle.get("lastHandled").get("communicationId").asString()).isEqualTo(reminderId);
        SmtpServer.Mail toOwner = await().atMost(Duration.ofSeconds(30)).until(
                () -> SMTP.to("pm.north@golive.local").stream().filter(m -> m.text().contains(planId)).toList(),
                mails -> mails.size() == 1).get(0);
        assertThat(toOwner.subject()).isEqualTo("Due today: \"Weekly huddle\" for Northwind General (meeting)");
        assertThat(toOwner.text()).contains("hold or publish it by meeting", "entry e-2", dueDay.toString(),
                "Audience: clinical");

        assertThat(entryOf(2).get("lastHandled").get("communicationId").asString())
                .as("the crash's communication is recorded, not issued again").isEqualTo(cutOff);
        // Zoe: the weekly update, the note and the letter sent by hand.
        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.to("zoe.quinn@" + domain).size() == 3);

        List<EventTap.WireEvent> fellDue = tap.awaitEvents(e -> e.key().equals(rolloutId)
                && e.type().equals("org.golive.stakeholder.communication.fell-due.v1"), 4);
        assertThat(EventTap.schemaViolations(fellDue)).isEmpty();
        clock.moveAhead(Duration.ofDays(3));
        due.handleDue();
        assertThat(entryOf(0).get("lastHandled").get("occurrence").asString()).as("mid-week: nothing new")
                .isEqualTo(dueDay.toString());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> SMTP.to("zoe.quinn@" + domain)
                .stream().filter(m -> !m.subject().startsWith("Reminder")).count() == 3);
        assertThat(tap.awaitEvents(e -> e.key().equals(rolloutId)
                && e.type().equals("org.golive.stakeholder.communication.fell-due.v1"), 4)).hasSize(4);
    }

    private JsonNode entryOf(int index) {
        return pmo.get("/communication-plans?rolloutId=" + rolloutId).json().get("entries").get(index);
    }

    private JsonNode delivery(String communicationId, int index) {
        return pmo.get("/communications/" + communicationId).json().get("deliveries").get(index);
    }

    private static String token(SmtpServer.Mail mail) {
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as("a link in " + mail.text()).isTrue();
        return link.group(1);
    }

    private static LocalDate weeklyDue(LocalDate goLive, LocalDate today) {
        LocalDate due = goLive.minusDays(90);
        while (due.isBefore(today)) {
            due = due.plusDays(7);
        }
        return due;
    }

    private static Map<String, Object> entry(String title, Map<String, Object> more) {
        Map<String, Object> entry = new LinkedHashMap<>(Map.of("title", title, "purpose", "GO_LIVE_PREPARATION",
                "channel", "EMAIL", "owner", "pm.north"));
        entry.putAll(more);
        return entry;
    }

    private Map<String, Object> person(String name, String roleGroup, String influence, String interest,
                                       boolean champion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase().replace(' ', '.') + "@" + domain);
        body.put("roleGroup", roleGroup);
        body.put("influence", influence);
        body.put("interest", interest);
        body.put("champion", champion);
        body.put("rolloutIds", List.of(rolloutId));
        return body;
    }

    private String register(String name, String roleGroup, String influence, String interest, boolean champion) {
        HttpJson.Reply registered = pmo.post("/", person(name, roleGroup, influence, interest, champion));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }
}
