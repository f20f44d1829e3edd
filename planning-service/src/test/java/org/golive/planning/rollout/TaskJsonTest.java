package org.golive.planning.rollout;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.BlueprintTask;
import org.golive.planning.plan.Dependency;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.ProgressReport;
import org.golive.planning.plan.Raci;
import org.golive.planning.plan.ScheduledDates;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.Source;
import org.golive.planning.plan.TaskDefinition;
import org.golive.planning.plan.TaskStatus;
import org.golive.planning.schedule.ConstraintType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task's hand-written JSON is byte for byte what Jackson's data binding writes for it (the form of every chunk
 * stored before), with every field set and unset; and a chunk made of known tasks' JSON is the chunk written anew.
 */
class TaskJsonTest {

    private static final JsonMapper BINDING = JsonMapper.builder().build();
    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 7);

    @Test
    void aTaskIsWrittenAsDataBindingWritesIt() {
        List<PlanTask> tasks = new ArrayList<>(scheduledPlan().tasks());
        Raci raci = new Raci(List.of("a \"quoted\" name", "back\\slash"), "tab\there", List.of("line\nbreak"),
                List.of("emoji \uD83D\uDE80", "ctl \u0001", "« é »"));
        TaskDefinition everything = new TaskDefinition("1.2.3", "cutover", "Title </script> \u2028", null, 30, 0,
                List.of(new Dependency("t0", Dependency.DependencyType.SF, -2),
                        new Dependency("t1", Dependency.DependencyType.FF, 0, "-30m")),
                new BigDecimal("12.50"), "Go/no-go", raci, ConstraintType.MFO, 14, "12eh", "24-hours", true,
                new BigDecimal("1.500"));
        TaskDefinition alap = new TaskDefinition("9", "p", "", null, null, 5, null, new BigDecimal("1E+3"), null,
                null, ConstraintType.ALAP, null);
        tasks.add(new PlanTask("full", everything, TaskStatus.DONE, 100, LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 12, 31), new ScheduledDates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(2027, 10, 9), LocalDate.of(2027, 10, 10), -3, true, -1,
                LocalDateTime.of(2027, 1, 4, 0, 0), LocalDateTime.of(2027, 1, 6, 23, 59, 59)), 42));
        tasks.add(new PlanTask("beyond-iso", alap, TaskStatus.IN_PROGRESS, 7, LocalDate.of(10_000, 1, 1),
                LocalDate.of(-1, 3, 4), new ScheduledDates(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2),
                LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 4), 0, false, null,
                LocalDateTime.of(2027, 1, 4, 8, 0, 0, 500_000_000), LocalDateTime.of(2027, 1, 4, 8, 0, 0, 1)), 1));
        tasks.add(new PlanTask("bare", alap, null, 0, null, null, new ScheduledDates(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), 0, false), 0));
        tasks.add(new PlanTask("no-definition", null, TaskStatus.NOT_STARTED, 0, null, null, null, 0));

        for (PlanTask task : tasks) {
            assertThat(text(TaskJson.bytes(task))).as(task.id()).isEqualTo(BINDING.writeValueAsString(task));
        }
        assertThat(text(TaskChunks.encode(tasks, 0).getData())).isEqualTo(BINDING.writeValueAsString(
                tasks.subList(0, TaskChunks.SIZE)));
        int last = TaskChunks.count(tasks.size()) - 1;
        assertThat(text(TaskChunks.encode(tasks, last).getData())).isEqualTo(BINDING.writeValueAsString(
                tasks.subList(last * TaskChunks.SIZE, tasks.size())));
        assertThat(text(TaskChunks.encode(List.of(), 0).getData())).isEqualTo("[]");
        assertThat(TaskChunks.decode(List.of(TaskChunks.encode(tasks.subList(0, 3), 0)))).as("read back")
                .isEqualTo(tasks.subList(0, 3));
    }

    @Test
    void aChunkOfKnownTasksIsTheChunkWrittenAnewAndEncodesOnlyWhatChanged() {
        SitePlan plan = scheduledPlan();
        List<PlanTask> before = plan.tasks();
        EncodedTasks.Builder first = new EncodedTasks.Builder();
        TaskChunks.encode(before, 0, EncodedTasks.NONE, first);
        EncodedTasks known = first.build();

        plan.recordProgress("t7", 0, new ProgressReport(TaskStatus.IN_PROGRESS, 40, LocalDate.of(2026, 1, 5), null),
                LocalDate.of(2027, 3, 1), GO_LIVE);
        List<PlanTask> after = plan.tasks();
        EncodedTasks.Builder second = new EncodedTasks.Builder();

        assertThat(TaskChunks.encode(after, 0, known, second).getData())
                .isEqualTo(TaskChunks.encode(after, 0).getData());
        long reused = after.subList(0, TaskChunks.SIZE).stream()
                .filter(task -> second.build().of(task) == known.of(task)).count();
        assertThat(reused).as("tasks whose JSON was taken as known, not written again")
                .isGreaterThan(TaskChunks.SIZE / 2).isLessThan(TaskChunks.SIZE);
        assertThat(second.build().of(plan.task("t7"))).isNotNull().isNotSameAs(known.of(before.get(7)));
    }

    /** 250 tasks in chains of five, scheduled, every other field varied. */
    private static SitePlan scheduledPlan() {
        List<BlueprintTask> tasks = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            List<Dependency> after = i % 5 == 0 ? List.of()
                    : List.of(new Dependency("t" + (i - 1), Dependency.DependencyType.values()[i % 4], i % 3 - 1));
            Raci raci = new Raci(List.of("analyst-" + i), i % 2 == 0 ? "director" : null, List.of("vendor"),
                    List.of());
            tasks.add(new BlueprintTask("t" + i, new TaskDefinition("1." + i, "build", "Task " + i + " « é »",
                    i % 5 == 0 ? -100 - i : null, i % 7 == 0 ? 10 : null, i % 11 == 0 ? 0 : 3, after,
                    i % 3 == 0 ? null : new BigDecimal("12.50"), i % 11 == 0 ? "Go/no-go" : null, raci)));
        }
        return SitePlan.create(new Blueprint(new Source("tpl", "Standard", 1, null), tasks),
                PlanCalendar.MONDAY_TO_FRIDAY, GO_LIVE);
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
