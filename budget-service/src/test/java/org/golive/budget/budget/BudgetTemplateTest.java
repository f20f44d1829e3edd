package org.golive.budget.budget;

import org.golive.budget.money.Money;
import org.golive.platform.outbox.Changed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A new site's draft budget starts from its type and size; amounts checked by hand in the comments. */
class BudgetTemplateTest {

    private static final FiscalCalendar JULY = new FiscalCalendar(Month.JULY);
    private static final Currency USD = Currency.getInstance("USD");

    private static List<Budget> drafts(String type, Integer beds, Integer users, LocalDate goLive) {
        return BudgetDrafts.open(new BudgetDrafts.Site("r-1", "p-1", "Site", type, goLive, beds, users), JULY, "USD",
                Instant.parse("2026-11-25T09:00:00Z")).stream().map(Changed::result).toList();
    }

    private static Budget draft(String type, Integer beds, Integer users, LocalDate goLive) {
        List<Budget> drafts = drafts(type, beds, users, goLive);
        assertThat(drafts).hasSize(1);
        return drafts.get(0);
    }

    private static Map<Category, Money> byCategory(Budget budget) {
        return budget.lines().stream().collect(Collectors.toMap(BudgetLine::category, l -> l.total(USD)));
    }

    @Test
    void aLargeHospitalGetsEveryCategoryScaledByItsUsersBedsAndType() {
        Budget budget = draft("HOSPITAL", 420, 3_100, LocalDate.of(2027, 5, 1));

        Map<Category, Money> lines = byCategory(budget);
        // software 250 × 3,100; devices 600 × 3,100 + 1,500 × 420; services 4 × 60,000 + 40 × 3,100
        assertThat(lines.get(Category.SOFTWARE)).isEqualTo(Money.of("775000.00", "USD"));
        assertThat(lines.get(Category.HARDWARE_DEVICES)).isEqualTo(Money.of("2490000.00", "USD"));
        assertThat(lines.get(Category.IMPLEMENTATION_SERVICES)).isEqualTo(Money.of("364000.00", "USD"));
        assertThat(lines.get(Category.INTERNAL_STAFF_BACKFILL)).isEqualTo(Money.of("2232000.00", "USD"));
        assertThat(lines.get(Category.INTERFACES)).isEqualTo(Money.of("160000.00", "USD"));
        // 775,000 + 2,490,000 + 364,000 + 2,232,000 + 558,000 + 930,000 + 160,000 + 120,000 = 7,629,000; 10 % of it
        assertThat(lines.get(Category.CONTINGENCY)).isEqualTo(Money.of("762900.00", "USD"));
        assertThat(budget.total()).isEqualTo(Money.of("8391900.00", "USD"));
        assertThat(budget.lines()).allSatisfy(line -> assertThat(line.kind()).isEqualTo(line.category().usualKind()));
    }

    @Test
    void amountsAreSpreadOverTheMonthsAroundGoLiveExactlyToTheCent() {
        Budget budget = draft("AMBULATORY_CLINIC", null, 7, LocalDate.of(2027, 5, 1));

        BudgetLine services = budget.lines().stream()
                .filter(l -> l.category() == Category.IMPLEMENTATION_SERVICES).findFirst().orElseThrow();
        // 60,000 + 40 × 7 = 60,280 over December to April: 12,056 a month.
        assertThat(services.months()).extracting(m -> m.month().toString())
                .containsExactly("2026-12", "2027-01", "2027-02", "2027-03", "2027-04");
        BudgetLine training = budget.lines().stream().filter(l -> l.category() == Category.TRAINING).findFirst()
                .orElseThrow();
        // 180 × 7 = 1,260 over March and April.
        assertThat(training.total(USD)).isEqualTo(Money.of("1260.00", "USD"));
        BudgetLine contingency = budget.lines().stream().filter(l -> l.category() == Category.CONTINGENCY)
                .findFirst().orElseThrow();
        assertThat(contingency.months()).extracting(m -> m.month().toString()).containsExactly("2027-05");
    }

    @Test
    void spendingThatSpansTwoFiscalYearsOpensABudgetForEach() {
        // Go-live in August 2027, in FY2028 (from July 2027): services run March to July 2027, 62,400 in all
        // (60,000 + 40 × 60), 12,480 a month: four months in FY2027, July in FY2028.
        List<Budget> drafts = drafts("URGENT_CARE", null, 60, LocalDate.of(2027, 8, 14));

        assertThat(drafts).extracting(Budget::fiscalYear).containsExactly(2027, 2028);
        assertThat(drafts).extracting(b -> b.isGoLiveYear(JULY)).containsExactly(false, true);
        assertThat(services(drafts.get(0)).months()).extracting(m -> m.month().toString())
                .containsExactly("2027-03", "2027-04", "2027-05", "2027-06");
        assertThat(services(drafts.get(0)).total(USD)).isEqualTo(Money.of("49920.00", "USD"));
        assertThat(services(drafts.get(1)).total(USD)).isEqualTo(Money.of("12480.00", "USD"));
    }

    private static BudgetLine services(Budget budget) {
        return budget.lines().stream().filter(l -> l.category() == Category.IMPLEMENTATION_SERVICES).findFirst()
                .orElseThrow();
    }
}
