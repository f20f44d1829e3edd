package org.golive.tracking.portfolio;

import org.golive.platform.security.Caller;
import org.golive.platform.security.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.golive.platform.security.Role.FINANCE;
import static org.golive.platform.security.Role.PMO_ADMIN;
import static org.golive.platform.security.Role.PROJECT_MANAGER;
import static org.golive.platform.security.Role.VIEWER;

/**
 * What one caller sees of the portfolio beyond the rollouts they may read (the platform's {@code RolloutAccess}):
 * money (budgets, CPI, burn) only for the roles the budget API lets read budgets.
 */
final class PortfolioScope {

    /** As budget-service's rules for reading a budget: contributors see no money, here either. */
    static final Set<Role> BUDGET_READERS = EnumSet.of(PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER);

    private PortfolioScope() {
    }

    static Portfolio.RolloutEntry entry(Portfolio.RolloutEntry entry, Caller caller) {
        return caller.hasAny(BUDGET_READERS) ? entry : entry.withoutMoney();
    }

    /** Sorting by a money column would tell a contributor the order of figures they may not see. */
    static void checkOrder(PortfolioOrder order, Caller caller) {
        if (order.column().money && !caller.hasAny(BUDGET_READERS)) {
            throw PortfolioParameters.refused("sort", "sorts by money, which your role does not read");
        }
    }
}
