package org.golive.stakeholder.communication;

import org.golive.platform.problem.ForbiddenException;
import org.golive.platform.security.Caller;
import org.golive.platform.security.Role;
import org.golive.platform.security.RolloutAccess;
import org.golive.stakeholder.communication.audience.RolloutCalendar;
import org.golive.stakeholder.communication.audience.Scope;
import org.springframework.stereotype.Component;

import java.util.EnumSet;

/**
 * Object-level rules for plans and communications: a rollout's are its project manager's (and the program-wide roles'
 * as {@link RolloutAccess} says); a program's are changed by the PMO admin only, and read by whoever may read one of
 * its rollouts.
 */
@Component
public class ScopeAccess {

    private final RolloutAccess access;
    private final RolloutCalendar calendar;

    ScopeAccess(RolloutAccess access, RolloutCalendar calendar) {
        this.access = access;
        this.calendar = calendar;
    }

    public void mayRead(Scope scope) {
        if (!scope.isProgram()) {
            access.check(scope.rolloutId(), RolloutAccess.Action.READ);
        } else if (calendar.ofProgram(scope.programId()).stream()
                .noneMatch(r -> access.may(r.rolloutId(), RolloutAccess.Action.READ))) {
            throw new ForbiddenException("You manage no rollout of program " + scope.programId());
        }
    }

    public void mayChange(Scope scope) {
        if (!scope.isProgram()) {
            access.check(scope.rolloutId(), RolloutAccess.Action.CHANGE);
        } else if (!Caller.current().hasAny(EnumSet.of(Role.PMO_ADMIN))) {
            throw new ForbiddenException("Only the PMO plans and sends a whole program's communications");
        }
    }
}
