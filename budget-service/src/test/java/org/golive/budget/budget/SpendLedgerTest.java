package org.golive.budget.budget;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.budget.budget.BudgetMother.JULY;
import static org.golive.budget.budget.BudgetMother.USD;
import static org.golive.budget.budget.BudgetMother.actual;
import static org.golive.budget.budget.BudgetMother.commitment;
import static org.golive.budget.budget.BudgetMother.entry;
import static org.golive.budget.budget.BudgetMother.line;
import static org.golive.budget.budget.BudgetMother.usd;

/** The spend of a budget: positions, thresholds and the forecast, against a plan of 100,000 for training. */
class SpendLedgerTest {

    private static final LinePlan PLAN = LinePlan.empty(USD).revise(List.of(line(Category.TRAINING, "2027-09",
            "100000")), new FiscalYear(2028, JULY));

    private static SpendLedger ledgerWith(SpendEntry... entries) {
        SpendLedger ledger = new SpendLedger();
        ledger.book(List.of(entries), entry -> Optional.empty());
        return ledger;
    }

    @Test
    void anInvoiceDrawsItsPurchaseOrderDownSoNothingCountsTwice() {
        SpendLedger ledger = ledgerWith(commitment("PO-1", "2027-08-01", Category.TRAINING, "60000"),
                entry("INV-1", SpendEntry.Kind.ACTUAL, "2027-09-01", Category.TRAINING, "20000", "PO-1", null));

        SpendLedger.Position position = ledger.total(USD);

        assertThat(position.actual()).isEqualTo(usd("20000"));
        assertThat(position.openCommitments()).isEqualTo(usd("40000"));
        assertThat(position.exposure()).isEqualTo(usd("60000"));
    }

    @Test
    void aThresholdIsCrossedWhenExposureReachesItsShare() {
        SpendLedger ledger = ledgerWith(commitment("PO-1", "2027-08-01", Category.TRAINING, "90000"));

        assertThat(ledger.crossings(PLAN, List.of(90, 100))).extracting(SpendLedger.Crossing::key)
                .containsExactly(ThresholdKey.total(90), ThresholdKey.of(Category.TRAINING, 90));
    }

    @Test
    void aThresholdFallenBackBelowIsNewsAgainWhenCrossedAgain() {
        SpendLedger ledger = ledgerWith(actual("INV-1", "2027-09-01", Category.TRAINING, "95000"));
        ledger.crossings(PLAN, List.of(90));
        ledger.book(List.of(actual("CN-1", "2027-09-02", Category.TRAINING, "-10000")), entry -> Optional.empty());
        ledger.crossings(PLAN, List.of(90));
        assertThat(ledger.isCrossed(ThresholdKey.total(90))).isFalse();

        ledger.book(List.of(actual("INV-2", "2027-09-03", Category.TRAINING, "10000")), entry -> Optional.empty());

        assertThat(ledger.crossings(PLAN, List.of(90))).hasSize(2);
    }

    @Test
    void theLedgerHoldsAtMostTwentyThousandEntries() {
        SpendLedger ledger = new SpendLedger();
        List<SpendEntry> tooMany = java.util.stream.IntStream.rangeClosed(0, SpendLedger.MAX_ENTRIES)
                .mapToObj(i -> actual("INV-" + i, "2027-09-01", Category.TRAINING, "1")).toList();

        assertThatThrownBy(() -> ledger.book(tooMany, entry -> Optional.empty()))
                .hasMessageContaining("at most 20000");
        assertThat(ledger.size()).isZero();
    }

    @Test
    void theEstimateAtCompletionKeepsASignedPurchaseOrderLargerThanThePlanLeft() {
        SpendLedger ledger = ledgerWith(actual("INV-1", "2027-09-01", Category.TRAINING, "50000"),
                commitment("PO-1", "2027-09-01", Category.TRAINING, "70000"));

        Forecast forecast = Forecast.of(PLAN, ledger);

        // 50,000 spent + the larger of 70,000 open and 50,000 unspent: 20,000 over.
        assertThat(forecast.estimateAtCompletion()).isEqualTo(usd("120000"));
        assertThat(forecast.variance()).isEqualTo(usd("-20000"));
    }

    @Test
    void eachMonthSetsThePlanAgainstTheActualsDatedInIt() {
        SpendLedger ledger = ledgerWith(actual("INV-1", "2027-10-03", Category.TRAINING, "30000"));

        Forecast forecast = Forecast.of(PLAN, ledger);

        assertThat(forecast.months()).containsOnlyKeys(YearMonth.of(2027, 9), YearMonth.of(2027, 10));
        assertThat(forecast.months().get(YearMonth.of(2027, 9)))
                .isEqualTo(new Forecast.Month(usd("100000"), usd("0"), usd("100000")));
        assertThat(forecast.months().get(YearMonth.of(2027, 10)).variance()).isEqualTo(usd("-30000"));
    }
}
