package org.golive.localstack;

import org.golive.testsupport.oidc.BrowserSignIn;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Gives the demo sites money, as the demo finance user would: the labour-cost rule switched on first, so each drafted
 * budget takes planning's labour cost (assignments x rates) as its labour lines, and only once every site's drafts
 * show planning's latest figures are they approved (an approved budget keeps its lines); an envelope per fiscal year
 * a little above what the sites' budgets add up to, the program's spend thresholds (and one site's own), every drafted budget submitted and
 * approved, and at each site with work done an actual cost to date, booked over the weeks the status
 * reports cover ({@link DemoSpending}). The sites spend at three rates in turn (under, a little over, well over what
 * their progress earned), so earned value shows a cost performance index in each of health's colours.
 */
final class DemoBudgets {

    /** Actual cost as a multiple of earned value: CPI 1.11 (green), 0.89 (amber), 0.74 (red). */
    private static final List<BigDecimal> SPEND_RATES = List.of(new BigDecimal("0.90"), new BigDecimal("1.12"),
            new BigDecimal("1.35"));
    private static final int ATTEMPTS = 60;
    /** Labour cost reaches budget by planning's events, after each change of the demo's assignments: a minute. */
    private static final int LABOUR_ATTEMPTS = 240;
    /** The id budget gives planning's labour lines, followed by the role (budget's {@code LabourLines.PREFIX}). */
    private static final String LABOUR_LINE = "planning-labour-";
    /** The program's spend alerts, and the stricter ones of the site watched more closely. */
    static final List<Integer> PROGRAM_THRESHOLDS = List.of(75, 90, 100);
    static final List<Integer> SITE_THRESHOLDS = List.of(50, 80, 100);

    private final DemoProgram demo;
    private final Clock clock;
    private final DemoSpending spending;

    DemoBudgets(DemoProgram demo) {
        this(demo, Clock.systemDefaultZone(), Month.valueOf(Objects.requireNonNullElse(
                System.getenv("FISCAL_YEAR_START"), "JULY").strip().toUpperCase(Locale.ROOT)));
    }

    /** @param fiscalYearStart as budget-service is configured (its {@code FISCAL_YEAR_START}) */
    DemoBudgets(DemoProgram demo, Clock clock, Month fiscalYearStart) {
        this.demo = demo;
        this.clock = clock;
        this.spending = new DemoSpending(fiscalYearStart);
    }

    void approveAndSpend(String programId, List<String> rolloutIds) {
        String finance = new BrowserSignIn(demo.identityProvider()).accessToken("golive-web",
                demo.gateway() + "/swagger-ui/oauth2-redirect.html", "finance", "golive");
        Map<String, JsonNode> budgetsOf = new LinkedHashMap<>();
        for (String rolloutId : rolloutIds) {
            awaitBudgets(finance, rolloutId);
        }
        demo.sendAs(finance, "/api/budgets/programs/" + programId + "/labour-cost-rule", "PUT",
                Map.of("enabled", true), 200);
        for (String rolloutId : rolloutIds) {
            budgetsOf.put(rolloutId, awaitLabourLines(finance, rolloutId));
        }
        envelopes(budgetsOf.values()).forEach((fiscalYear, amount) -> demo.sendAs(finance, "/api/budgets/programs/"
                + programId + "/envelopes/" + fiscalYear, "PUT", Map.of("amount", amount.toPlainString()), 200));
        demo.sendAs(finance, "/api/budgets/programs/" + programId + "/thresholds", "PUT",
                Map.of("percents", PROGRAM_THRESHOLDS), 200);
        int spent = 0;
        for (String rolloutId : rolloutIds) {
            JsonNode budgets = budgetsOf.get(rolloutId);
            for (JsonNode budget : budgets.get("budgets")) {
                if (!"DRAFT".equals(budget.get("status").asString())) {
                    continue;
                }
                submitAndApprove(finance, "/api/budgets/budgets/" + budget.get("id").asString());
            }
            BigDecimal earned = awaitEarnedValue(finance, rolloutId);
            if (earned.signum() > 0) {
                BigDecimal actual = earned.multiply(SPEND_RATES.get(spent++ % SPEND_RATES.size()))
                        .setScale(2, RoundingMode.HALF_EVEN);
                int booking = 0;
                for (DemoSpending.Booking entry : bookings(budgets, actual)) {
                    demo.sendAs(finance, "/api/budgets/budgets/" + entry.budgetId() + "/actuals", "POST",
                            Map.of("transactionId", "DEMO-" + rolloutId + "-" + ++booking,
                                    "date", entry.date().toString(), "category", "IMPLEMENTATION_SERVICES",
                                    "amount", entry.amount().toPlainString(),
                                    "description", "Implementation partner, work of the week"), 201);
                }
            }
        }
        if (rolloutIds.size() > 1) {
            // One site watched more closely: its go-live year's budget has thresholds of its own.
            String path = "/api/budgets/budgets/" + budgetsOf.get(rolloutIds.get(1)).get("goLiveBudgetId").asString()
                    + "/thresholds";
            long version = demo.tryGet(finance, path).get("version").asLong();
            demo.sendAs(finance, path, "PUT", Map.of("percents", SITE_THRESHOLDS, "version", version), 200);
        }
    }

    /**
     * Each fiscal year's envelope: what the program's budgets of that year add up to, with 15 % of room, rounded up
     * to a hundred thousand, so the envelope view shows a program close to its limit.
     */
    static SortedMap<Integer, BigDecimal> envelopes(Iterable<JsonNode> budgetsOfEachSite) {
        SortedMap<Integer, BigDecimal> totals = new TreeMap<>();
        for (JsonNode budgets : budgetsOfEachSite) {
            for (JsonNode budget : budgets.get("budgets")) {
                totals.merge(budget.get("fiscalYear").asInt(),
                        new BigDecimal(budget.get("total").get("amount").asString()), BigDecimal::add);
            }
        }
        BigDecimal step = new BigDecimal("100000");
        totals.replaceAll((year, total) -> total.multiply(new BigDecimal("1.15"))
                .divide(step, 0, RoundingMode.CEILING).max(BigDecimal.ONE).multiply(step).setScale(2));
        return totals;
    }

    /**
     * The site's actual cost to date as bookings into its approved budgets (those the loader approved, and any
     * approved before), dated over the weeks before today so the status reports' CPI has a trend.
     */
    List<DemoSpending.Booking> bookings(JsonNode budgets, BigDecimal actual) {
        List<DemoSpending.Budget> approved = new ArrayList<>();
        for (JsonNode budget : budgets.get("budgets")) {
            String status = budget.get("status").asString();
            if (status.equals("DRAFT") || status.equals("APPROVED")) {
                approved.add(new DemoSpending.Budget(budget.get("id").asString(), budget.get("fiscalYear").asInt()));
            }
        }
        return spending.bookings(approved, actual, LocalDate.now(clock), DemoStatusReports.WEEKS);
    }

    /**
     * Submits a draft and approves it. A labour cost planning publishes late still changes a draft (its version
     * moves): the submit is then 409, and is made again on the budget as it now is.
     */
    private void submitAndApprove(String finance, String path) {
        for (int attempt = 0; ; attempt++) {
            JsonNode budget = demo.tryGet(finance, path);
            if (!"DRAFT".equals(budget.get("status").asString())) {
                break;
            }
            if (demo.sendAsUnlessConflict(finance, path + "/submit", Map.of("version",
                    budget.get("version").asLong()), 200) != null) {
                break;
            }
            pause(attempt, "submit of " + path + " without a conflict");
        }
        JsonNode submitted = demo.tryGet(finance, path);
        demo.sendAs(finance, path + "/approve", "POST", Map.of("version", submitted.get("version").asLong()), 200);
    }

    /**
     * The site's budgets once its drafts have taken planning's labour cost as it now is: every labour line's month
     * at planning's amount for that role and month, and at least one such line when planning costs the site
     * anything (months outside every draft's fiscal year are no draft's).
     */
    private JsonNode awaitLabourLines(String finance, String rolloutId) {
        for (int attempt = 0; ; attempt++) {
            JsonNode cost = demo.get("/api/planning/rollouts/" + rolloutId + "/labour-cost"); // it may still move
            Map<String, BigDecimal> planned = new LinkedHashMap<>();
            for (JsonNode month : cost.get("months")) {
                planned.merge(LABOUR_LINE + month.get("role").asString().toLowerCase(Locale.ROOT).replace('_', '-')
                        + "@" + month.get("month").asString(), month.get("amount").decimalValue(), BigDecimal::add);
            }
            JsonNode budgets = demo.tryGet(finance, "/api/budgets/rollouts/" + rolloutId);
            if (budgets != null && takenAsPlanned(budgets, planned, cost.get("currency").asString())) {
                return budgets;
            }
            pause(attempt, LABOUR_ATTEMPTS, "labour lines of " + rolloutId);
        }
    }

    static boolean takenAsPlanned(JsonNode budgets, Map<String, BigDecimal> planned, String currency) {
        int lines = 0;
        boolean drafts = false;
        for (JsonNode budget : budgets.get("budgets")) {
            if (!"DRAFT".equals(budget.get("status").asString()) || !currency.equals(budget.get("currency")
                    .asString())) {
                continue; // approved before, or in another currency: it does not take planning's cost
            }
            drafts = true;
            for (JsonNode line : budget.get("lines")) {
                if (!line.get("lineId").asString().startsWith(LABOUR_LINE)) {
                    continue;
                }
                lines++;
                for (JsonNode month : line.get("months")) {
                    BigDecimal expected = planned.get(line.get("lineId").asString() + "@"
                            + month.get("month").asString());
                    if (expected == null || expected.compareTo(month.get("amount").decimalValue()) != 0) {
                        return false;
                    }
                }
            }
        }
        return !drafts || planned.isEmpty() || lines > 0;
    }

    /** Budget opens a site's budgets when it learns of the site from planning's events. */
    private JsonNode awaitBudgets(String finance, String rolloutId) {
        for (int attempt = 0; ; attempt++) {
            JsonNode budgets = demo.tryGet(finance, "/api/budgets/rollouts/" + rolloutId);
            if (budgets != null && budgets.has("goLiveBudgetId") && !budgets.get("goLiveBudgetId").isNull()) {
                return budgets;
            }
            pause(attempt, "budgets of " + rolloutId);
        }
    }

    /** Tracking learns of the approvals from budget's events: what the site's progress earned, in money. */
    private BigDecimal awaitEarnedValue(String finance, String rolloutId) {
        for (int attempt = 0; ; attempt++) {
            JsonNode value = demo.tryGet(finance, "/api/tracking/rollouts/" + rolloutId + "/earned-value");
            if (value != null && new BigDecimal(value.get("bac").asString()).signum() > 0) {
                return new BigDecimal(value.get("ev").asString());
            }
            pause(attempt, "earned value of " + rolloutId);
        }
    }

    private static void pause(int attempt, String what) {
        pause(attempt, ATTEMPTS, what);
    }

    private static void pause(int attempt, int attempts, String what) {
        if (attempt == attempts) {
            throw new IllegalStateException("Loading the demo program: no " + what + " after " + attempts / 4 + " s");
        }
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
