package org.golive.budget.budget;

import org.golive.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.budget.budget.BudgetMother.JULY;
import static org.golive.budget.budget.BudgetMother.USD;
import static org.golive.budget.budget.BudgetMother.line;
import static org.golive.budget.budget.BudgetMother.usd;

/** The lines of a budget and their phasing over FY2028 (July 2027 to June 2028). */
class LinePlanTest {

    private static final FiscalYear FY2028 = new FiscalYear(2028, JULY);

    private static LinePlan plan(LineDraft... lines) {
        return LinePlan.empty(USD).revise(List.of(lines), FY2028);
    }

    private static LineDraft phased(Category category, String... monthAndAmount) {
        List<LineDraft.Month> months = new java.util.ArrayList<>();
        for (int i = 0; i < monthAndAmount.length; i += 2) {
            months.add(new LineDraft.Month(monthAndAmount[i], new BigDecimal(monthAndAmount[i + 1])));
        }
        return new LineDraft(null, category, null, null, months);
    }

    private static void refused(LineDraft draft, String field) {
        assertThatThrownBy(() -> plan(draft)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fields()).containsKey(field));
    }

    @Test
    void aMonthOutsideTheFiscalYearIsRefused() {
        refused(line(Category.TRAINING, "2028-07", "10"), "lines[0].months[0].month");
    }

    @Test
    void aMonthPlannedTwiceOnALineIsRefused() {
        refused(phased(Category.TRAINING, "2027-09", "10", "2027-09", "20"), "lines[0].months[1].month");
    }

    @Test
    void aNegativePlannedAmountIsRefused() {
        refused(line(Category.TRAINING, "2027-09", "-1"), "lines[0].months[0].amount");
    }

    @Test
    void anAmountFinerThanTheCurrencyIsRefusedNotRounded() {
        refused(line(Category.TRAINING, "2027-09", "10.005"), "lines[0].months[0].amount");
    }

    @Test
    void aMonthIsWrittenYearDashMonth() {
        refused(line(Category.TRAINING, "9/2027", "10"), "lines[0].months[0].month");
    }

    @Test
    void newLinesAreNumberedAndTakeTheirCategorysUsualKind() {
        LinePlan plan = plan(line(Category.SOFTWARE, "2027-09", "10"), line(Category.TRAINING, "2027-09", "10"));

        assertThat(plan.lines()).extracting(BudgetLine::lineId).containsExactly("l-1", "l-2");
        assertThat(plan.lines()).extracting(BudgetLine::kind)
                .containsExactly(ExpenditureType.CAPEX, ExpenditureType.OPEX);
    }

    @Test
    void twoLinesMayNotShareAnId() {
        LineDraft named = new LineDraft("x", Category.TRAINING, null, null, List.of());

        assertThatThrownBy(() -> plan(named, named)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("share the id x");
    }

    @Test
    void thePhasingIsKeptInMonthOrder() {
        LinePlan plan = plan(phased(Category.TRAINING, "2027-11", "1", "2027-08", "2"));

        assertThat(plan.lines().get(0).months()).extracting(PlannedMonth::month)
                .containsExactly(YearMonth.of(2027, 8), YearMonth.of(2027, 11));
    }

    @Test
    void monthsShiftedPastTheYearsEndGatherInItsLastMonth() {
        LinePlan plan = plan(phased(Category.TRAINING, "2028-05", "100", "2028-06", "50"));

        LinePlan.Shifted shifted = plan.shift(2, YearMonth.of(2027, 7), FY2028);

        assertThat(shifted.clamped()).isTrue();
        assertThat(shifted.plan().lines().get(0).months())
                .containsExactly(new PlannedMonth(YearMonth.of(2028, 6), usd("150")));
    }

    @Test
    void monthsAlreadyPastStayWhereTheyWere() {
        LinePlan plan = plan(phased(Category.TRAINING, "2027-08", "100", "2027-12", "50"));

        LinePlan.Shifted shifted = plan.shift(-1, YearMonth.of(2027, 9), FY2028);

        assertThat(shifted.clamped()).isFalse();
        assertThat(shifted.plan().lines().get(0).months()).extracting(PlannedMonth::month)
                .containsExactly(YearMonth.of(2027, 8), YearMonth.of(2027, 11));
    }

    @Test
    void theStoredShapeReadsBackToTheSamePlan() {
        LinePlan plan = plan(phased(Category.TRAINING, "2027-08", "100", "2027-12", "50.5"));

        assertThat(StoredLine.read(StoredLine.of(plan.lines()), USD)).isEqualTo(plan.lines());
        assertThat(StoredLine.of(plan.lines()).get(0).months().get(0).month()).isEqualTo("2027-08");
    }
}
