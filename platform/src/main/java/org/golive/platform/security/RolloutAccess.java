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
        return readableIds().<Predicate<String>>map(ids -> ids::contains).orElse(id -> true);
    }

    /**
     * The rollouts the caller may read, for queries narrowed to them (so that pages and counts hold); empty when the
     * caller reads every rollout.
     */
    public Optional<Set<String>> readableIds() {
        Caller caller = Caller.current();
        if (caller.hasAny(READ_EVERYWHERE)) {
            return Optional.empty();
        }
        if (!caller.roles().contains(Role.PROJECT_MANAGER)) {
            return Optional.of(Set.of());
        }
        return Optional.of(managers.rolloutsManagedBy(caller.name()));
    }
}
