package org.golive.planning.msproject;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.golive.planning.msproject.Samples.link;

class SummaryLinksTest {

    // 0 Phase (1)
    // 1   Sub-phase (2)
    // 2     a (3)
    // 3     b (3)
    // 4   c (2)
    // 5 d (1)
    private final Outline outline = new Outline(List.of(1, 2, 3, 3, 2, 1));
    private final List<String> uids = List.of("10", "11", "12", "13", "14", "15");
    private final SummaryLinks links = new SummaryLinks(outline, uids, List.of("Phase", "Sub", "a", "b", "c", "d"));
    private final List<String> warnings = new ArrayList<>();

    @Test
    void theOutline() {
        assertThat(outline.isSummary(0)).isTrue();
        assertThat(outline.isSummary(1)).isTrue();
        assertThat(outline.isSummary(4)).isFalse();
        assertThat(outline.parent(3)).isEqualTo(1);
        assertThat(outline.parent(5)).isEqualTo(-1);
        assertThat(outline.number(3)).isEqualTo("1.1.2");
        assertThat(outline.number(4)).isEqualTo("1.2");
        assertThat(outline.number(5)).isEqualTo("2");
        assertThat(outline.leavesUnder(0)).containsExactly(2, 3, 4);
        assertThat(outline.leavesUnder(5)).containsExactly(5);
    }

    @Test
    void gapsInOutlineLevelsDoNotBreakTheHierarchy() {
        Outline gappy = new Outline(List.of(1, 3, 3, 1));
        assertThat(gappy.parent(1)).isZero();
        assertThat(gappy.depth(1)).isEqualTo(2);
        assertThat(gappy.number(2)).isEqualTo("1.2");
    }

    @Test
    void leafLinksPassThrough() {
        List<List<ImportedLink>> expanded = links.expand(List.of(new SummaryLinks.Link(2, 3, "FS", -1)), warnings);
        assertThat(expanded.get(3)).containsExactly(link("12", "FS", -1));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aSummarySuccessorSpreadsOverItsLeavesAtAnyDepth() {
        List<List<ImportedLink>> expanded = links.expand(List.of(new SummaryLinks.Link(5, 0, "SS", 2)), warnings);
        assertThat(expanded.get(2)).containsExactly(link("15", "SS", 2));
        assertThat(expanded.get(3)).containsExactly(link("15", "SS", 2));
        assertThat(expanded.get(4)).containsExactly(link("15", "SS", 2));
        assertThat(expanded.get(0)).isEmpty();
        assertThat(warnings).containsExactly("link UID 15 'd' SS+2d UID 10 'Phase' touches a summary task: "
                + "replaced by 3 link(s) between the leaf tasks under it");
    }

    @Test
    void aSummaryPredecessorMeansEachOfItsLeaves() {
        List<List<ImportedLink>> expanded = links.expand(List.of(new SummaryLinks.Link(1, 5, "FS", 0)), warnings);
        assertThat(expanded.get(5)).containsExactly(link("12", "FS", 0), link("13", "FS", 0));
    }

    @Test
    void aLinkBetweenASummaryAndATaskUnderItIsDropped() {
        List<List<ImportedLink>> expanded = links.expand(List.of(new SummaryLinks.Link(0, 4, "FS", 0)), warnings);
        assertThat(expanded).allMatch(List::isEmpty);
        assertThat(warnings).containsExactly(
                "link UID 10 'Phase' FS UID 14 'c' between a summary task and a task under it is dropped");
    }
}
