package org.golive.stakeholder.register;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The power/interest grid of a rollout or program: every quadrant (empty ones too, so a client draws four cells),
 * the stakeholders not rated yet, and how many still have an engagement gap to close.
 */
record StakeholderGrid(String rolloutId, String programId, Map<Quadrant, List<StakeholderView>> quadrants,
                       List<StakeholderView> unrated, long withEngagementGap) {

    static StakeholderGrid of(RegisterQuery question, List<Stakeholder> stakeholders) {
        Map<Quadrant, List<StakeholderView>> cells = new EnumMap<>(Quadrant.class);
        for (Quadrant quadrant : Quadrant.values()) {
            cells.put(quadrant, new ArrayList<>());
        }
        List<StakeholderView> unrated = new ArrayList<>();
        for (Stakeholder s : stakeholders) {
            (s.quadrant() == null ? unrated : cells.get(s.quadrant())).add(StakeholderView.of(s));
        }
        long gaps = stakeholders.stream().filter(s -> s.engagementGap() != null && s.engagementGap() > 0).count();
        return new StakeholderGrid(question.rolloutId(), question.programId(), cells, unrated, gaps);
    }
}
