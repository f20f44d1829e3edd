package org.golive.budget.impact;

import org.golive.budget.fiscal.BenefitKind;
import org.golive.budget.fiscal.CostKind;
import org.golive.budget.fiscal.FiscalImpact;
import org.golive.budget.fiscal.YearLine;
import org.golive.budget.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a site, wave or program as the API answers them: the plan's inputs (the rate, the implementation
 * cost, each year's costs and benefits) and what is read from them. Amounts are exact decimal strings in
 * {@code currency}; null is what the horizon cannot tell (a TCO beyond it, a payback it does not reach, an ROI with
 * nothing spent).
 *
 * @param completeYears the years every site's horizon covers: TCOs are known up to it (for a site, its horizon)
 * @param roi           (benefits - costs) / costs over the horizon, a ratio to 4 decimals: "0.2500"
 * @param roiPercent    the same in percent: "25.00"
 */
record ImpactFigures(String currency, String discountRate, int horizonYears, int completeYears,
                     String implementationCost, List<YearFigures> years, String tco1, String tco5, String tco7,
                     String totalCosts, String totalBenefits, String netBenefit, String npv, String roi,
                     String roiPercent, String paybackYears, String discountedPaybackYears) {

    /**
     * One year after go-live.
     *
     * @param net        benefits minus recurring costs of the year
     * @param cumulative the implementation cost (negative) plus every year's net so far, undiscounted
     */
    record YearFigures(int year, Map<CostKind, String> costs, Map<BenefitKind, String> benefits, String totalCosts,
                       String totalBenefits, String net, String cumulative) {
    }

    static ImpactFigures of(FiscalImpact impact) {
        return new ImpactFigures(impact.horizon().currency().getCurrencyCode(),
                impact.discountRate().toPlainString(), impact.horizonYears(), impact.completeYears(),
                text(impact.horizon().implementationCost()), years(impact), text(impact.tco1()),
                text(impact.tco5()), text(impact.tco7()), text(impact.totalCosts()), text(impact.totalBenefits()),
                text(impact.netBenefit()), text(impact.npv()), plain(impact.roi()), plain(impact.roiPercent()),
                plain(impact.paybackYears()), plain(impact.discountedPaybackYears()));
    }

    private static List<YearFigures> years(FiscalImpact impact) {
        List<YearFigures> years = new ArrayList<>();
        Money cumulative = impact.horizon().implementationCost().negate();
        for (int t = 1; t <= impact.horizonYears(); t++) {
            YearLine year = impact.horizon().year(t);
            cumulative = cumulative.plus(year.net());
            Map<CostKind, String> costs = new EnumMap<>(CostKind.class);
            year.costs().forEach((kind, amount) -> costs.put(kind, text(amount)));
            Map<BenefitKind, String> benefits = new EnumMap<>(BenefitKind.class);
            year.benefits().forEach((kind, amount) -> benefits.put(kind, text(amount)));
            years.add(new YearFigures(t, costs, benefits, text(year.totalCosts()), text(year.totalBenefits()),
                    text(year.net()), text(cumulative)));
        }
        return years;
    }

    private static String text(Money amount) {
        return amount.amount().toPlainString();
    }

    private static String text(Optional<Money> amount) {
        return amount.map(ImpactFigures::text).orElse(null);
    }

    private static String plain(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }
}
