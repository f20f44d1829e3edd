package org.golive.budget.impact;

import org.golive.budget.fiscal.BenefitKind;
import org.golive.contract.budget.AssumedBenefitsUpdated;
import org.golive.contract.budget.FiscalImpactUpdated;
import org.golive.platform.outbox.RaisedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalPlanTest {

    static final Instant NOW = Instant.parse("2026-11-27T14:00:00Z");

    @Test
    void revisingThePlanPublishesTheImpactReadFromItWithWhereTheSiteSits() {
        FiscalPlan plan = FiscalPlan.start("r-1", Currency.getInstance("USD"));
        ImpactSite site = new ImpactSite("r-1", "p-1", "w-1", "Pilot", "Lakeside Hospital");

        // The brief's worked example: implementation 1,000,000; 200,000 a year of costs, 500,000 of benefits; 8 %.
        RaisedEvent raised = plan.revise(new PlanInput("USD", new BigDecimal("0.080"), new BigDecimal("1000000"),
                Collections.nCopies(5, PlanInputTest.year("200000", "500000"))), site, "finance", NOW).events().get(0);

        assertThat(raised.key()).isEqualTo("r-1");
        assertThat(raised.data()).isEqualTo(new FiscalImpactUpdated("r-1", "p-1", "w-1", "USD", "0.08", 5,
                "1000000.00", "1200000.00", "2000000.00", null, "197813.01", "0.2500", "3.33", "4.03", "finance",
                NOW));
        assertThat(plan.horizon().year(5).totalCosts().amount()).isEqualTo("200000.00");
        assertThat(plan.impact().npv().amount()).isEqualTo("197813.01");
    }

    @Test
    void revisingThePlanPublishesTheBenefitsItAssumesYearByYear() {
        FiscalPlan plan = FiscalPlan.start("r-1", Currency.getInstance("USD"));
        ImpactSite site = new ImpactSite("r-1", "p-1", null, null, "Lakeside Hospital");
        PlannedYear second = new PlannedYear(Map.of(), Map.of(BenefitKind.SAVINGS, new BigDecimal("100000"),
                BenefitKind.AVOIDED_COSTS, new BigDecimal("25000.5")));

        List<RaisedEvent> raised = plan.revise(new PlanInput("USD", new BigDecimal("0.08"), new BigDecimal("1000000"),
                List.of(PlanInputTest.year("200000", "500000"), second)), site, "finance", NOW).events();

        assertThat(raised).extracting(RaisedEvent::key).containsOnly("r-1");
        assertThat(raised.get(1).data()).isEqualTo(new AssumedBenefitsUpdated("r-1", "p-1", null, "USD", 2, List.of(
                new AssumedBenefitsUpdated.AssumedBenefitYear(1, "500000.00", "0.00", "0.00", "0.00", "500000.00"),
                new AssumedBenefitsUpdated.AssumedBenefitYear(2, "100000.00", "0.00", "25000.50", "0.00",
                        "125000.50")), "625000.50", "finance", NOW));
    }

    @Test
    void theImpactFiguresShowEachYearsNetAndTheCumulativeFromTheImplementationCost() {
        FiscalPlan plan = FiscalPlan.start("r-1", Currency.getInstance("USD"));
        plan.revise(new PlanInput(null, new BigDecimal("0.08"), new BigDecimal("1000000"),
                Collections.nCopies(5, PlanInputTest.year("200000", "500000"))),
                new ImpactSite("r-1", "p-1", null, null, "Site"), "finance", NOW);

        ImpactFigures figures = ImpactFigures.of(plan.impact());

        assertThat(figures.years()).extracting(ImpactFigures.YearFigures::cumulative)
                .containsExactly("-700000.00", "-400000.00", "-100000.00", "200000.00", "500000.00");
        assertThat(figures.years().get(0).net()).isEqualTo("300000.00");
        assertThat(figures.years().get(0).costs()).containsEntry(org.golive.budget.fiscal.CostKind.MAINTENANCE,
                "200000.00");
        assertThat(figures.roiPercent()).isEqualTo("25.00");
        assertThat(figures.tco7()).isNull();
        assertThat(figures.completeYears()).isEqualTo(5);
    }
}
