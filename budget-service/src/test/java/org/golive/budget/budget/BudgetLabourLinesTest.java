package org.golive.budget.budget;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.golive.budget.budget.BudgetMother.JULY;
import static org.golive.budget.budget.BudgetMother.draftWith;
import static org.golive.budget.budget.BudgetMother.line;

class BudgetLabourLinesTest {

    private static List<LabourLines.RoleMonth> cost(String trainerOctober) {
        return List.of(new LabourLines.RoleMonth(YearMonth.of(2027, 10), "CREDENTIALED_TRAINER",
                        new BigDecimal(trainerOctober)),
                new LabourLines.RoleMonth(YearMonth.of(2027, 10), "COMMAND_CENTER_STAFF", new BigDecimal("900.00")),
                new LabourLines.RoleMonth(YearMonth.of(2028, 7), "CREDENTIALED_TRAINER", new BigDecimal("1.00")));
    }

    private static String amountOf(Budget budget, String lineId) {
        return budget.lines().stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .map(l -> l.total(BudgetMother.USD).amount().toPlainString()).orElse(null);
    }

    @Test
    void aDraftTakesOneLinePerRoleInItsFiscalYearBesideItsManualLines() {
        Budget budget = draftWith(line(Category.INTERFACES, "2027-09", "5000"));

        assertThat(budget.planning().takeLabourCost(1, cost("6800.00"), JULY).result()).isTrue();

        assertThat(budget.lines()).extracting(BudgetLine::lineId, BudgetLine::category, BudgetLine::origin)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("l-1", Category.INTERFACES, LineOrigin.MANUAL),
                        org.assertj.core.groups.Tuple.tuple("planning-labour-credentialed-trainer", Category.TRAINING,
                                LineOrigin.PLANNING),
                        org.assertj.core.groups.Tuple.tuple("planning-labour-command-center-staff",
                                Category.GO_LIVE_SUPPORT, LineOrigin.PLANNING));
        assertThat(amountOf(budget, "planning-labour-credentialed-trainer")).isEqualTo("6800.00"); // July 2028: FY2029
    }

    @Test
    void theSameCostAgainOrAnOlderOneChangesNothingAndALaterOneReplacesPlanningsLinesWhole() {
        Budget budget = draftWith(line(Category.INTERFACES, "2027-09", "5000"));
        budget.planning().takeLabourCost(2, cost("6800.00"), JULY);

        assertThat(budget.planning().takeLabourCost(2, cost("1.00"), JULY).result()).isFalse();
        assertThat(budget.planning().takeLabourCost(1, cost("2.00"), JULY).result()).isFalse();
        assertThat(amountOf(budget, "planning-labour-credentialed-trainer")).isEqualTo("6800.00");

        assertThat(budget.planning().takeLabourCost(3, List.of(new LabourLines.RoleMonth(YearMonth.of(2027, 11),
                "TRAINER", new BigDecimal("10.00"))), JULY).result()).isTrue();
        assertThat(budget.lines()).extracting(BudgetLine::lineId)
                .containsExactlyInAnyOrder("l-1", "planning-labour-trainer");
        assertThat(amountOf(budget, "l-1")).isEqualTo("5000.00");
    }

    @Test
    void aBudgetPastDraftKeepsItsLines() {
        Budget submitted = BudgetMother.submitted();
        List<BudgetLine> before = submitted.lines();

        assertThat(submitted.planning().takeLabourCost(1, cost("6800.00"), JULY).result()).isFalse();
        assertThat(submitted.lines()).isEqualTo(before);
    }
}
