package org.golive.localstack;

import org.golive.testsupport.oidc.BrowserSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Six weeks of published status reports at every demo site whose work has started, written by the site's project
 * manager (signed in as a browser would), so each site's trends have six points. The figures are tracking's own,
 * taken on each week's Friday; the narrative follows them, the risks and decisions come from a list of the kind an
 * EHR rollout carries. One report is corrected, so a revision history shows.
 */
final class DemoStatusReports {

    private static final Logger log = LoggerFactory.getLogger(DemoStatusReports.class);
    static final int WEEKS = 6;

    private static final List<Map<String, Object>> RISKS = List.of(
            risk("Lab interface vendor delivery late", "Interface lead", "HIGH",
                    "Daily vendor call; integrated testing on the interface stub until delivery"),
            risk("Nursing backfill for training not funded", "Chief Nursing Officer", "HIGH",
                    "Overtime budget request to finance; training sessions on night shifts"),
            risk("Legacy allergy data fails conversion validation", "Data conversion lead", "CRITICAL",
                    "Manual abstraction of the failing records before go-live"),
            risk("Label printers not certified on the new build", "Device lead", "MEDIUM",
                    "Vendor engineer on site for certification in two weeks"),
            risk("Physician champions stretched by clinic schedules", "CMIO", "MEDIUM",
                    "Protected time for champions agreed with department chairs"),
            risk("Downtime procedures not rehearsed", "Site project manager", "LOW",
                    "Rehearsal planned with the night shift"));
    private static final List<String> DECISIONS = List.of(
            "Approve weekend overtime for the interface team",
            "Confirm the go-live command-center staffing plan",
            "Accept manual abstraction for unconverted allergy records",
            "Fund backfill for nursing training hours");
    private static final List<String> DECIDERS = List.of("CIO", "Steering committee", "CMIO", "Finance director");

    private final DemoProgram demo;
    private final Map<String, String> tokens = new HashMap<>();

    DemoStatusReports(DemoProgram demo) {
        this.demo = demo;
    }

    void publish(List<DemoStakeholders.SiteRollout> sites) {
        LocalDate today = LocalDate.now();
        int reported = 0;
        String corrected = null;
        for (DemoStakeholders.SiteRollout site : sites) {
            JsonNode status = demo.get("/api/tracking/rollouts/" + site.rolloutId() + "/status");
            if (decimal(status.get("percentComplete")).signum() == 0) {
                continue; // nothing done yet: nothing to report on
            }
            String token = tokens.computeIfAbsent(site.projectManager(), pm -> new BrowserSignIn(
                    demo.identityProvider()).accessToken("golive-web",
                    demo.gateway() + "/swagger-ui/oauth2-redirect.html", pm, "golive"));
            for (int back = WEEKS; back >= 1; back--) {
                LocalDate friday = today.minusWeeks(back);
                String week = String.format("%d-W%02d", friday.get(IsoFields.WEEK_BASED_YEAR),
                        friday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                JsonNode report = report(token, site, week, WEEKS - back, friday);
                if (corrected == null) {
                    corrected = site.siteName();
                    report = correct(token, site, week, report);
                }
                reported++;
            }
        }
        log.info("Demo status reports loaded: {} published reports, six weeks a started site; one corrected at {}",
                reported, corrected);
    }

    private JsonNode report(String token, DemoStakeholders.SiteRollout site, String week, int index,
                            LocalDate friday) {
        String reports = "/api/tracking/rollouts/" + site.rolloutId() + "/status-reports";
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("week", week);
        draft.put("risks", List.of(RISKS.get(index % RISKS.size()), RISKS.get((index + 2) % RISKS.size())));
        draft.put("decisions", List.of(Map.of("decision", DECISIONS.get(index % DECISIONS.size()),
                "decider", DECIDERS.get(index % DECIDERS.size()), "dueBy", friday.plusWeeks(1).toString())));
        JsonNode drafted = demo.sendAs(token, reports, "POST", draft, 201);
        Map<String, Object> edit = new LinkedHashMap<>(draft);
        edit.remove("week");
        edit.put("version", drafted.get("version").asLong());
        edit.put("narrative", narrative(site, drafted.get("figures")));
        JsonNode written = demo.sendAs(token, reports + "/" + week, "PUT", edit, 200);
        return demo.sendAs(token, reports + "/" + week + "/publish", "POST",
                Map.of("version", written.get("version").asLong()), 200);
    }

    private JsonNode correct(String token, DemoStakeholders.SiteRollout site, String week, JsonNode published) {
        Map<String, Object> correction = new LinkedHashMap<>();
        correction.put("version", published.get("version").asLong());
        correction.put("reason", "Risk owner corrected after the steering committee");
        correction.put("narrative", published.get("narrative").asString());
        correction.put("risks", List.of(risk("Lab interface vendor delivery late", "CIO", "HIGH",
                "Escalated to the vendor's account executive")));
        correction.put("decisions", published.get("decisions"));
        return demo.sendAs(token, "/api/tracking/rollouts/" + site.rolloutId() + "/status-reports/" + week
                + "/corrections", "POST", correction, 200);
    }

    /** What a project manager writes about the week, from the week's own figures. */
    private static String narrative(DemoStakeholders.SiteRollout site, JsonNode figures) {
        BigDecimal planned = decimal(figures.get("plannedPercent"));
        BigDecimal completed = decimal(figures.get("completedPercent"));
        int overdue = figures.get("overdueTasks").asInt();
        JsonNode next = figures.get("nextMilestones");
        StringBuilder text = new StringBuilder(site.siteName()).append(": ").append(completed.toPlainString())
                .append("% of the plan's work finished against ").append(planned.toPlainString())
                .append("% planned by ").append(figures.get("statusDate").asString()).append(". ");
        text.append(completed.compareTo(planned) >= 0 ? "On plan this week. "
                : "Behind the baseline; the team is catching up on the open build and testing tasks. ");
        text.append(overdue == 0 ? "No task is overdue." : overdue + (overdue == 1 ? " task is" : " tasks are")
                + " overdue.");
        if (next != null && !next.isEmpty()) {
            text.append(" Next milestone: ").append(next.get(0).get("title").asString()).append(" (")
                    .append(next.get(0).get("forecast").asString()).append(").");
        }
        return text.toString();
    }

    private static BigDecimal decimal(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString());
    }

    private static Map<String, Object> risk(String title, String owner, String impact, String mitigation) {
        return Map.of("title", title, "owner", owner, "impact", impact, "mitigation", mitigation);
    }
}
