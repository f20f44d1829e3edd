package org.golive.budget.impact;

import org.golive.budget.fiscal.BenefitKind;
import org.golive.budget.fiscal.CostKind;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One year after go-live as a fiscal plan keeps it: recurring costs and benefits by kind, exact decimals in the plan's
 * currency. Also the shape a caller sends, which {@link PlanInput} checks before it becomes a {@link
 * org.golive.budget.fiscal.YearLine}. A kind left out is zero.
 */
public record PlannedYear(Map<CostKind, BigDecimal> costs, Map<BenefitKind, BigDecimal> benefits) {
}
