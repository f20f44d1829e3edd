package org.golive.stakeholder.register;

import org.golive.stakeholder.paging.ListPage;
import org.golive.stakeholder.paging.PageLinks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The power/interest grid of a rollout or program, a page at a time: the page's stakeholders in their quadrants (every
 * quadrant, empty ones too, so a client draws four cells) or among those not rated yet; and, over all pages, how many
 * sit in each quadrant, how many are unrated and how many still have an engagement gap to close.
 */
record StakeholderGrid(String rolloutId, String programId, Map<Quadrant, List<StakeholderView>> quadrants,
                       List<StakeholderView> unrated, Map<Quadrant, Long> counts, long unratedCount,
                       long withEngagementGap, int page, int size, int total, int totalPages, PageLinks links) {

    static StakeholderGrid of(RegisterQuery question, List<Stakeholder> all, ListPage<Stakeholder> page) {
        Map<Quadrant, List<StakeholderView>> cells = new EnumMap<>(Quadrant.class);
        Map<Quadrant, Long> counts = new EnumMap<>(Quadrant.class);
        for (Quadrant quadrant : Quadrant.values()) {
            cells.put(quadrant, new ArrayList<>());
            counts.put(quadrant, all.stream().filter(s -> s.quadrant() == quadrant).count());
        }
        List<StakeholderView> unrated = new ArrayList<>();
        for (Stakeholder s : page.items()) {
            (s.quadrant() == null ? unrated : cells.get(s.quadrant())).add(StakeholderView.of(s));
        }
        long unratedCount = all.stream().filter(s -> s.quadrant() == null).count();
        long gaps = all.stream().filter(s -> s.engagementGap() != null && s.engagementGap() > 0).count();
        return new StakeholderGrid(question.rolloutId(), question.programId(), cells, unrated, counts, unratedCount,
                gaps, page.page(), page.size(), page.total(), page.totalPages(), page.links());
    }
}
