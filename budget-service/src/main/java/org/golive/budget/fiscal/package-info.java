/**
 * The long-term fiscal impact of a site rollout: a {@link org.golive.budget.fiscal.FiscalHorizon} of yearly recurring
 * costs and benefits after the one-time implementation cost, and the {@link org.golive.budget.fiscal.FiscalImpact}
 * read from it (TCO, NPV, ROI, payback), per site or rolled up per wave and program.
 *
 * <p>Pure arithmetic on {@link org.golive.budget.money.Money} and {@link java.math.BigDecimal}: no Spring, MongoDB,
 * Kafka or JSON here, so the maths is tested on its own and every edge of the service can use it.
 */
package org.golive.budget.fiscal;
