package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.task;

/**
 * The schedule's map of tasks is the engine's own (arrays beside the id index), not a copied hash map: it must still
 * behave as the ordered, unmodifiable map {@link Schedule} promises, ids that share a hash code included.
 */
class ScheduledTasksTest {

    /** "Aa" and "BB" have the same {@code String.hashCode()}, so they probe the same slot. */
    private static Schedule plan() {
        return new Scheduler().schedule(List.of(
                task("BB", 2, fs("Aa")),
                task("Aa", 3).withStartNoEarlierThan(date(3, 2)),
                task("C", 1, fs("BB"))), Plans.WEEKDAYS);
    }

    @Test
    void idsWithTheSameHashCodeAreTwoTasks() {
        Schedule schedule = plan();

        assertThat(schedule.task("Aa").start()).isEqualTo(date(3, 2));
        assertThat(schedule.task("BB").start()).as("after Aa's three days").isEqualTo(date(3, 5));
        assertThat(schedule.tasks()).containsKey("Aa").containsKey("BB").doesNotContainKey("Ab");
        assertThat(schedule.tasks().get("Ab")).isNull();
        assertThat(schedule.tasks().get(42)).isNull();
    }

    @Test
    void itIsTheInputsOrderAndEqualsAnOrdinaryMapOfTheSameTasks() {
        Map<String, ScheduledTask> tasks = plan().tasks();
        Map<String, ScheduledTask> copy = new LinkedHashMap<>(tasks);

        assertThat(tasks.keySet()).containsExactly("BB", "Aa", "C");
        assertThat(tasks.values()).extracting(ScheduledTask::id).containsExactly("BB", "Aa", "C");
        assertThat(tasks).isEqualTo(copy).hasSameHashCodeAs(copy);
        assertThat(copy).isEqualTo(tasks);
        assertThat(plan()).as("a schedule is a value").isEqualTo(plan());
    }

    @Test
    void itCannotBeChanged() {
        Map<String, ScheduledTask> tasks = plan().tasks();

        assertThatThrownBy(() -> tasks.put("D", tasks.get("C"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tasks.remove("C")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tasks.values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tasks.entrySet().iterator().next().setValue(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDuplicateIdIsStillRefused() {
        assertThatThrownBy(() -> new Scheduler().schedule(List.of(task("Aa", 1).withStartNoEarlierThan(date(3, 2)),
                task("Aa", 2)), Plans.WEEKDAYS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Duplicate task id Aa");
    }
}
