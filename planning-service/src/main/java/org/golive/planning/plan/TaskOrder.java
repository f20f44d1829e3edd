package org.golive.planning.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order a task list comes in: by scheduled start, scheduled finish, total float or title, ascending or descending,
 * and then always by task id, so that equal keys (many tasks start the same day) keep one order from page to page.
 * Tasks not yet scheduled come last either way.
 */
public record TaskOrder(Key key, boolean descending) {

    public static final TaskOrder BY_START = new TaskOrder(Key.START, false);

    public enum Key {
        START(task -> scheduled(task) == null ? null : scheduled(task).start(), Comparator.<LocalDate>naturalOrder()),
        FINISH(task -> scheduled(task) == null ? null : scheduled(task).finish(), Comparator.<LocalDate>naturalOrder()),
        FLOAT(task -> scheduled(task) == null ? null : scheduled(task).totalFloat(), Comparator.<Integer>naturalOrder()),
        NAME(task -> task.definition().title(), String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));

        private final Comparator<PlanTask> ascending;
        private final Comparator<PlanTask> descending;

        <T> Key(Function<PlanTask, T> value, Comparator<T> order) {
            this.ascending = Comparator.comparing(value, Comparator.nullsLast(order));
            this.descending = Comparator.comparing(value, Comparator.nullsLast(order.reversed()));
        }

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }

        private static ScheduledDates scheduled(PlanTask task) {
            return task.scheduled();
        }
    }

    public TaskOrder {
        if (key == null) {
            throw new IllegalArgumentException("A task order needs a key");
        }
    }

    /**
     * An order as a client writes it: {@code start}, {@code finish}, {@code float} or {@code name}, optionally followed
     * by {@code ,asc} or {@code ,desc}.
     *
     * @throws IllegalArgumentException naming what is accepted, in words fit for the client
     */
    public static TaskOrder parse(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split(",", -1);
        Key key = null;
        for (Key candidate : Key.values()) {
            if (candidate.text().equals(parts[0].strip())) {
                key = candidate;
            }
        }
        String direction = parts.length > 1 ? parts[1].strip() : "asc";
        if (key == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new IllegalArgumentException("must be start, finish, float or name, optionally followed by ,asc"
                    + " or ,desc");
        }
        return new TaskOrder(key, direction.equals("desc"));
    }

    /** How {@link #parse} reads it back: {@code finish,desc}, or the key alone when ascending. */
    public String text() {
        return descending ? key.text() + ",desc" : key.text();
    }

    Comparator<PlanTask> comparator() {
        return (descending ? key.descending : key.ascending).thenComparing(PlanTask::id);
    }
}
