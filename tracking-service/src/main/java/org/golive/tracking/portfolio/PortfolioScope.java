package org.golive.tracking.portfolio;

import org.golive.platform.security.Caller;
import org.golive.platform.security.Role;
import org.golive.platform.security.RolloutManagerLookup;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.golive.platform.security.Role.CONTRIBUTOR;
import static org.golive.platform.security.Role.FINANCE;
import static org.golive.platform.security.Role.PMO_ADMIN;
import static org.golive.platform.security.Role.PROJECT_MANAGER;
import static org.golive.platform.security.Role.VIEWER;

/**
 * What one caller sees of the portfolio: the rollouts they may read (the query itself is narrowed to them, so pages
 * and counts hold), program counts over those rollouts only (a manager does not learn the size of the whole program
 * from the counts), and money (budgets, CPI, burn) only for the roles the budget API lets read budgets.
 */
final class PortfolioScope {

    /** As budget-service's rules for reading a budget: contributors see no money, here either. */
    static final Set<Role> BUDGET_READERS = EnumSet.of(PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER);
    /** As the platform's {@code RolloutAccess} reads: these roles read every rollout, a project manager their own. */
    static final Set<Role> READ_EVERYWHERE = EnumSet.of(PMO_ADMIN, FINANCE, VIEWER, CONTRIBUTOR);

    private PortfolioScope() {
    }

    /** @return the rollouts the caller may read, or empty when they may read every rollout */
    static Optional<Set<String>> readable(Caller caller, RolloutManagerLookup managers) {
        if (caller.hasAny(READ_EVERYWHERE)) {
            return Optional.empty();
        }
        if (!caller.roles().contains(PROJECT_MANAGER)) {
            return Optional.of(Set.of());
        }
        return Optional.of(managers.rolloutsManagedBy(caller.name()));
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
