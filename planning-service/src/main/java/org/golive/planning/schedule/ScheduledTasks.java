package org.golive.planning.schedule;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A schedule's tasks by id in the order of the input, immutable: an array of results beside the plan's
 * {@link TaskIndex}, so that a 10,000-task schedule is two arrays rather than a hash map of 10,000 entries built and
 * then copied. {@link Schedule} keeps it as it is.
 */
final class ScheduledTasks extends AbstractMap<String, ScheduledTask> {

    private final TaskIndex index;
    private final ScheduledTask[] tasks;

    ScheduledTasks(TaskIndex index, ScheduledTask[] tasks) {
        this.index = index;
        this.tasks = tasks;
    }

    @Override
    public int size() {
        return tasks.length;
    }

    @Override
    public ScheduledTask get(Object id) {
        int position = index.positionOf(id);
        return position < 0 ? null : tasks[position];
    }

    @Override
    public boolean containsKey(Object id) {
        return index.positionOf(id) >= 0;
    }

    @Override
    public Collection<ScheduledTask> values() {
        return Collections.unmodifiableList(Arrays.asList(tasks));
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super ScheduledTask> action) {
        for (int v = 0; v < tasks.length; v++) {
            action.accept(index.id(v), tasks[v]);
        }
    }

    @Override
    public Set<Entry<String, ScheduledTask>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return tasks.length;
            }

            @Override
            public Iterator<Entry<String, ScheduledTask>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < tasks.length;
                    }

                    @Override
                    public Entry<String, ScheduledTask> next() {
                        if (next >= tasks.length) {
                            throw new NoSuchElementException();
                        }
                        int v = next++;
                        return Map.entry(index.id(v), tasks[v]);
                    }
                };
            }
        };
    }
}
