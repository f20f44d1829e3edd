package org.golive.platform.security;

import org.golive.platform.problem.ForbiddenException;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Object-level checks: a project manager reads and changes only the rollouts they manage, whatever ids they try.
 * Roles that act across the whole program (PMO_ADMIN; FINANCE; VIEWER and CONTRIBUTOR for reading) are not
 * scoped. The endpoint rules have already decided whether the role may use the endpoint at all.
 */
public class RolloutAccess {

    public enum Action { READ, CHANGE }

    private static final Set<Role> READ_EVERYWHERE =
            EnumSet.of(Role.PMO_ADMIN, Role.FINANCE, Role.VIEWER, Role.CONTRIBUTOR);
    private static final Set<Role> CHANGE_EVERYWHERE = EnumSet.of(Role.PMO_ADMIN, Role.FINANCE);

    private final RolloutManagerLookup managers;

    public RolloutAccess(RolloutManagerLookup managers) {
        this.managers = managers;
    }

    /** @throws ForbiddenException when the caller may not do this to this rollout */
    public void check(String rolloutId, Action action) {
        if (!may(rolloutId, action)) {
            throw new ForbiddenException("You do not manage rollout " + rolloutId);
        }
    }

    public boolean may(String rolloutId, Action action) {
        Caller caller = Caller.current();
        if (caller.hasAny(action == Action.READ ? READ_EVERYWHERE : CHANGE_EVERYWHERE)) {
            return true;
        }
        Optional<String> manager = managers.managerOf(rolloutId);
        return caller.roles().contains(Role.PROJECT_MANAGER) && manager.isPresent()
                && manager.get().equals(caller.name());
    }

    /** For objects that belong to several rollouts (a stakeholder): allowed if allowed on any of them. */
    public boolean mayAny(Collection<String> rolloutIds, Action action) {
        Caller caller = Caller.current();
        if (caller.hasAny(action == Action.READ ? READ_EVERYWHERE : CHANGE_EVERYWHERE)) {
            return true;
        }
        return rolloutIds.stream().anyMatch(id -> may(id, action));
    }

    /** A filter for lists: the rollouts (by id) the caller may read. */
    public Predicate<String> readable() {
        Caller caller = Caller.current();
        if (caller.hasAny(READ_EVERYWHERE)) {
            return id -> true;
        }
        if (!caller.roles().contains(Role.PROJECT_MANAGER)) {
            return id -> false;
        }
        Set<String> managed = managers.rolloutsManagedBy(caller.name());
        return managed::contains;
    }
}
