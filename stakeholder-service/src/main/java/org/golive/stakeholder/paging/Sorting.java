package org.golive.stakeholder.paging;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The orders a list offers, by name, each followed by a tie-break on the id so that pages never overlap or skip an
 * item while the list is unchanged. A sort is {@code <name>} or {@code <name>,asc|desc}.
 */
public final class Sorting<T> {

    /** One order as asked: its canonical text (for the page links) and its comparator, tie-break included. */
    public record Order<T>(String text, Comparator<T> comparator) {
    }

    /** Per order, its comparator one way and the other: nulls last either way. */
    private final Map<String, Comparator<T>> ascending = new LinkedHashMap<>();
    private final Map<String, Comparator<T>> descending = new LinkedHashMap<>();
    private final Map<String, Boolean> descendingByDefault = new LinkedHashMap<>();
    private final Function<T, String> id;
    private final String fallback;

    private Sorting(Function<T, String> id, String fallback) {
        this.id = id;
        this.fallback = fallback;
    }

    /** @param fallback the order when none is asked; the first one added */
    public static <T> Sorting<T> byId(Function<T, String> id, String fallback) {
        return new Sorting<>(id, fallback);
    }

    /** An order by a key; nulls last whichever way. */
    public <K extends Comparable<? super K>> Sorting<T> by(String name, Function<T, K> key, boolean descending) {
        ascending.put(name, Comparator.comparing(key, Comparator.nullsLast(Comparator.<K>naturalOrder())));
        this.descending.put(name, Comparator.comparing(key, Comparator.nullsLast(Comparator.<K>reverseOrder())));
        descendingByDefault.put(name, descending);
        return this;
    }

    Order<T> parse(String text) {
        String asked = text == null ? fallback : text;
        String[] parts = asked.split(",", -1);
        if (!ascending.containsKey(parts[0].strip()) || parts.length > 2) {
            throw new IllegalArgumentException("must be one of " + String.join(", ", ascending.keySet())
                    + ", optionally with ,asc or ,desc");
        }
        String name = parts[0].strip();
        boolean downwards = descendingByDefault.get(name);
        if (parts.length == 2) {
            String direction = parts[1].strip();
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw new IllegalArgumentException("direction must be asc or desc");
            }
            downwards = direction.equals("desc");
        }
        Comparator<T> directed = (downwards ? descending : ascending).get(name);
        return new Order<>(name + (downwards ? ",desc" : ",asc"), directed.thenComparing(id));
    }
}
