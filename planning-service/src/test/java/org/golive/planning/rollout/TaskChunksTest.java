package org.golive.planning.rollout;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.BlueprintTask;
import org.golive.planning.plan.Source;
import org.bson.Document;
import org.bson.types.Binary;
import org.golive.planning.plan.Dependency;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.ProgressReport;
import org.golive.planning.plan.Raci;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.TaskDefinition;
import org.golive.planning.plan.TaskStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chunked stored form of a plan's tasks gives back exactly the tasks it was made of, and names what changed. */
class TaskChunksTest {

    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 7);

    /** {@code size} tasks in chains of five, with every field of a task filled somewhere. */
    private static SitePlan plan(int size) {
        List<BlueprintTask> tasks = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<Dependency> after = i % 5 == 0 ? List.of()
                    : List.of(new Dependency("t" + (i - 1), Dependency.DependencyType.values()[i % 4], i % 3 - 1));
            Raci raci = new Raci(List.of("analyst-" + i), "director", List.of("vendor"), List.of("pmo", "cmio"));
            tasks.add(new BlueprintTask("t" + i, new TaskDefinition("1." + i, "build",
                    "Task " + i + " « é »", i % 5 == 0 ? -100 - i : null, i % 7 == 0 ? 10 : null,
                    i % 11 == 0 ? 0 : 3, after, new BigDecimal("12.50"), i % 11 == 0 ? "Go/no-go" : null, raci)));
        }
        return SitePlan.create(new Blueprint(new Source("tpl", "Standard", 1, null), tasks),
                PlanCalendar.MONDAY_TO_FRIDAY, GO_LIVE);
    }

    @Test
    void tasksComeBackFromTheirChunksAsTheyWere() {
        SitePlan plan = plan(450);
        plan.recordProgress("t1", 0, new ProgressReport(TaskStatus.IN_PROGRESS, 40, LocalDate.of(2027, 1, 4),
                null), LocalDate.of(2027, 3, 1), GO_LIVE);
        List<PlanTask> tasks = plan.tasks();

        assertThat(TaskChunks.all(tasks)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        // The shape before chunk documents: each chunk's JSON as text in the rollout's document, by number.
        Document chunks = new Document();
        TaskChunks.all(tasks).forEach(chunk -> chunks.append(String.valueOf(chunk), text(TaskChunks.encode(tasks,
                chunk))));
        List<Object> mixed = new ArrayList<>();
        TaskChunks.all(tasks).forEach(chunk -> mixed.add(switch (chunk % 3) {
            case 0 -> TaskChunks.encode(tasks, chunk);
            case 1 -> text(TaskChunks.encode(tasks, chunk));
            default -> TaskChunks.encode(tasks, chunk).getData();
        }));
        Document reordered = new Document();
        for (int chunk = TaskChunks.count(tasks.size()) - 1; chunk >= 0; chunk--) {
            reordered.append(String.valueOf(chunk), chunks.get(String.valueOf(chunk)));
        }

        assertThat(TaskChunks.decode(chunks)).isEqualTo(tasks);
        assertThat(TaskChunks.decode(TaskChunks.all(tasks).stream().map(chunk -> TaskChunks.encode(tasks, chunk))
                .toList())).isEqualTo(tasks);
        assertThat(TaskChunks.decode(mixed)).as("bytes, text written before, and the driver's byte[]")
                .isEqualTo(tasks);
        assertThat(TaskChunks.decode(reordered)).as("read by number, not by stored order").isEqualTo(tasks);
        String twoHundred = "[" + String.join(",", TaskChunks.all(tasks).stream().limit(4)
                .map(chunk -> text(TaskChunks.encode(tasks, chunk)))
                .map(json -> json.substring(1, json.length() - 1)).toList()) + "]";
        assertThat(TaskChunks.decode(List.of(new Binary(twoHundred.getBytes(StandardCharsets.UTF_8)),
                TaskChunks.encode(tasks, 4)))).as("chunks of any size: 200 tasks a chunk were stored before")
                .isEqualTo(tasks.subList(0, 250));
        assertThat(TaskChunks.chunkedAsNow(List.of("a", "b", "c"), 450)).as("450 tasks in chunks of 200").isFalse();
        assertThat(TaskChunks.chunkedAsNow(List.of("a"), 40)).isTrue();
        assertThat(TaskChunks.chunkedAsNow(TaskChunks.all(tasks).stream().map(String::valueOf).toList(), 450))
                .isTrue();
    }

    @Test
    void aChunkIsItsTasksJsonAsUtf8Bytes() {
        List<PlanTask> tasks = plan(3).tasks();

        String json = text(TaskChunks.encode(tasks, 0));

        assertThat(json).startsWith("[{").contains("Task 1 « é »");
    }

    private static String text(Binary chunk) {
        return new String(chunk.getData(), StandardCharsets.UTF_8);
    }

    @Test
    void aChangeNamesTheChunksOfTheTasksItTouched() {
        SitePlan plan = plan(450);
        List<PlanTask> before = plan.tasks();
        // t405 starts a chain (t405..t409, planned from 19 January 2026): finishing it a day early moves its
        // successors, all in chunk 8 (t400..t449), and nothing else (the chain of t0 is the one that ends the plan).
        plan.recordProgress("t405", 0, new ProgressReport(TaskStatus.DONE, null, LocalDate.of(2026, 1, 19),
                LocalDate.of(2026, 1, 20)), LocalDate.of(2027, 3, 1), GO_LIVE);

        assertThat(TaskChunks.changed(before, plan.tasks())).containsExactly(8);
        assertThat(TaskChunks.changed(before, before)).isEmpty();
        List<PlanTask> added = new ArrayList<>(before);
        added.add(before.get(0));
        assertThat(TaskChunks.changed(before, added)).as("a chunk of its own for task 451").containsExactly(9);
        added.addAll(before.subList(0, 150));
        assertThat(TaskChunks.changed(before, added)).containsExactly(9, 10, 11, 12);
        assertThat(TaskChunks.changed(added, added.subList(0, 420))).containsExactly(8, 9, 10, 11, 12);
    }
}
