package org.golive.localstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's communications, on the first site of the demo program still to go live: its stakeholders (registered here if nobody has
 * registered any), a communication plan for the site and one for the program, two announcements really sent through
 * the local SMTP server, about half of the first one acknowledged by the links in the delivered e-mails, and two
 * weekly entries whose first occurrence is today, which the service's due check deals with on its own (one sent, one
 * reminding its owner); the training schedule's entry revised once. Loaded once: nothing is done when the site has a communication plan.
 */
final class DemoCommunications {

    private static final Logger log = LoggerFactory.getLogger(DemoCommunications.class);
    private static final Pattern LINK = Pattern.compile("/acknowledgements/([A-Za-z0-9_-]{43})");
    private static final long WAIT_MILLIS = 90_000;

    private final DemoProgram demo;
    private final LocalMail mail;

    DemoCommunications(DemoProgram demo, LocalMail mail) {
        this.demo = demo;
        this.mail = mail;
    }

    void loadOnce() {
        String programId = demo.get("/api/planning/programs").get(0).get("id").asString();
        // The earliest site still to go live (the first wave's pilot is live already): its go-live is ahead of it.
        JsonNode site = null;
        for (JsonNode rollout : demo.get("/api/planning/programs/" + programId + "/rollouts")) {
            if (site == null && !LocalDate.parse(rollout.get("goLiveDate").asString()).isBefore(LocalDate.now())) {
                site = rollout;
            }
        }
        if (site == null) {
            log.info("No demo site still to go live: no demo communications");
            return;
        }
        String rolloutId = site.get("id").asString();
        // The stakeholder service learns the rollout from planning's events: wait until it has.
        waitFor(() -> demo.statusOf("/api/stakeholders?rolloutId=" + rolloutId) == 200, "the site reaching stakeholder");
        if (demo.statusOf("/api/stakeholders/communication-plans?rolloutId=" + rolloutId) == 200) {
            log.info("Demo communications already loaded");
            return;
        }
        if (demo.get("/api/stakeholders?rolloutId=" + rolloutId).get("stakeholders").isEmpty()) {
            registerStakeholders(rolloutId);
        }
        demo.send("/api/stakeholders/communication-plans", "POST", Map.of("rolloutId", rolloutId, "entries", List.of(
                entry("Weekly go-live readiness update", "GO_LIVE_PREPARATION", Map.of("roleGroups",
                        List.of("CLINICAL", "OPERATIONS"), "everyDays", 7, "fromDaysBeforeGoLive", 90,
                        "acknowledgeWithinDays", 5)),
                entry("Vision and progress for decision makers", "VISION", Map.of("quadrants",
                        List.of("MANAGE_CLOSELY", "KEEP_SATISFIED"), "everyDays", 30, "fromDaysBeforeGoLive", 180)),
                entry("Training schedule", "TRAINING", Map.of("roleGroups", List.of("CLINICAL"), "everyDays", 14,
                        "fromDaysBeforeGoLive", 60)),
                entry("Go-live moved", "GO_LIVE_PREPARATION", Map.of("roleGroups", List.of("CLINICAL",
                        "TECHNICAL", "EXECUTIVE", "OPERATIONS", "FINANCE", "VENDOR"), "trigger", "GO_LIVE_MOVED",
                        "acknowledgeWithinDays", 3)),
                entry("Milestone slipped", "STATUS", Map.of("roleGroups", List.of("TECHNICAL"),
                        "trigger", "MILESTONE_SLIPPED")))), 200);
        long daysToGoLive = !site.hasNonNull("goLiveDate") ? -1 : ChronoUnit.DAYS.between(
                LocalDate.now(ZoneOffset.UTC), LocalDate.parse(site.get("goLiveDate").asString()));
        if (daysToGoLive >= 0 && daysToGoLive <= 1000) {
            // Weekly from today: their first occurrence falls due at once, and the due check deals with it within a
            // minute: the update is sent to the site's leaders, the owner of the huddle is reminded to hold it.
            demo.send("/api/stakeholders/communication-plans", "POST", Map.of("rolloutId", rolloutId, "version", 0,
                    "entries", List.of(
                            entry("Weekly status to the site's leaders", "STATUS", Map.of("roleGroups",
                                    List.of("EXECUTIVE", "OPERATIONS"), "everyDays", 7,
                                    "fromDaysBeforeGoLive", daysToGoLive, "autoSend", true)),
                            with(entry("Weekly super-user huddle", "TRAINING", Map.of("roleGroups",
                                    List.of("CLINICAL"), "everyDays", 7, "fromDaysBeforeGoLive", daysToGoLive)),
                                    "channel", "MEETING"))), 200);
        }
        demo.send("/api/stakeholders/communication-plans", "POST", Map.of("programId", programId, "entries", List.of(
                entry("Program newsletter", "VISION", Map.of("roleGroups", List.of("EXECUTIVE"), "everyDays", 30,
                        "fromDaysBeforeGoLive", 120)))), 200);
        // The training schedule, tightened once planned: weekly from GL-45 (a revised entry).
        JsonNode plan = demo.get("/api/stakeholders/communication-plans?rolloutId=" + rolloutId);
        demo.send("/api/stakeholders/communication-plans/" + plan.get("id").asString() + "/entries/e-3", "PUT",
                Map.of("version", plan.get("version").asLong(), "entry", entry("Training schedule", "TRAINING",
                        Map.of("roleGroups", List.of("CLINICAL"), "everyDays", 7, "fromDaysBeforeGoLive", 45))), 200);
        JsonNode readiness = demo.post("/api/stakeholders/communications", Map.of("rolloutId", rolloutId,
                "entryId", "e-1", "subject", "Go-live readiness: super-user training starts Monday",
                "body", "Super-user training for " + site.get("siteName").asString() + " starts Monday in the"
                        + " learning centre. Please make sure your team's super-users are released for the week."));
        demo.post("/api/stakeholders/communications", Map.of("rolloutId", rolloutId, "entryId", "e-2",
                "subject", "Why we go live on one record", "acknowledgeWithinDays", 7,
                "body", "One patient, one record, across every Northwind hospital, clinic and lab: what it means for"
                        + " your teams, and what we need from you before go-live."));
        acknowledgeHalf(readiness);
        log.info("Demo communications loaded on {}: a plan, two announcements, some acknowledged, two entries due today",
                site.get("siteName").asString());
    }

    private void registerStakeholders(String rolloutId) {
        List<Map<String, Object>> people = List.of(
                person("Dr. Zoe Quinn", "Chief of Medicine", "CLINICAL", "HIGH", "HIGH", false),
                person("Ada Byrne", "Nurse Manager, Medical Ward", "CLINICAL", "MEDIUM", "HIGH", true),
                person("Bram Elsing", "Interface Analyst", "TECHNICAL", "LOW", "MEDIUM", false),
                person("Carla Ortiz", "Chief Operating Officer", "EXECUTIVE", "HIGH", "MEDIUM", true),
                person("Omar Haddad", "Laboratory Operations Lead", "OPERATIONS", "MEDIUM", "LOW", false));
        for (Map<String, Object> person : people) {
            Map<String, Object> body = new LinkedHashMap<>(person);
            body.put("rolloutIds", List.of(rolloutId));
            demo.post("/api/stakeholders", body);
        }
    }

    /** Every other recipient of the communication acknowledges by the link in their e-mail. */
    private void acknowledgeHalf(JsonNode communication) {
        List<String> addresses = new ArrayList<>();
        communication.get("deliveries").forEach(d -> {
            if (!d.get("email").isNull()) {
                addresses.add(d.get("email").asString());
            }
        });
        for (int i = 0; i < addresses.size(); i += 2) {
            String address = addresses.get(i);
            waitFor(() -> !mail.textsTo(address).isEmpty(), "the e-mail to " + address);
            Matcher link = LINK.matcher(mail.textsTo(address).get(0));
            if (link.find()) {
                demo.send("/api/stakeholders/acknowledgements/" + link.group(1), "POST", "{}", 200);
            }
        }
    }

    private static Map<String, Object> entry(String title, String purpose, Map<String, Object> more) {
        Map<String, Object> entry = new LinkedHashMap<>(Map.of("title", title, "purpose", purpose,
                "channel", "EMAIL", "owner", "pm.north"));
        entry.putAll(more);
        return entry;
    }

    private static Map<String, Object> with(Map<String, Object> entry, String field, Object value) {
        entry.put(field, value);
        return entry;
    }

    private static Map<String, Object> person(String name, String title, String roleGroup, String influence,
                                              String interest, boolean champion) {
        String local = name.replace("Dr. ", "").toLowerCase().replace(' ', '.');
        return Map.of("name", name, "title", title, "email", local + "@northwind.example",
                "organization", "Northwind Health", "roleGroup", roleGroup, "influence", influence,
                "interest", interest, "champion", champion);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("Loading the demo communications: gave up waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
