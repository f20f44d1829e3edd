package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plan as the engine reads it: the tasks' ids interned to positions once, the links as arrays of positions, types
 * and lags, each duration as days and minutes, and the rare facts (dates, progress, constraints, calendars) in arrays
 * that are mostly empty. Built once, by a {@link Builder} or from {@link ScheduleTask}s, it can be scheduled any
 * number of times (on another calendar, against another status date) without reading the caller's objects again: a
 * 20,000-task plan is some 60,000 of them (task, link list, link, duration, id), which outgrow a core's cache, while
 * these arrays are read front to back. Immutable and thread-safe once built.
 *
 * <p>Building checks what scheduling needs of the whole plan: unique ids, every predecessor a task of the plan, no
 * cycle ({@link IllegalArgumentException}, {@link UnknownPredecessorException}, {@link DependencyCycleException}).
 */
public final class SchedulePlan {

    final TaskGraph graph;
    final TaskFacts facts;

    private SchedulePlan(TaskGraph graph, TaskFacts facts) {
        this.graph = graph;
        this.facts = facts;
    }

    /** The plan of these tasks, in their order. */
    public static SchedulePlan of(List<ScheduleTask> tasks) {
        Builder builder = builder(tasks.size());
        for (int v = 0; v < tasks.size(); v++) {
            ScheduleTask task = tasks.get(v);
            builder.task(task.id(), task.duration(), task.startNoEarlierThan(), task.deadline(), task.progress(),
                    task.constraint(), task.calendar());
            List<Link> links = task.predecessors();
            for (int i = 0; i < links.size(); i++) {
                Link link = links.get(i);
                builder.link(link.predecessorId(), link.type(), link.lag());
            }
        }
        return builder.build();
    }

    public static Builder builder(int expectedTasks) {
        return new Builder(expectedTasks);
    }

    public int size() {
        return graph.size;
    }

    /** The id of the task at {@code position} (its place in the input). */
    public String id(int position) {
        return graph.index.id(position);
    }

    /** The position of the task with this id, or -1. */
    public int positionOf(String id) {
        return graph.index.positionOf(id);
    }

    /**
     * Collects a plan task by task: {@link #task} starts one, {@link #link} adds a link into the task last started.
     * Predecessors may come later in the order; ids are resolved once, by {@link #build}. The rules of one task are
     * {@link ScheduleTask}'s and checked as each is added.
     */
    public static final class Builder {

        private int size;
        private String[] ids;
        private long[] days;
        private long[] minutes;
        private boolean[] elapsed;
        private LocalDate[] startNoEarlierThan;
        private LocalDate[] deadline;
        private Progress[] progress;
        private Constraint[] constraint;
        private WorkCalendar[] calendar;

        private int links;
        /** Links into task v are {@code linkOffsets[v] .. linkOffsets[v + 1] - 1}. */
        private int[] linkOffsets;
        private String[] predecessorIds;
        private LinkType[] type;
        private long[] lagDays;
        private long[] lagMinutes;
        private boolean[] elapsedLag;

        private Builder(int expectedTasks) {
            int capacity = Math.max(4, expectedTasks);
            ids = new String[capacity];
            days = new long[capacity];
            minutes = new long[capacity];
            elapsed = new boolean[capacity];
            startNoEarlierThan = new LocalDate[capacity];
            deadline = new LocalDate[capacity];
            progress = new Progress[capacity];
            constraint = new Constraint[capacity];
            calendar = new WorkCalendar[capacity];
            linkOffsets = new int[capacity + 1];
            int linkCapacity = capacity * 2;
            predecessorIds = new String[linkCapacity];
            type = new LinkType[linkCapacity];
            lagDays = new long[linkCapacity];
            lagMinutes = new long[linkCapacity];
            elapsedLag = new boolean[linkCapacity];
        }

        /**
         * Starts the next task, with {@link ScheduleTask}'s meaning of each argument (null for none: a duration of
         * 0 days, no dates, no progress, no constraint, the plan's calendar).
         *
         * @throws IllegalArgumentException for a negative duration or two constraints
         */
        public Builder task(String id, ScheduleDuration duration, LocalDate notEarlierThan, LocalDate deadlineDate,
                            Progress actual, Constraint dated, WorkCalendar own) {
            Objects.requireNonNull(id, "id");
            ScheduleDuration length = duration == null ? ScheduleDuration.days(0) : duration;
            checkDuration(id, length);
            LocalDate snet = startNoEarlierThan(notEarlierThan, dated);
            Constraint other = otherConstraint(id, notEarlierThan, dated);
            if (size == ids.length) {
                growTasks();
            }
            int v = size++;
            ids[v] = id;
            boolean inDays = length.inDays();
            days[v] = inDays ? length.amount() : 0;
            minutes[v] = inDays ? 0 : length.minutes(0);
            elapsed[v] = length.elapsed();
            startNoEarlierThan[v] = snet;
            deadline[v] = deadlineDate;
            progress[v] = actual == null || !actual.isStarted() ? null : actual;
            constraint[v] = other;
            calendar[v] = own;
            linkOffsets[size] = links;
            return this;
        }

        /**
         * A link into the task last started.
         *
         * @param lag null for none
         * @throws IllegalArgumentException for a link of a task to itself, or before any task
         */
        public Builder link(String predecessorId, LinkType linkType, ScheduleDuration lag) {
            Objects.requireNonNull(predecessorId, "predecessorId");
            Objects.requireNonNull(linkType, "type");
            if (size == 0) {
                throw new IllegalArgumentException("A link needs a task to go into");
            }
            if (predecessorId.equals(ids[size - 1])) {
                throw new IllegalArgumentException("Task " + predecessorId + " cannot depend on itself");
            }
            if (links == predecessorIds.length) {
                growLinks();
            }
            int k = links++;
            ScheduleDuration length = lag == null ? ScheduleDuration.days(0) : lag;
            predecessorIds[k] = predecessorId;
            type[k] = linkType;
            boolean inDays = length.inDays();
            lagDays[k] = inDays ? length.amount() : 0;
            lagMinutes[k] = inDays ? 0 : length.minutes(0);
            elapsedLag[k] = length.elapsed();
            linkOffsets[size] = links;
            return this;
        }

        /**
         * @throws IllegalArgumentException     for a duplicate id
         * @throws UnknownPredecessorException  for a link to a task not in the plan
         * @throws DependencyCycleException     if the links loop
         */
        public SchedulePlan build() {
            String[] taskIds = Arrays.copyOf(ids, size);
            TaskGraph graph = new TaskGraph(TaskIndex.of(taskIds), Arrays.copyOf(linkOffsets, size + 1),
                    Arrays.copyOf(predecessorIds, links), Arrays.copyOf(type, links),
                    Arrays.copyOf(lagDays, links), Arrays.copyOf(lagMinutes, links), Arrays.copyOf(elapsedLag, links));
            TaskFacts facts = new TaskFacts(Arrays.copyOf(days, size), Arrays.copyOf(minutes, size),
                    Arrays.copyOf(elapsed, size), Arrays.copyOf(startNoEarlierThan, size),
                    Arrays.copyOf(deadline, size), Arrays.copyOf(progress, size), Arrays.copyOf(constraint, size),
                    Arrays.copyOf(calendar, size));
            return new SchedulePlan(graph, facts);
        }

        private void growTasks() {
            int capacity = ids.length * 2;
            ids = Arrays.copyOf(ids, capacity);
            days = Arrays.copyOf(days, capacity);
            minutes = Arrays.copyOf(minutes, capacity);
            elapsed = Arrays.copyOf(elapsed, capacity);
            startNoEarlierThan = Arrays.copyOf(startNoEarlierThan, capacity);
            deadline = Arrays.copyOf(deadline, capacity);
            progress = Arrays.copyOf(progress, capacity);
            constraint = Arrays.copyOf(constraint, capacity);
            calendar = Arrays.copyOf(calendar, capacity);
            linkOffsets = Arrays.copyOf(linkOffsets, capacity + 1);
        }

        private void growLinks() {
            int capacity = predecessorIds.length * 2;
            predecessorIds = Arrays.copyOf(predecessorIds, capacity);
            type = Arrays.copyOf(type, capacity);
            lagDays = Arrays.copyOf(lagDays, capacity);
            lagMinutes = Arrays.copyOf(lagMinutes, capacity);
            elapsedLag = Arrays.copyOf(elapsedLag, capacity);
        }
    }

    // --- the rules of one task, shared with ScheduleTask -----------------------------------------------------------

    static void checkDuration(String id, ScheduleDuration duration) {
        if (duration.amount() < 0) {
            throw new IllegalArgumentException("Task " + id + " has a negative duration: " + duration);
        }
    }

    /** A SNET constraint is kept as the start-no-earlier-than date, so that each constraint has one form. */
    static LocalDate startNoEarlierThan(LocalDate startNoEarlierThan, Constraint constraint) {
        return startNoEarlierThan == null && constraint != null && constraint.type() == ConstraintType.SNET
                ? constraint.date() : startNoEarlierThan;
    }

    /**
     * The constraint other than start-no-earlier-than, or null (ASAP is none).
     *
     * @throws IllegalArgumentException for a start-no-earlier-than date beside another constraint
     */
    static Constraint otherConstraint(String id, LocalDate startNoEarlierThan, Constraint constraint) {
        if (constraint == null || constraint.type() == ConstraintType.ASAP
                || constraint.type() == ConstraintType.SNET && startNoEarlierThan == null) {
            return null;
        }
        if (startNoEarlierThan != null) {
            throw new IllegalArgumentException("Task " + id + " has two constraints: start no earlier than "
                    + startNoEarlierThan + " and " + constraint.type());
        }
        return constraint;
    }
}
