package org.golive.stakeholder.register;

import org.golive.platform.input.RefusedParameterException;
import org.golive.stakeholder.paging.Filters;
import org.golive.stakeholder.paging.ListParameters;
import org.golive.stakeholder.paging.PageQuery;
import org.golive.stakeholder.paging.Sorting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The register list's and grid's parameters, read strictly: the question, the page, and the filters for links. */
record RegisterParameters(RegisterQuery question, PageQuery<Stakeholder> page, String filters) {

    /** By name (case aside) by default, or by the engagement gap, largest first; ties by id. */
    private static final Sorting<Stakeholder> ORDERS = Sorting.byId(Stakeholder::id, "name")
            .by("name", s -> s.name().toLowerCase(Locale.ROOT), false)
            .by("engagementGap", Stakeholder::engagementGap, true);

    static RegisterParameters read(Map<String, String[]> given) {
        ListParameters parameters = new ListParameters(given, Set.of("quadrant", "roleGroup"),
                Set.of("rolloutId", "programId", "minGap"));
        String rolloutId = parameters.text("rolloutId");
        String programId = parameters.text("programId");
        if ((rolloutId == null) == (programId == null)) {
            throw new RefusedParameterException(rolloutId == null ? "rolloutId" : "programId",
                    "give either rolloutId or programId");
        }
        List<Quadrant> quadrants = parameters.enums("quadrant", Quadrant.class);
        List<RoleGroup> roleGroups = parameters.enums("roleGroup", RoleGroup.class);
        Integer minGap = parameters.number("minGap", 0, Engagement.values().length, null);
        RegisterQuery scope = rolloutId != null ? RegisterQuery.onRollout(rolloutId)
                : RegisterQuery.onProgram(programId);
        String filters = new Filters().add("rolloutId", rolloutId).add("programId", programId)
                .addEach("quadrant", quadrants).addEach("roleGroup", roleGroups).add("minGap", minGap).toString();
        return new RegisterParameters(scope.inQuadrants(quadrants).inRoleGroups(roleGroups).withGapOfAtLeast(minGap),
                parameters.page(ORDERS), filters);
    }
}
