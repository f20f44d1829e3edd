package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.planning.schedule.Plans.WEEKDAYS;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.task;

/**
 * The engine's own input: built once, task by task or from {@link ScheduleTask}s, and scheduled as often as the caller
 * likes; the same plan gives the same schedule whichever way it came in.
 */
class SchedulePlanTest {

    private static final Scheduler SCHEDULER = new Scheduler();

    /** Design from Mon 2 March; build 3 days in hours after it, 1 h later; go-live when both are done. */
    private static List<ScheduleTask> tasks() {
        return List.of(
                task("design", 5).withStartNoEarlierThan(date(3, 2)),
                task("build", 0, new Link("design", LinkType.FINISH_TO_START, ScheduleDuration.hours(1)))
                        .withDuration(ScheduleDuration.hours(24)),
                task("review", 2, new Link("design", LinkType.START_TO_START, 2))
                        .withConstraint(Constraint.of(ConstraintType.FNLT, date(3, 10))),
                task("go-live", 0, fs("build"), fs("review")).withDeadline(date(3, 31))
                        .withProgress(Progress.NONE));
    }

    private static SchedulePlan built() {
        return SchedulePlan.builder(2)
                .task("design", ScheduleDuration.days(5), date(3, 2), null, null, null, null)
                .task("build", ScheduleDuration.hours(24), null, null, Progress.NONE, null, null)
                .link("design", LinkType.FINISH_TO_START, ScheduleDuration.hours(1))
                .task("review", ScheduleDuration.days(2), null, null, null,
                        Constraint.of(ConstraintType.FNLT, date(3, 10)), null)
                .link("design", LinkType.START_TO_START, ScheduleDuration.days(2))
                .task("go-live", null, null, date(3, 31), null, Constraint.ASAP, null)
                .link("build", LinkType.FINISH_TO_START, null)
                .link("review", LinkType.FINISH_TO_START, ScheduleDuration.days(0))
                .build();
    }

    @Test
    void aPlanBuiltTaskByTaskSchedulesAsTheSameTasksDo() {
        Schedule fromTasks = SCHEDULER.schedule(tasks(), WEEKDAYS);
        SchedulePlan plan = built();

        assertThat(SCHEDULER.schedule(plan, WEEKDAYS, null)).isEqualTo(fromTasks);
        assertThat(fromTasks.task("build").finishTime()).as("24 h from Mon 9 at 09:00")
                .isEqualTo(date(3, 12).atTime(9, 0));
        assertThat(plan.size()).isEqualTo(4);
        assertThat(plan.positionOf("review")).isEqualTo(2);
        assertThat(plan.id(3)).isEqualTo("go-live");
        assertThat(plan.positionOf("nothing")).isEqualTo(-1);
    }

    @Test
    void aKeptPlanSchedulesAgainOnAnotherCalendarAndStatusDateAsAFreshOneWould() {
        SchedulePlan kept = SchedulePlan.of(tasks());
        WorkCalendar easter = WorkCalendar.mondayToFriday(List.of(date(3, 3), date(3, 4)));
        LocalDate status = date(3, 3);

        Schedule first = SCHEDULER.schedule(kept, WEEKDAYS, null);
        Schedule onEaster = SCHEDULER.schedule(kept, easter, status);
        Schedule again = SCHEDULER.schedule(kept, WEEKDAYS, null);

        assertThat(onEaster).isEqualTo(SCHEDULER.schedule(tasks(), easter, status));
        assertThat(onEaster.task("design").start()).as("after the status date, a holiday").isEqualTo(date(3, 5));
        assertThat(onEaster.task("design").finish()).isEqualTo(date(3, 11));
        assertThat(again).isEqualTo(first).isEqualTo(SCHEDULER.schedule(tasks(), WEEKDAYS, null));
    }

    @Test
    void theRulesOfOneTaskAreChecked() {
        assertThatThrownBy(() -> SchedulePlan.builder(1).task("a", ScheduleDuration.days(-1), null, null, null, null,
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative duration");
        assertThatThrownBy(() -> SchedulePlan.builder(1).task("a", null, date(3, 2), null, null,
                Constraint.of(ConstraintType.MSO, date(3, 3)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two constraints");
        assertThatThrownBy(() -> SchedulePlan.builder(1).task("a", null, date(3, 2), null, null, null, null)
                .link("a", LinkType.FINISH_TO_START, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot depend on itself");
        assertThatThrownBy(() -> SchedulePlan.builder(1).link("a", LinkType.FINISH_TO_START, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a task");
    }

    @Test
    void aSnetConstraintIsTheStartNoEarlierThanDate() {
        SchedulePlan plan = SchedulePlan.builder(1)
                .task("a", ScheduleDuration.days(1), null, null, null, Constraint.of(ConstraintType.SNET, date(3, 4)),
                        null)
                .build();

        assertThat(SCHEDULER.schedule(plan, WEEKDAYS, null).task("a").start()).isEqualTo(date(3, 4));
    }

    @Test
    void thePlanIsCheckedWholeWhenBuilt() {
        assertThatThrownBy(() -> SchedulePlan.builder(2)
                .task("a", null, date(3, 2), null, null, null, null).link("b", LinkType.FINISH_TO_START, null)
                .task("b", null, null, null, null, null, null).link("a", LinkType.FINISH_TO_START, null)
                .build()).isInstanceOf(DependencyCycleException.class);
        assertThatThrownBy(() -> SchedulePlan.builder(2)
                .task("a", null, date(3, 2), null, null, null, null).link("c", LinkType.FINISH_TO_START, null)
                .build()).isInstanceOf(UnknownPredecessorException.class);
        assertThatThrownBy(() -> SchedulePlan.builder(2)
                .task("a", null, date(3, 2), null, null, null, null).task("a", null, null, null, null, null, null)
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate task id a");
        assertThat(SCHEDULER.schedule(SchedulePlan.builder(0).build(), WEEKDAYS, null).tasks()).isEmpty();
    }

    @Test
    void theBuilderGrowsPastWhatItExpected() {
        SchedulePlan.Builder builder = SchedulePlan.builder(1);
        builder.task("t0", ScheduleDuration.days(1), date(3, 2), null, null, null, null);
        for (int i = 1; i < 50; i++) {
            builder.task("t" + i, ScheduleDuration.days(1), null, null, null, null, null)
                    .link("t" + (i - 1), LinkType.FINISH_TO_START, null)
                    .link("t0", LinkType.START_TO_START, null)
                    .link("t0", LinkType.FINISH_TO_START, null);
        }

        Schedule schedule = SCHEDULER.schedule(builder.build(), WEEKDAYS, null);

        assertThat(schedule.task("t49").start()).as("50 one-day tasks in a row: ten weeks")
                .isEqualTo(date(5, 8));
        assertThat(schedule.criticalPath()).hasSize(50);
    }
}
