package org.golive.stakeholder.communication.audience;

import org.golive.stakeholder.register.RoleGroup;

import java.util.List;
import java.util.Set;

/**
 * Who a communication is for, resolved to people only when it is sent (the register changes in between). Role groups
 * and quadrants narrow each other (clinical stakeholders to manage closely); named stakeholders are added to the
 * result. An audience that names nobody at all is refused.
 */
public record Audience(Set<RoleGroup> roleGroups, Set<Quadrant> quadrants, List<String> stakeholderIds) {

    public Audience {
        roleGroups = roleGroups == null ? Set.of() : Set.copyOf(roleGroups);
        quadrants = quadrants == null ? Set.of() : Set.copyOf(quadrants);
        stakeholderIds = stakeholderIds == null ? List.of() : List.copyOf(stakeholderIds);
    }

    /** Everyone registered in the scope. */
    public static Audience everyone() {
        return new Audience(Set.of(RoleGroup.values()), Set.of(), List.of());
    }

    public boolean isEmpty() {
        return roleGroups.isEmpty() && quadrants.isEmpty() && stakeholderIds.isEmpty();
    }

    boolean selectsGroups() {
        return !roleGroups.isEmpty() || !quadrants.isEmpty();
    }

    boolean matches(RoleGroup roleGroup, Quadrant quadrant) {
        return (roleGroups.isEmpty() || roleGroups.contains(roleGroup))
                && (quadrants.isEmpty() || quadrants.contains(quadrant));
    }
}
