package org.golive.planning.msproject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves links that touch summary tasks onto the leaf tasks under them, as MS Project schedules them: a summary's
 * predecessor holds back every task under it, and a link from a summary waits for every task under it. Leaf-to-leaf
 * links pass through unchanged; duplicates are merged.
 */
final class SummaryLinks {

    /** A link between tasks by their index in the imported order; {@code lag} as in {@link ImportedLink#lag()}. */
    record Link(int predecessor, int successor, String type, int lagDays, String lag) {

        Link(int predecessor, int successor, String type, int lagDays) {
            this(predecessor, successor, type, lagDays, null);
        }
    }

    private final Outline outline;
    private final List<String> uids;
    private final List<String> names;

    SummaryLinks(Outline outline, List<String> uids, List<String> names) {
        this.outline = outline;
        this.uids = uids;
        this.names = names;
    }

    /** The predecessor links of every task, by index; summary tasks end up with none. */
    List<List<ImportedLink>> expand(List<Link> links, List<String> warnings) {
        List<Set<ImportedLink>> bySuccessor = new ArrayList<>();
        for (int i = 0; i < uids.size(); i++) {
            bySuccessor.add(new LinkedHashSet<>());
        }
        for (Link link : links) {
            boolean touchesSummary = outline.isSummary(link.predecessor()) || outline.isSummary(link.successor());
            if (!touchesSummary) {
                bySuccessor.get(link.successor()).add(imported(link.predecessor(), link));
                continue;
            }
            if (outline.isUnder(link.successor(), link.predecessor())
                    || outline.isUnder(link.predecessor(), link.successor())) {
                warnings.add("link " + describe(link) + " between a summary task and a task under it is dropped");
                continue;
            }
            int added = 0;
            for (int successor : outline.leavesUnder(link.successor())) {
                for (int predecessor : outline.leavesUnder(link.predecessor())) {
                    if (bySuccessor.get(successor).add(imported(predecessor, link))) {
                        added++;
                    }
                }
            }
            warnings.add("link " + describe(link) + " touches a summary task: replaced by " + added
                    + " link(s) between the leaf tasks under it");
        }
        return bySuccessor.stream().map(set -> (List<ImportedLink>) List.copyOf(set)).toList();
    }

    private ImportedLink imported(int predecessor, Link link) {
        return new ImportedLink(uids.get(predecessor), link.type(), link.lagDays(), link.lag());
    }

    private String describe(Link link) {
        String lag = link.lag() != null ? (link.lag().startsWith("-") ? "" : "+") + link.lag()
                : link.lagDays() == 0 ? "" : (link.lagDays() > 0 ? "+" : "") + link.lagDays() + "d";
        return task(link.predecessor()) + " " + link.type() + lag + " " + task(link.successor());
    }

    private String task(int index) {
        return "UID " + uids.get(index) + " '" + names.get(index) + "'";
    }
}
