package org.golive.stakeholder.paging;

import java.util.List;

/** Which page of a list to answer, and in what order the whole list is sorted before it is cut into pages. */
public record PageQuery<T>(int page, int size, Sorting.Order<T> order) {

    /** As planning's task list: a page is at most a few hundred kilobytes. */
    public static final int MAX_PAGE_SIZE = 500;
    public static final int DEFAULT_PAGE_SIZE = 50;

    /**
     * This page of {@code items}, sorted whole first.
     *
     * @param filters the list's other parameters in their canonical spelling ({@code rolloutId=…&status=OPEN}, or
     *                empty): the links repeat them
     */
    public ListPage<T> of(List<T> items, String filters) {
        List<T> sorted = items.stream().sorted(order.comparator()).toList();
        long from = (long) page * size;
        List<T> slice = from >= sorted.size() ? List.of()
                : sorted.subList((int) from, (int) Math.min(from + size, sorted.size()));
        int totalPages = (sorted.size() + size - 1) / size;
        int last = Math.max(totalPages - 1, 0);
        return new ListPage<>(slice, page, size, sorted.size(), totalPages, new PageLinks(link(filters, page),
                link(filters, 0), page > 0 ? link(filters, Math.min(page - 1, last)) : null,
                page < last ? link(filters, page + 1) : null, link(filters, last)));
    }

    private String link(String filters, int toPage) {
        return "?" + (filters.isEmpty() ? "" : filters + "&") + "sort=" + order.text().replace(",", "%2C")
                + "&page=" + toPage + "&size=" + size;
    }
}
