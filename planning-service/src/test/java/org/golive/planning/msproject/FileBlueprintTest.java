package org.golive.planning.msproject;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.BlueprintTask;
import org.golive.planning.plan.Dependency;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.TaskDefinition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FileBlueprintTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    /**
     * Regression: the start offset was one conditional mixing {@code int} offsets with {@code null}, so Java unboxed
     * the null and every task with predecessors and no constraint threw a NullPointerException: no file with an
     * ordinary finish-to-start link could be imported.
     */
    @Test
    void aLinkedTaskWithoutConstraintIsLeftToItsLinks() {
        ImportedPlan plan = plan(
                task("1", MONDAY, MONDAY.plusDays(1), 2, null, List.of()),
                task("2", MONDAY.plusDays(2), MONDAY.plusDays(2), 1, null, List.of(new ImportedLink("1", "FS", 0))),
                task("3", MONDAY.plusDays(7), MONDAY.plusDays(7), 1, MONDAY.plusDays(7),
                        List.of(new ImportedLink("2", "FS", 0))));

        FileBlueprint blueprint = FileBlueprint.of(plan, null);

        Map<String, TaskDefinition> tasks = blueprint.tasks().stream()
                .collect(Collectors.toMap(BlueprintTask::id, BlueprintTask::definition));
        assertThat(blueprint.anchorDate()).isEqualTo(MONDAY.plusDays(7));
        // No predecessors: starts no earlier than where the file had it.
        assertThat(tasks.get("uid-1").startOffsetDays()).isEqualTo(-7);
        // Predecessors and no constraint: no date, the links place it.
        assertThat(tasks.get("uid-2").startOffsetDays()).isNull();
        assertThat(tasks.get("uid-2").dependencies()).containsExactly(
                new Dependency("uid-1", Dependency.DependencyType.FS, 0));
        // Predecessors and a start-no-earlier-than: the constraint's date.
        assertThat(tasks.get("uid-3").startOffsetDays()).isZero();
    }

    @Test
    void scheduledAtTheFilesAnchorItLandsOnTheFilesDates() {
        ImportedPlan plan = plan(
                task("1", MONDAY, MONDAY.plusDays(1), 2, null, List.of()),
                task("2", MONDAY.plusDays(2), MONDAY.plusDays(4), 3, null, List.of(new ImportedLink("1", "FS", 0))));
        FileBlueprint blueprint = FileBlueprint.of(plan, null);

        SitePlan sitePlan = SitePlan.create(new Blueprint(null, blueprint.tasks()), blueprint.calendar(),
                blueprint.anchorDate());

        Map<String, ImportedTask> file = plan.tasks().stream()
                .collect(Collectors.toMap(ImportedTask::uid, Function.identity()));
        sitePlan.tasks().forEach(task -> {
            ImportedTask imported = file.get(task.id().substring("uid-".length()));
            assertThat(task.scheduled().start()).as(task.id()).isEqualTo(imported.start());
            assertThat(task.scheduled().finish()).as(task.id()).isEqualTo(imported.finish());
        });
    }

    @Test
    void aGoLiveMilestoneThatFollowsATaskLandsOnTheSitesGoLiveDate() {
        // The file dates the milestone at the end of cutover's day (Wednesday); the engine shows that day too (MS
        // Project's convention, since session 7). Anchored there, the site's go-live task falls on the site's date.
        ImportedPlan plan = plan(
                task("1", MONDAY, MONDAY.plusDays(2), 3, null, List.of()),
                task("2", MONDAY.plusDays(2), MONDAY.plusDays(2), 0, null, List.of(new ImportedLink("1", "FS", 0))));
        ImportedPlan named = new ImportedPlan(plan.title(), plan.start(), plan.finish(), plan.calendar(),
                List.of(plan.tasks().get(0), rename(plan.tasks().get(1), "Go-live")), List.of());

        FileBlueprint blueprint = FileBlueprint.of(named, null);
        LocalDate siteGoLive = LocalDate.of(2027, 3, 4);
        SitePlan sitePlan = SitePlan.create(new Blueprint(null, blueprint.tasks()), blueprint.calendar(),
                siteGoLive);

        assertThat(blueprint.anchorTaskId()).isEqualTo("uid-2");
        assertThat(blueprint.anchorDate()).isEqualTo(MONDAY.plusDays(2));
        assertThat(sitePlan.task("uid-2").scheduled().start()).isEqualTo(siteGoLive);
    }

    private static ImportedTask rename(ImportedTask t, String name) {
        return new ImportedTask(t.uid(), t.wbs(), name, t.outlineLevel(), t.parentUid(), t.summary(), t.milestone(),
                t.start(), t.finish(), t.durationDays(), t.durationHours(), t.constraintStartNoEarlierThan(),
                t.deadline(), t.percentComplete(), t.actualStart(), t.actualFinish(), t.predecessors(),
                t.baselineStart(), t.baselineFinish(), t.notes(), t.constraint());
    }

    private static ImportedPlan plan(ImportedTask... tasks) {
        List<ImportedTask> list = List.of(tasks);
        ImportedCalendar calendar = new ImportedCalendar("Standard", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                new TreeSet<>(), new TreeSet<>());
        return new ImportedPlan("Plan", list.get(0).start(), list.get(list.size() - 1).finish(), calendar, list,
                List.of());
    }

    private static ImportedTask task(String uid, LocalDate start, LocalDate finish, int days,
                                     LocalDate startNoEarlierThan, List<ImportedLink> predecessors) {
        return new ImportedTask(uid, uid, "Task " + uid, 1, null, false, days == 0, start, finish, days,
                BigDecimal.valueOf(days * 8L), startNoEarlierThan, null, 0, null, null, predecessors, null, null,
                null, null);
    }
}
