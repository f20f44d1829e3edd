package org.golive.stakeholder.communication.audience;

import org.golive.stakeholder.register.Quadrant;
import org.golive.stakeholder.register.RegisterQuery;
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

    /** The register's question for the groups part of this audience (the named part is asked apart: a union). */
    RegisterQuery groupsIn(Scope scope) {
        RegisterQuery inScope = scope.isProgram() ? RegisterQuery.onProgram(scope.programId())
                : RegisterQuery.onRollout(scope.rolloutId());
        return inScope.inRoleGroups(roleGroups).inQuadrants(quadrants);
    }
}
