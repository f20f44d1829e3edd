package org.golive.tracking.portfolio;

import org.golive.platform.security.Caller;
import org.golive.platform.security.Role;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.golive.platform.security.Role.FINANCE;
import static org.golive.platform.security.Role.PMO_ADMIN;
import static org.golive.platform.security.Role.PROJECT_MANAGER;
import static org.golive.platform.security.Role.VIEWER;

/**
 * What one caller sees of the portfolio: the rollouts they may read, program counts over those rollouts only (a
 * manager does not learn the size of the whole program from the counts), and budget figures only for the roles the
 * budget API lets read budgets.
 */
final class PortfolioScope {

    /** As budget-service's rules for reading a budget: contributors see no money, here either. */
    static final Set<Role> BUDGET_READERS = EnumSet.of(PMO_ADMIN, PROJECT_MANAGER, FINANCE, VIEWER);

    private PortfolioScope() {
    }

    static Portfolio of(Portfolio all, Predicate<String> readable, Caller caller) {
        List<Portfolio.RolloutEntry> visible = all.rollouts().stream().filter(r -> readable.test(r.rolloutId()))
                .map(r -> entry(r, caller)).toList();
        List<Portfolio.ProgramSummary> programs = visible.size() == all.rollouts().size() ? all.programs()
                : all.programs().stream().map(program -> countedOver(program, visible)).toList();
        return new Portfolio(all.asOf(), programs, visible);
    }

    static Portfolio.RolloutEntry entry(Portfolio.RolloutEntry entry, Caller caller) {
        if (caller.hasAny(BUDGET_READERS)) {
            return entry;
        }
        return new Portfolio.RolloutEntry(entry.rolloutId(), entry.programId(), entry.programName(), entry.waveId(),
                entry.waveName(), entry.siteName(), entry.siteType(), entry.goLiveDate(), entry.daysToGoLive(),
                entry.previousGoLiveDate(), entry.goLiveMoves(), entry.beds(), entry.users(), null, null);
    }

    private static Portfolio.ProgramSummary countedOver(Portfolio.ProgramSummary program,
                                                        List<Portfolio.RolloutEntry> visible) {
        Map<String, Integer> sitesByType = new LinkedHashMap<>();
        int count = 0;
        for (Portfolio.RolloutEntry rollout : visible) {
            if (program.programId().equals(rollout.programId())) {
                count++;
                sitesByType.merge(rollout.siteType(), 1, Integer::sum);
            }
        }
        return new Portfolio.ProgramSummary(program.programId(), program.name(), program.sponsor(), count,
                sitesByType, program.waves());
    }
}
