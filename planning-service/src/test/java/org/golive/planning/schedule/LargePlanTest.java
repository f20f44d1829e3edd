package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.golive.planning.schedule.Plans.date;
import static org.golive.planning.schedule.Plans.fs;
import static org.golive.planning.schedule.Plans.task;

/** Plans of thousands of tasks: no recursion to overflow the stack, and the same answers as the slow reference. */
class LargePlanTest {

    private static final int CHAIN = 10_000;

    @Test
    void aTenThousandTaskChainSchedulesWithoutOverflowingTheStack() {
        Schedule schedule = new Scheduler().schedule(chain(), Plans.WEEKDAYS);

        // One working day each from Mon 2026-03-02: the last task is the 10,000th working day.
        LocalDate lastDay = Plans.WEEKDAYS.plusWorkingDays(date(3, 2), CHAIN - 1);
        assertThat(schedule.task("c9999").start()).isEqualTo(lastDay);
        assertThat(schedule.finish()).isEqualTo(lastDay);
        assertThat(schedule.criticalPath()).hasSize(CHAIN).startsWith("c0", "c1").endsWith("c9998", "c9999");
    }

    @Test
    void aChainListedBackwardsGivesTheSameSchedule() {
        List<ScheduleTask> backwards = new ArrayList<>(chain());
        Collections.reverse(backwards);

        Schedule forwards = new Scheduler().schedule(chain(), Plans.WEEKDAYS);
        Schedule reversed = new Scheduler().schedule(backwards, Plans.WEEKDAYS);

        assertThat(reversed.task("c5000")).isEqualTo(forwards.task("c5000"));
        assertThat(reversed.criticalPath()).isEqualTo(forwards.criticalPath());
    }

    /**
     * 5,000 tasks, each linked to up to three earlier ones (mostly near it, so chains run deep) by all four link
     * types with leads and lags, milestones, start-no-earlier-than dates, deadlines, tasks done and in progress,
     * holidays and worked Saturdays; listed shuffled. Every field of every task must match the reference.
     */
    @Test
    void aRandomPlanMatchesTheSlowReference() {
        for (long seed : new long[] {1, 2, 3}) {
            Random random = new Random(seed);
            Set<LocalDate> holidays = randomDays(random, 30);
            Set<LocalDate> saturdays = new HashSet<>();
            for (LocalDate holiday : randomDays(random, 10)) {
                saturdays.add(holiday.with(DayOfWeek.SATURDAY));
            }
            Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            WorkCalendar calendar = WorkCalendar.of(weekdays, holidays, saturdays);
            List<ScheduleTask> plan = randomPlan(random, 5_000);

            Schedule schedule = new Scheduler().schedule(plan, calendar);
            Map<String, ScheduledTask> expected = new ReferenceScheduler(
                    day -> saturdays.contains(day) || weekdays.contains(day.getDayOfWeek()) && !holidays.contains(day),
                    LocalDate.of(1990, 1, 1), LocalDate.of(2070, 1, 1))
                    .schedule(plan);

            Map<String, ScheduledTask> days = new java.util.LinkedHashMap<>();
            schedule.tasks().forEach((id, task) -> days.put(id, task.days()));
            assertThat(days).as("seed %d", seed).containsExactlyEntriesOf(expected);
            List<String> critical = expected.values().stream().filter(ScheduledTask::critical)
                    .map(ScheduledTask::id).toList();
            assertThat(schedule.criticalPath()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(critical)
                    .isSortedAccordingTo((a, b) -> expected.get(a).start().compareTo(expected.get(b).start()));
            assertThat(schedule.tasks().values()).as("seed %d: the plan exercises every case", seed)
                    .anyMatch(task -> task.totalFloat() < 0)
                    .anyMatch(task -> task.totalFloat() > 0)
                    .anyMatch(task -> task.start().equals(task.finish()))
                    .anyMatch(task -> task.freeFloat() > 0 && task.freeFloat() < task.totalFloat());
        }
    }

    /**
     * The same random plan on the wall-clock axis (one unlinked task on a calendar of its own switches the plan to
     * it): every day-level field of the other tasks must be what the working-minute axis gives.
     */
    @Test
    void theClockAxisGivesADayPlanTheDatesOfTheWorkingAxis() {
        Random random = new Random(7);
        Set<LocalDate> holidays = randomDays(random, 30);
        WorkCalendar calendar = WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays, Set.of());
        List<ScheduleTask> plan = randomPlan(random, 2_000);
        List<ScheduleTask> withAside = new ArrayList<>(plan);
        ScheduleTask aside = plan.stream().filter(t -> t.startNoEarlierThan() != null).findFirst().orElseThrow();
        withAside.add(ScheduleTask.of("aside", 1).withStartNoEarlierThan(aside.startNoEarlierThan())
                .withCalendar(WorkCalendar.aroundTheClock()));

        Schedule working = new Scheduler().schedule(plan, calendar);
        Schedule clock = new Scheduler().schedule(withAside, calendar);

        for (ScheduleTask task : plan) {
            assertThat(clock.task(task.id()).days()).as(task.id()).isEqualTo(working.task(task.id()).days());
            assertThat(clock.task(task.id()).startTime()).as(task.id()).isEqualTo(working.task(task.id()).startTime());
        }
    }

    private static List<ScheduleTask> chain() {
        List<ScheduleTask> chain = new ArrayList<>(CHAIN);
        chain.add(task("c0", 1).withStartNoEarlierThan(date(3, 2)));
        IntStream.range(1, CHAIN).forEach(i -> chain.add(task("c" + i, 1, fs("c" + (i - 1)))));
        return chain;
    }

    private static List<ScheduleTask> randomPlan(Random random, int size) {
        LinkType[] types = LinkType.values();
        List<ScheduleTask> plan = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int duration = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(15);
            List<Link> links = new ArrayList<>();
            for (int k = i == 0 ? 0 : random.nextInt(4); k > 0; k--) {
                int predecessor = random.nextInt(5) > 0 ? Math.max(0, i - 1 - random.nextInt(60)) : random.nextInt(i);
                links.add(new Link("T" + predecessor, types[random.nextInt(types.length)], random.nextInt(9) - 3));
            }
            LocalDate startNoEarlierThan = i == 0 || random.nextInt(20) == 0 ? someDay(random) : null;
            LocalDate deadline = random.nextInt(30) == 0 ? someDay(random).plusDays(random.nextInt(700)) : null;
            Progress progress = Progress.NONE;
            int started = random.nextInt(50);
            if (started == 0) {
                LocalDate actualStart = someDay(random);
                progress = Progress.done(actualStart, actualStart.plusDays(duration == 0 ? 0 : random.nextInt(20)));
            } else if (started == 1) {
                progress = Progress.startedOn(someDay(random));
            }
            plan.add(new ScheduleTask("T" + i, duration, links, startNoEarlierThan, deadline, progress));
        }
        Collections.shuffle(plan, random);
        return plan;
    }

    private static Set<LocalDate> randomDays(Random random, int count) {
        Set<LocalDate> days = new HashSet<>();
        while (days.size() < count) {
            days.add(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(3 * 365)));
        }
        return days;
    }

    private static LocalDate someDay(Random random) {
        return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400));
    }
}
