package org.golive.localstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every demo site training figures by role group (further along the nearer its go-live) and a few
 * assessments, and records a GL-7 go/no-go decision with its panel's votes at the site whose go-live comes first
 * (one that has passed, where the demo has one): its criteria are signed off, so the panel can decide GO.
 * Tracking seeds a scorecard when it hears of the site's plan, so each site is awaited first.
 */
final class DemoReadiness {

    private static final Logger log = LoggerFactory.getLogger(DemoReadiness.class);
    private static final Duration SEEDING = Duration.ofSeconds(60);
    /** Role groups and their share of a site's users. */
    private static final Map<String, Double> GROUPS = groups();

    record Site(String rolloutId, String name, int users, LocalDate goLive) {
    }

    private final DemoProgram demo;
    private final List<Site> sites = new ArrayList<>();

    DemoReadiness(DemoProgram demo) {
        this.demo = demo;
    }

    void add(String rolloutId, String name, int users, LocalDate goLive) {
        sites.add(new Site(rolloutId, name, users, goLive));
    }

    void load() {
        // As the portfolio lists them: by go-live, then by name.
        Site first = sites.stream().min(Comparator.comparing(Site::goLive).thenComparing(Site::name)).orElseThrow();
        for (Site site : sites) {
            awaitScorecard(site);
            long weeks = Math.max(0, Duration.between(LocalDate.now().atStartOfDay(),
                    site.goLive().atStartOfDay()).toDays() / 7);
            // Nothing trained half a year out, everyone at go-live.
            double progress = site == first ? 1.0 : Math.max(0, Math.min(1, 1 - weeks / 26.0));
            training(site, progress);
            if (progress > 0.4) {
                assess(site, "workflows-validated", 100, "Future-state workflows signed by the clinical leads");
                assess(site, "go-live-communicated", 60, "Go-live letter sent; 60% acknowledged");
            }
        }
        decideGo(first);
        log.info("Demo readiness loaded: {} scorecards with training figures, a GL-7 decision at {}", sites.size(),
                first.name());
    }

    private void training(Site site, double progress) {
        for (Map.Entry<String, Double> group : GROUPS.entrySet()) {
            int users = Math.max(1, (int) Math.round(site.users() * group.getValue()));
            int trained = (int) Math.floor(users * progress);
            int shifts = group.getKey().equals("Nursing") ? 3 : 1;
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("usersToTrain", users);
            figures.put("trained", trained);
            figures.put("passedProficiency", (int) Math.floor(trained * (progress == 1.0 ? 0.95 : 0.88)));
            figures.put("superUsers", (int) Math.ceil(users / 10.0 * Math.min(1, progress + 0.3)));
            figures.put("shiftsToCover", shifts);
            figures.put("shiftsCovered", progress >= 0.6 ? shifts : Math.min(shifts, 1));
            demo.send("/api/tracking/training/rollouts/" + site.rolloutId() + "/role-groups/"
                    + group.getKey().replace(" ", "%20"), "PUT", figures, 200);
        }
    }

    private void decideGo(Site site) {
        JsonNode card = demo.get("/api/tracking/readiness/rollouts/" + site.rolloutId());
        for (JsonNode criterion : card.get("criteria")) {
            if (!criterion.get("status").asString().equals("MET")) {
                assess(site, criterion.get("id").asString(), 100, "Signed off at the GL-7 readiness review");
            }
        }
        String checkpoint = "/api/tracking/readiness/rollouts/" + site.rolloutId() + "/checkpoints/GL-7";
        demo.send(checkpoint + "/panel", "PUT", Map.of("members", List.of("cmio", "cno", "cio", "pm.north"),
                "chair", "cmio"), 200);
        vote(checkpoint, "cmio", "GO", "Every critical criterion met");
        vote(checkpoint, "cno", "GO", "Nursing at 95% proficiency, super users on every shift");
        vote(checkpoint, "cio", "GO_WITH_CONDITIONS", "Keep the interface team in the command center for week one");
        vote(checkpoint, "pm.north", "GO", null);
        demo.post(checkpoint + "/decision", Map.of("outcome", "GO", "rationale",
                "Scorecard READY; the CIO's condition is in the command-center plan"));
    }

    private void vote(String checkpoint, String member, String vote, String comment) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("member", member);
        form.put("vote", vote);
        form.put("comment", comment);
        demo.send(checkpoint + "/votes", "POST", form, 200);
    }

    private void assess(Site site, String criterion, int attainment, String evidence) {
        demo.send("/api/tracking/readiness/rollouts/" + site.rolloutId() + "/criteria/" + criterion
                + "/assessment", "PUT", Map.of("attainment", attainment, "evidence", evidence), 200);
    }

    private void awaitScorecard(Site site) {
        Instant until = Instant.now().plus(SEEDING);
        while (demo.statusOf("/api/tracking/readiness/rollouts/" + site.rolloutId()) != 200) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("Tracking has no scorecard for " + site.name() + " after "
                        + SEEDING.toSeconds() + " s: is it consuming planning's events?");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, Double> groups() {
        Map<String, Double> groups = new LinkedHashMap<>();
        groups.put("Nursing", 0.45);
        groups.put("Physicians", 0.15);
        groups.put("Allied health", 0.15);
        groups.put("Registration and scheduling", 0.15);
        groups.put("Pharmacy and lab", 0.10);
        return groups;
    }
}
