package org.golive.budget.budget;

import org.golive.budget.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The starting lines of a site's draft budget, from its type and size: what an EHR go-live typically costs per user,
 * per bed and per kind of site, phased over the months around go-live. Figures are the PMO's rules of thumb, there to
 * be corrected; what matters is that no site starts with training backfill, go-live support, interfaces or data
 * conversion forgotten. The months may span fiscal years: each year's budget takes its own.
 */
final class BudgetTemplate {

    /** How a category's amount is computed and over which months, relative to the go-live month, it is spent. */
    private record Rule(long base, long perUser, long perBed, int... monthsFromGoLive) {
    }

    private static final Map<Category, Rule> RULES = new EnumMap<>(Category.class);

    static {
        RULES.put(Category.SOFTWARE, new Rule(0, 250, 0, -4));
        RULES.put(Category.HARDWARE_DEVICES, new Rule(0, 600, 1_500, -3, -2));
        RULES.put(Category.IMPLEMENTATION_SERVICES, new Rule(60_000, 40, 0, -5, -4, -3, -2, -1));
        RULES.put(Category.INTERNAL_STAFF_BACKFILL, new Rule(0, 720, 0, -2, -1));
        RULES.put(Category.TRAINING, new Rule(0, 180, 0, -2, -1));
        RULES.put(Category.GO_LIVE_SUPPORT, new Rule(0, 300, 0, 0, 1));
        RULES.put(Category.INTERFACES, new Rule(40_000, 0, 0, -4, -3));
        RULES.put(Category.DATA_CONVERSION, new Rule(30_000, 0, 0, -3, -2));
    }

    /** Hospitals carry far more interfaces and conversion work than a clinic: their base amounts are scaled. */
    private static final Map<String, Integer> SITE_FACTOR = Map.of(
            "HOSPITAL", 4, "EMERGENCY_DEPARTMENT", 2, "LABORATORY", 3, "LONG_TERM_CARE", 2);

    private static final BigDecimal CONTINGENCY_PERCENT = BigDecimal.TEN;

    private BudgetTemplate() {
    }

    static List<LineDraft> lines(BudgetDrafts.Site site, Currency currency) {
        int users = site.users() == null ? 0 : site.users();
        int beds = site.beds() == null ? 0 : site.beds();
        int factor = SITE_FACTOR.getOrDefault(site.siteType(), 1);
        YearMonth goLive = YearMonth.from(site.goLiveDate());
        List<LineDraft> lines = new ArrayList<>();
        Money sum = Money.zero(currency);
        for (Map.Entry<Category, Rule> entry : RULES.entrySet()) {
            Rule rule = entry.getValue();
            Money amount = Money.of(BigDecimal.valueOf(rule.base() * factor + rule.perUser() * users
                    + rule.perBed() * beds), currency);
            if (amount.isPositive()) {
                lines.add(line(entry.getKey(), amount, goLive, rule.monthsFromGoLive()));
                sum = sum.plus(amount);
            }
        }
        Money contingency = sum.percent(CONTINGENCY_PERCENT);
        if (contingency.isPositive()) {
            lines.add(line(Category.CONTINGENCY, contingency, goLive, new int[] {0}));
        }
        return lines;
    }

    /** Spreads an amount evenly over the months, the rounding remainder in the last one, exact to the cent. */
    private static LineDraft line(Category category, Money amount, YearMonth goLive, int[] offsets) {
        Money share = amount.times(BigDecimal.ONE.divide(BigDecimal.valueOf(offsets.length), 10,
                RoundingMode.DOWN));
        Map<String, BigDecimal> byMonth = new TreeMap<>();
        Money given = Money.zero(amount.currency());
        for (int i = 0; i < offsets.length; i++) {
            YearMonth month = goLive.plusMonths(offsets[i]);
            Money part = i == offsets.length - 1 ? amount.minus(given) : share;
            given = given.plus(part);
            byMonth.merge(month.toString(), part.amount(), BigDecimal::add);
        }
        return new LineDraft(null, category, category.usualKind(), "From the " + category.name()
                .toLowerCase().replace('_', ' ') + " rule of the site template",
                byMonth.entrySet().stream().map(e -> new LineDraft.Month(e.getKey(), e.getValue()))
                        .toList());
    }
}
