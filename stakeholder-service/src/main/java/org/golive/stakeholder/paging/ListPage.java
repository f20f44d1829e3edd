package org.golive.stakeholder.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a sorted list.
 *
 * @param total      how many items match, over all pages
 * @param totalPages how many pages of {@code size} they fill (0 when none match)
 * @param links      the pages around this one as relative references, as planning's task list gives them
 */
public record ListPage<T>(List<T> items, int page, int size, int total, int totalPages, PageLinks links) {

    public <V> ListPage<V> map(Function<T, V> view) {
        return new ListPage<>(items.stream().map(view).toList(), page, size, total, totalPages, links);
    }
}
