package org.golive.planning.plan;

import java.util.List;

/**
 * One page of the tasks a {@link TaskQuery} selected.
 *
 * @param tasks the page's tasks, in the query's order
 * @param total how many tasks matched, over all pages
 * @param page  the page's number, from 0; past the last page the page is empty, not an error
 * @param size  the most tasks a page holds
 */
public record TaskPage(List<PlanTask> tasks, int total, int page, int size) {

    public TaskPage {
        tasks = List.copyOf(tasks);
    }

    /** How many pages the matching tasks fill; 0 when none matched. */
    public int totalPages() {
        return (int) ((total + (long) size - 1) / size);
    }

    /** The last page's number: 0 when nothing matched, so that a client's "last" link always works. */
    public int lastPage() {
        return Math.max(totalPages() - 1, 0);
    }

    public boolean hasNext() {
        return page < lastPage();
    }
}
