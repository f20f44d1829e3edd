package org.golive.localstack;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives every demo site its stakeholders, one in each quadrant of the power/interest grid (some behind the engagement
 * the rollout needs, a nurse super-user), the program its CMIO, and the first wave's sites open conflicts of every
 * kind, one of them already overdue so that the escalation check takes it up the ladder.
 */
final class DemoStakeholders {

    /** A demo site as planning created it. */
    record SiteRollout(String rolloutId, String siteName, String projectManager) {
    }

    private record Role(String title, String roleGroup, String influence, String interest, String current,
                        String desired, boolean superUser) {
    }

    /** One per quadrant: manage closely, keep satisfied, keep informed, monitor. */
    private static final List<Role> SITE_ROLES = List.of(
            new Role("Chief Medical Officer", "EXECUTIVE", "HIGH", "HIGH", "NEUTRAL", "LEADING", false),
            new Role("Chief of Surgery", "CLINICAL", "HIGH", "MEDIUM", "RESISTANT", "SUPPORTIVE", false),
            new Role("Charge Nurse, Medical Ward", "CLINICAL", "LOW", "HIGH", "SUPPORTIVE", "SUPPORTIVE", true),
            new Role("Interface Analyst", "TECHNICAL", "MEDIUM", "LOW", "UNAWARE", "NEUTRAL", false));

    private static final List<String> KINDS = List.of("CLINICAL_TECHNICAL_WORKFLOW", "RESOURCE", "SCOPE", "BUDGET",
            "SCHEDULE", "VENDOR");
    private static final List<String> TITLES = List.of(
            "ED triage order sets vs. the vendor's standard build",
            "Super-user backfill for go-live week",
            "Perioperative module requested after scope freeze",
            "Extra at-the-elbow support over budget",
            "Go-live overlaps the annual Joint Commission survey",
            "Lab interface vendor misses its test window");
    private static final List<String> DECIDERS = List.of("CLINICAL_LEAD", "PMO_LEAD", "EXECUTIVE_SPONSOR",
            "EXECUTIVE_SPONSOR", "PMO_LEAD", "TECHNICAL_LEAD");

    private final DemoProgram demo;

    DemoStakeholders(DemoProgram demo) {
        this.demo = demo;
    }

    void register(String programId, List<SiteRollout> sites) {
        awaitKnown(sites.get(sites.size() - 1).rolloutId());
        demo.post("/api/stakeholders", stakeholder("Dr. Maria Alvarez", new Role("CMIO", "EXECUTIVE", "HIGH", "HIGH",
                "LEADING", "LEADING", false), List.of(), List.of(programId), true));
        Map<String, List<String>> partiesBySite = new LinkedHashMap<>();
        for (SiteRollout site : sites) {
            List<String> ids = new ArrayList<>();
            for (Role role : SITE_ROLES) {
                String name = role.title() + ", " + site.siteName();
                ids.add(demo.post("/api/stakeholders", stakeholder(name, role, List.of(site.rolloutId()), List.of(),
                        false)).get("id").asString());
            }
            partiesBySite.put(site.rolloutId(), ids);
        }
        LocalDate today = LocalDate.now();
        for (int i = 0; i < KINDS.size(); i++) {
            SiteRollout site = sites.get(i % 3);
            List<String> parties = partiesBySite.get(site.rolloutId());
            // The first is overdue since yesterday: the escalation check takes it to the project manager.
            LocalDate due = i == 0 ? today.minusDays(1) : today.plusDays(3L + 2L * i);
            JsonNode raised = demo.post("/api/stakeholders/conflicts", conflict(site, KINDS.get(i), TITLES.get(i),
                    DECIDERS.get(i), List.of(parties.get(1), parties.get(3)), due));
            if (i == 1) {
                // Edited after it was raised: found more severe, and given a week more to settle.
                demo.send("/api/stakeholders/conflicts/" + raised.get("id").asString(), "PATCH", Map.of(
                        "version", raised.get("version").asLong(), "severity", "HIGH",
                        "dueDate", due.plusWeeks(1).toString(), "sbar", Map.of("assessment",
                                "Go-live support rosters for nights are short by a third")), 200);
            }
        }
    }

    private static Map<String, Object> stakeholder(String name, Role role, List<String> rolloutIds,
                                                   List<String> programIds, boolean champion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "")
                + "@northwind.example");
        body.put("title", role.title());
        body.put("roleGroup", role.roleGroup());
        body.put("influence", role.influence());
        body.put("interest", role.interest());
        body.put("currentEngagement", role.current());
        body.put("desiredEngagement", role.desired());
        body.put("champion", champion);
        body.put("superUser", role.superUser());
        body.put("rolloutIds", rolloutIds);
        body.put("programIds", programIds);
        return body;
    }

    private static Map<String, Object> conflict(SiteRollout site, String kind, String title, String decider,
                                                List<String> parties, LocalDate due) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rolloutId", site.rolloutId());
        body.put("title", title);
        body.put("kind", kind);
        body.put("severity", kind.equals("CLINICAL_TECHNICAL_WORKFLOW") ? "HIGH" : "MEDIUM");
        body.put("owner", site.projectManager());
        body.put("partyIds", parties);
        body.put("decisionMakerRole", decider);
        body.put("dueDate", due.toString());
        body.put("sbar", Map.of("situation", title + " at " + site.siteName(),
                "recommendation", "Agree a decision at the next steering meeting"));
        return body;
    }

    /** The register learns rollouts from planning's events: wait until it knows the last one created. */
    private void awaitKnown(String rolloutId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (demo.statusOf("/api/stakeholders?rolloutId=" + rolloutId) != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The stakeholder register did not learn rollout " + rolloutId);
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
