package org.golive.budget.impact;

import org.golive.budget.fiscal.BenefitKind;
import org.golive.budget.fiscal.CostKind;
import org.golive.budget.fiscal.FiscalHorizon;
import org.golive.budget.fiscal.FiscalImpact;
import org.golive.budget.fiscal.YearLine;
import org.golive.budget.money.Money;
import org.golive.contract.budget.AssumedBenefitsUpdated;
import org.golive.contract.budget.FiscalImpactUpdated;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fiscal plan of one site rollout (its id is the rollout's): the one-time implementation cost, the recurring
 * costs and benefits of each year after go-live, and the rate they are discounted at. Its {@link #impact()} is
 * computed, never stored, so the figures cannot drift from the plan.
 */
@Document("fiscal_plans")
public class FiscalPlan extends Aggregate {

    @Id
    private String rolloutId;
    private String currency;
    private BigDecimal discountRate;
    private BigDecimal implementationCost;
    private List<PlannedYear> years = new ArrayList<>();
    private String updatedBy;
    private Instant updatedAt;

    FiscalPlan() {
    }

    /** An empty plan in the service's currency, not stored until its first {@link #revise}. */
    static FiscalPlan start(String rolloutId, Currency currency) {
        FiscalPlan plan = new FiscalPlan();
        plan.rolloutId = rolloutId;
        plan.currency = currency.getCurrencyCode();
        return plan;
    }

    /**
     * Replaces the whole plan with the checked input and publishes the impact read from it, with where the site sits
     * in its program now.
     *
     * @throws org.golive.platform.problem.RuleViolationException naming each field at fault
     */
    Changed<FiscalPlan> revise(PlanInput input, ImpactSite site, String by, Instant now) {
        PlanInput.Checked checked = input.check(currencyUnit());
        discountRate = checked.discountRate();
        implementationCost = checked.horizon().implementationCost().amount();
        years = checked.horizon().years().stream().map(FiscalPlan::planned).toList();
        updatedBy = by;
        updatedAt = now;
        FiscalImpact impact = impact();
        return Changed.of(this, RaisedEvent.of(rolloutId, new FiscalImpactUpdated(rolloutId, site.programId(), site.waveId(),
                currency, discountRate.toPlainString(), impact.horizonYears(),
                implementationCost.toPlainString(), text(impact.tco1()), text(impact.tco5()), text(impact.tco7()),
                impact.npv().amount().toPlainString(), plain(impact.roi()), plain(impact.paybackYears()),
                plain(impact.discountedPaybackYears()), by, now)),
                RaisedEvent.of(rolloutId, assumedBenefits(site, checked.horizon(), by, now)));
    }

    /** The benefits the plan assumes year by year: what tracking holds the realized benefits against. */
    private AssumedBenefitsUpdated assumedBenefits(ImpactSite site, FiscalHorizon horizon, String by, Instant now) {
        List<AssumedBenefitsUpdated.AssumedBenefitYear> assumed = new ArrayList<>();
        Money total = Money.zero(currencyUnit());
        for (int year = 1; year <= horizon.years().size(); year++) {
            YearLine line = horizon.year(year);
            assumed.add(new AssumedBenefitsUpdated.AssumedBenefitYear(year, amount(line.benefit(BenefitKind.SAVINGS)),
                    amount(line.benefit(BenefitKind.REVENUE)), amount(line.benefit(BenefitKind.AVOIDED_COSTS)),
                    amount(line.benefit(BenefitKind.OTHER)), amount(line.totalBenefits())));
            total = total.plus(line.totalBenefits());
        }
        return new AssumedBenefitsUpdated(rolloutId, site.programId(), site.waveId(), currency, assumed.size(),
                assumed, amount(total), by, now);
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    /** The impact at the plan's own discount rate. */
    public FiscalImpact impact() {
        return FiscalImpact.of(horizon(), discountRate);
    }

    /** The plan's cash flows in exact money, for this site's impact or a roll-up at another rate. */
    public FiscalHorizon horizon() {
        Currency money = currencyUnit();
        List<YearLine> lines = years.stream().map(year -> {
            YearLine line = YearLine.empty(money);
            for (Map.Entry<CostKind, BigDecimal> cost : year.costs().entrySet()) {
                line = line.withCost(cost.getKey(), Money.of(cost.getValue(), money));
            }
            for (Map.Entry<BenefitKind, BigDecimal> benefit : year.benefits().entrySet()) {
                line = line.withBenefit(benefit.getKey(), Money.of(benefit.getValue(), money));
            }
            return line;
        }).toList();
        return new FiscalHorizon(Money.of(implementationCost, money), lines);
    }

    private static PlannedYear planned(YearLine line) {
        Map<CostKind, BigDecimal> costs = new EnumMap<>(CostKind.class);
        line.costs().forEach((kind, amount) -> costs.put(kind, amount.amount()));
        Map<BenefitKind, BigDecimal> benefits = new EnumMap<>(BenefitKind.class);
        line.benefits().forEach((kind, amount) -> benefits.put(kind, amount.amount()));
        return new PlannedYear(costs, benefits);
    }

    private static String text(Optional<Money> amount) {
        return amount.map(money -> money.amount().toPlainString()).orElse(null);
    }

    private static String plain(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }

    public Currency currencyUnit() {
        return Currency.getInstance(currency);
    }

    @Override
    public String id() {
        return rolloutId;
    }

    @Override
    protected String eventSource() {
        return "/budget/fiscal-plans/" + rolloutId;
    }

    public String rolloutId() {
        return rolloutId;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal discountRate() {
        return discountRate;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
