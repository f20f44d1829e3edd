package org.golive.stakeholder.register;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A question to the register: the stakeholders of one rollout or one program, narrowed by role groups, quadrants,
 * named stakeholders and engagement gap. An empty set means "any"; the filters combine with AND. A program's
 * stakeholders are those linked to the program and those linked to any of its rollouts. For an audience that is a
 * union ("the clinical leads, and Dr Byrne"), ask once per part.
 *
 * @param minGap only stakeholders at least this many levels below their desired engagement (null: any, including
 *               the unassessed)
 */
public record RegisterQuery(String rolloutId, String programId, Set<RoleGroup> roleGroups, Set<Quadrant> quadrants,
                           Set<String> stakeholderIds, Integer minGap) {

    public RegisterQuery {
        if ((rolloutId == null) == (programId == null)) {
            throw new IllegalArgumentException("A register query is about one rollout or one program");
        }
        roleGroups = roleGroups == null || roleGroups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roleGroups));
        quadrants = quadrants == null || quadrants.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(quadrants));
        stakeholderIds = stakeholderIds == null ? Set.of() : Set.copyOf(stakeholderIds);
    }

    public static RegisterQuery onRollout(String rolloutId) {
        return new RegisterQuery(rolloutId, null, Set.of(), Set.of(), Set.of(), null);
    }

    public static RegisterQuery onProgram(String programId) {
        return new RegisterQuery(null, programId, Set.of(), Set.of(), Set.of(), null);
    }

    public RegisterQuery inRoleGroups(Collection<RoleGroup> groups) {
        return new RegisterQuery(rolloutId, programId, Set.copyOf(groups), quadrants, stakeholderIds, minGap);
    }

    public RegisterQuery inQuadrants(Collection<Quadrant> wanted) {
        return new RegisterQuery(rolloutId, programId, roleGroups, Set.copyOf(wanted), stakeholderIds, minGap);
    }

    public RegisterQuery named(Collection<String> ids) {
        return new RegisterQuery(rolloutId, programId, roleGroups, quadrants, Set.copyOf(ids), minGap);
    }

    public RegisterQuery withGapOfAtLeast(Integer levels) {
        return new RegisterQuery(rolloutId, programId, roleGroups, quadrants, stakeholderIds, levels);
    }

    /** The filters other than the scope, checked on a stakeholder of the scope. */
    boolean admits(Stakeholder s) {
        return (roleGroups.isEmpty() || roleGroups.contains(s.roleGroup()))
                && (quadrants.isEmpty() || (s.quadrant() != null && quadrants.contains(s.quadrant())))
                && (stakeholderIds.isEmpty() || stakeholderIds.contains(s.id()))
                && (minGap == null || (s.engagementGap() != null && s.engagementGap() >= minGap));
    }
}
