package org.golive.localstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's strategic goals (one clinical, one operational, one financial), the KPI tracking measures each by,
 * and the sites' values: six months of baseline at every site, and at the site that went live (the earliest go-live)
 * its months since go-live too, imported as a quality department's CSV export would be. The live site is on track on
 * medication errors and denied claims (a realized benefit in dollars) and lags on emergency department stays. Each
 * site also gets a fiscal plan whose assumed benefits the realized ones are held against.
 */
final class DemoBenefits {

    private static final Logger log = LoggerFactory.getLogger(DemoBenefits.class);
    private static final Duration LEARNING = Duration.ofSeconds(60);

    /** The goals as planning's program takes them. */
    static final List<Map<String, Object>> GOALS = List.of(
            goal("g-med-safety", "CLINICAL", "Fewer medication administration errors",
                    "Medication administration errors per 1,000 doses", "4.2", "1.5", "per 1,000 doses"),
            goal("g-ed-flow", "OPERATIONAL", "Shorter emergency department stays",
                    "Median emergency department length of stay", "6.0", "4.0", "hours"),
            goal("g-revenue-cycle", "FINANCIAL", "Write off fewer denied claims",
                    "Denied claims written off per month", "185000", "120000", "USD per month"));

    /** A KPI per goal: id, goal, direction, baseline and target, currency (monetary KPIs only). */
    private record Measure(String kpiId, String goalId, String name, String unit, String baseline, String target,
                           String currency, List<String> before, List<String> after) {
    }

    /** The live site's six baseline months, then its months from go-live on (the go-live month's dip first). */
    private static final List<Measure> MEASURES = List.of(
            new Measure("med-admin-errors", "g-med-safety", "Medication administration errors per 1,000 doses",
                    "per 1,000 doses", "4.2", "1.5", null, List.of("4.4", "4.3", "4.1", "4.5", "4.2", "4.3"),
                    List.of("4.6", "3.9", "3.6", "3.4", "3.2", "3.1")),
            new Measure("ed-length-of-stay", "g-ed-flow", "Median emergency department length of stay", "hours",
                    "6.0", "4.0", null, List.of("6.1", "5.9", "6.0", "6.2", "5.8", "6.0"),
                    List.of("6.6", "6.2", "6.0", "5.9", "5.9", "5.8")),
            new Measure("denied-claims-written-off", "g-revenue-cycle", "Denied claims written off per month",
                    "USD per month", "185000", "120000", "USD",
                    List.of("188000.00", "183500.00", "186000.00", "184500.00", "187000.00", "181000.00"),
                    List.of("205000.00", "172000.00", "161000.00", "152500.00", "147000.00", "143000.00")));

    /**
     * Every site's business case, as finance sets it in budget: what the denied-claims KPI measures is the benefit
     * it assumes (revenue no longer written off), 240,000 in the go-live year while the site learns the new revenue
     * cycle, 480,000 a year after; so tracking's benefits realization holds the live site's realized benefits
     * against it.
     */
    private static final Map<String, Object> FISCAL_PLAN = Map.of("discountRate", "0.08",
            "implementationCost", "2400000.00", "years", List.of(year("240000.00"), year("480000.00"),
                    year("480000.00"), year("480000.00"), year("480000.00")));

    private static Map<String, Object> year(String revenue) {
        return Map.of("costs", Map.of("MAINTENANCE", "180000.00", "HOSTING", "60000.00"),
                "benefits", Map.of("REVENUE", revenue));
    }

    record Site(String rolloutId, String name, LocalDate goLive) {
    }

    private final DemoProgram demo;
    private final List<Site> sites = new ArrayList<>();

    DemoBenefits(DemoProgram demo) {
        this.demo = demo;
    }

    void add(String rolloutId, String name, LocalDate goLive) {
        sites.add(new Site(rolloutId, name, goLive));
    }

    void load(String programId) {
        awaitGoals(programId);
        // Targets fall due a year and a half from now, at the end of the month.
        LocalDate due = YearMonth.now().plusMonths(18).atEndOfMonth();
        for (Measure m : MEASURES) {
            Map<String, Object> kpi = new LinkedHashMap<>();
            kpi.put("goalId", m.goalId());
            kpi.put("name", m.name());
            kpi.put("unit", m.unit());
            kpi.put("direction", "LOWER_IS_BETTER");
            kpi.put("baseline", new BigDecimal(m.baseline()));
            kpi.put("target", new BigDecimal(m.target()));
            kpi.put("targetDate", due.toString());
            kpi.put("currency", m.currency());
            demo.send("/api/tracking/benefits/programs/" + programId + "/kpis/" + m.kpiId(), "PUT", kpi, 201);
        }
        Site live = sites.stream().min(Comparator.comparing(Site::goLive).thenComparing(Site::name)).orElseThrow();
        YearMonth lastFull = YearMonth.now().minusMonths(1);
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            StringBuilder csv = new StringBuilder("kpi_id,period,value,note\n");
            // The live site measured the six months before its go-live; the others the six months before this one.
            YearMonth firstBaseline = (site == live ? YearMonth.from(site.goLive()) : lastFull.plusMonths(1))
                    .minusMonths(6);
            BigDecimal drift = BigDecimal.ONE.add(BigDecimal.valueOf(i % 4 - 1, 2)); // 0.99 to 1.02: sites differ
            for (Measure m : MEASURES) {
                for (int month = 0; month < 6; month++) {
                    csv.append(row(m, firstBaseline.plusMonths(month), scaled(m.before().get(month), drift), ""));
                }
                if (site == live) {
                    YearMonth goLive = YearMonth.from(site.goLive());
                    for (int month = 0; month < m.after().size() && !goLive.plusMonths(month).isAfter(lastFull);
                         month++) {
                        csv.append(row(m, goLive.plusMonths(month), m.after().get(month),
                                month == 0 ? "go-live month" : ""));
                    }
                }
            }
            importValues(site, csv.toString());
            demo.send("/api/budgets/rollouts/" + site.rolloutId() + "/fiscal-impact", "PUT", FISCAL_PLAN, 200);
        }
        log.info("Demo benefits loaded: {} KPIs, baselines at {} sites, values since go-live at {}, a fiscal plan at"
                + " each", MEASURES.size(), sites.size(), live.name());
    }

    private static String row(Measure m, YearMonth period, String value, String note) {
        return m.kpiId() + "," + period + "," + value + "," + note + "\n";
    }

    private static String scaled(String value, BigDecimal drift) {
        BigDecimal v = new BigDecimal(value);
        return v.multiply(drift).setScale(v.scale(), RoundingMode.HALF_EVEN).toPlainString();
    }

    private void importValues(Site site, String csv) {
        JsonNode report = demo.postFile("/api/tracking/benefits/rollouts/" + site.rolloutId() + "/values/import",
                "text/csv", csv, 200);
        if (!report.get("rejected").isEmpty()) {
            throw new IllegalStateException("Loading the demo's KPI values of " + site.name() + " left rows out: "
                    + report.get("rejected"));
        }
    }

    /** Tracking learns the program's goals from planning's events. */
    private void awaitGoals(String programId) {
        Instant until = Instant.now().plus(LEARNING);
        while (demo.statusOf("/api/tracking/benefits/programs/" + programId + "/goals") != 200
                || sites.stream().anyMatch(s -> demo.statusOf("/api/tracking/benefits/rollouts/" + s.rolloutId())
                != 200)) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("Tracking has not learned the demo program's goals and sites after "
                        + LEARNING.toSeconds() + " s: is it consuming planning's events?");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, Object> goal(String id, String category, String statement, String kpi,
                                            String baseline, String target, String unit) {
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("id", id);
        goal.put("category", category);
        goal.put("statement", statement);
        goal.put("kpi", kpi);
        goal.put("baselineValue", new BigDecimal(baseline));
        goal.put("targetValue", new BigDecimal(target));
        goal.put("unit", unit);
        return goal;
    }
}
