package org.golive.benchmarks;

import org.golive.planning.schedule.Constraint;
import org.golive.planning.schedule.ConstraintType;
import org.golive.planning.schedule.Link;
import org.golive.planning.schedule.LinkType;
import org.golive.planning.schedule.Progress;
import org.golive.planning.schedule.Schedule;
import org.golive.planning.schedule.ScheduleTask;
import org.golive.planning.schedule.ScheduledTask;
import org.golive.planning.schedule.Scheduler;
import org.golive.planning.schedule.WorkCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * A generated site plan shaped like the templates it stands for: eight phases of parallel workstreams, each a chain
 * of tasks ending in a sign-off milestone; workstreams anchored to the go-live date by start-no-earlier-than
 * offsets and tied to one another by links of all four types with leads and lags; a gate milestone closing each
 * phase and holding the next one back. Deadlines on the readiness gate and on go-live. The work before a status
 * date a fifth into the plan is done or under way. Holidays each year and a worked cutover weekend. The same size
 * and seed always give the same plan.
 */
final class SitePlan {

    static final String[] PHASES =
            {"initiation", "design", "build", "testing", "training", "readiness", "cutover", "stabilization"};
    /** Where each phase starts, as a fraction of the span before go-live (a negative one is after go-live). */
    static final double[] PHASE_STARTS = {1.00, 0.85, 0.70, 0.45, 0.30, 0.15, 0.03, -0.01};
    static final int WORKSTREAM_LENGTH = 10;
    static final LinkType[] CROSS_LINK_TYPES = {LinkType.FINISH_TO_START, LinkType.FINISH_TO_START,
            LinkType.FINISH_TO_START, LinkType.FINISH_TO_START, LinkType.FINISH_TO_START, LinkType.START_TO_START,
            LinkType.START_TO_START, LinkType.FINISH_TO_FINISH, LinkType.FINISH_TO_FINISH, LinkType.START_TO_FINISH};

    /** A task of the template: dates are offsets in calendar days from go-live; progress is absolute. */
    record Template(String id, int durationDays, List<Link> predecessors, Integer startOffset,
                            Integer deadlineOffset, Progress progress, ConstraintType constraint,
                            Integer constraintOffset) {

        Template(String id, int durationDays, List<Link> predecessors, Integer startOffset, Integer deadlineOffset,
                 Progress progress) {
            this(id, durationDays, predecessors, startOffset, deadlineOffset, progress, null, null);
        }

        ScheduleTask at(LocalDate goLive) {
            return new ScheduleTask(id, durationDays, predecessors,
                    startOffset == null ? null : goLive.plusDays(startOffset),
                    deadlineOffset == null ? null : goLive.plusDays(deadlineOffset), progress,
                    constraint == null ? null : new Constraint(constraint,
                            constraintOffset == null ? null : goLive.plusDays(constraintOffset)));
        }

        Template withProgress(Progress newProgress) {
            return new Template(id, durationDays, predecessors, startOffset, deadlineOffset, newProgress, constraint,
                    constraintOffset);
        }

        Template withConstraint(ConstraintType type, Integer offset) {
            return new Template(id, durationDays, predecessors, startOffset, deadlineOffset, progress, type, offset);
        }
    }

    private final LocalDate goLive;
    private final WorkCalendar calendar;
    private final List<Template> template;

    private SitePlan(LocalDate goLive, WorkCalendar calendar, List<Template> template) {
        this.goLive = goLive;
        this.calendar = calendar;
        this.template = template;
    }

    /** A plan of exactly {@code size} tasks spanning a year per 2,000 tasks, between one and five years. */
    static SitePlan generate(int size, long seed) {
        return generate(size, seed, false);
    }

    /**
     * @param constraints whether one linked task in twenty also carries one of MS Project's other constraints (SNLT,
     *                    FNET, FNLT, MSO, MFO or ALAP) near its planned dates, so some win over their links; the plan
     *                    is otherwise the same as without
     */
    static SitePlan generate(int size, long seed, boolean constraints) {
        return generate(size, seed, constraints, 0);
    }

    /**
     * @param linksPerTask 0 for the generator's own links (about 1.44 a task), else hand-overs added until the plan
     *                     has this many links a task (2: 20,000 links at 10,000 tasks, the target plan)
     */
    static SitePlan generate(int size, long seed, boolean constraints, int linksPerTask) {
        LocalDate goLive = LocalDate.of(2030, 3, 4);
        int spanDays = Math.max(365, Math.min(5 * 365, size * 365 / 2000));
        WorkCalendar calendar = calendar(goLive, spanDays);
        List<Template> tasks = new SitePlanGenerator(new Random(seed), size, spanDays).tasks();
        if (linksPerTask > 0) {
            tasks = withHandOvers(tasks, linksPerTask * size, new Random(seed + 2));
        }
        SitePlan plan = new SitePlan(goLive, calendar, tasks);
        if (constraints) {
            plan = plan.withConstraints(new Random(seed + 1));
        }
        return plan.withProgressUntil(spanDays / 5);
    }

    private static final ConstraintType[] CONSTRAINTS = {ConstraintType.SNLT, ConstraintType.FNET,
            ConstraintType.FNLT, ConstraintType.MSO, ConstraintType.MFO, ConstraintType.ALAP};

    private SitePlan withConstraints(Random random) {
        Schedule planned = new Scheduler().schedule(tasks(goLive), calendar);
        List<Template> constrained = new ArrayList<>(template.size());
        for (Template task : template) {
            if (task.startOffset() != null || task.durationDays() == 0 || random.nextInt(20) != 0) {
                constrained.add(task);
                continue;
            }
            ConstraintType type = CONSTRAINTS[random.nextInt(CONSTRAINTS.length)];
            ScheduledTask dates = planned.task(task.id());
            LocalDate near = type == ConstraintType.FNET || type == ConstraintType.FNLT || type == ConstraintType.MFO
                    ? dates.finish() : dates.start();
            int offset = (int) java.time.temporal.ChronoUnit.DAYS.between(goLive, near) + random.nextInt(11) - 5;
            constrained.add(task.withConstraint(type, type.dated() ? offset : null));
        }
        return new SitePlan(goLive, calendar, constrained);
    }

    /**
     * The plan with links from tasks of the previous phase added until it has {@code links} links (all four types,
     * a lead of up to five days or a lag of up to two), spread at random over the tasks of phases after the first
     * with fewer than two links (then three, ...). The previous phase's work ends by its gate, which the phase waits
     * for anyway, so the plan keeps its span and shape: the links add the passes' work, not years. Links only point
     * back in the list, so no loop appears.
     */
    private static List<Template> withHandOvers(List<Template> tasks, int links, Random random) {
        List<Template> linked = new ArrayList<>(tasks);
        int[] phaseStart = new int[PHASES.length + 1];
        Arrays.fill(phaseStart, -1);
        int[] phaseOf = new int[tasks.size()];
        for (int i = 0; i < tasks.size(); i++) {
            String id = tasks.get(i).id();
            phaseOf[i] = Arrays.asList(PHASES).indexOf(id.substring(0, Math.max(0, id.indexOf('-'))));
            if (phaseOf[i] >= 0 && phaseStart[phaseOf[i]] < 0) {
                phaseStart[phaseOf[i]] = i;
            }
        }
        int missing = links - tasks.stream().mapToInt(task -> task.predecessors().size()).sum();
        for (int round = 0; missing > 0 && round < 10; round++) {
            int limit = 2 + round;
            int eligible = 0;
            for (int i = 0; i < linked.size(); i++) {
                eligible += phaseOf[i] > 0 && linked.get(i).predecessors().size() < limit ? 1 : 0;
            }
            double chance = Math.min(1.0, (double) missing / Math.max(1, eligible));
            for (int i = 0; i < linked.size() && missing > 0; i++) {
                Template task = linked.get(i);
                if (phaseOf[i] <= 0 || task.predecessors().size() >= limit || random.nextDouble() >= chance) {
                    continue;
                }
                int previous = phaseStart[phaseOf[i] - 1];
                String from = linked.get(previous + random.nextInt(phaseStart[phaseOf[i]] - previous)).id();
                if (task.predecessors().stream().anyMatch(link -> link.predecessorId().equals(from))) {
                    continue;
                }
                List<Link> predecessors = new ArrayList<>(task.predecessors());
                predecessors.add(new Link(from, CROSS_LINK_TYPES[random.nextInt(CROSS_LINK_TYPES.length)],
                        random.nextInt(8) - 5));
                linked.set(i, new Template(task.id(), task.durationDays(), predecessors, task.startOffset(),
                        task.deadlineOffset(), task.progress(), task.constraint(), task.constraintOffset()));
                missing--;
            }
        }
        return linked;
    }

    int constrained() {
        return (int) template.stream().filter(task -> task.constraint() != null).count();
    }

    LocalDate goLive() {
        return goLive;
    }

    WorkCalendar calendar() {
        return calendar;
    }

    /** The plan's tasks with every offset turned into a date from {@code goLiveDate}; actual dates stay. */
    List<ScheduleTask> tasks(LocalDate goLiveDate) {
        List<ScheduleTask> tasks = new ArrayList<>(template.size());
        for (Template task : template) {
            tasks.add(task.at(goLiveDate));
        }
        return tasks;
    }

    int links() {
        return template.stream().mapToInt(task -> task.predecessors().size()).sum();
    }

    /** Marks what the plan had finished, or started, by {@code days} after its start as done, or under way. */
    private SitePlan withProgressUntil(int days) {
        Schedule planned = new Scheduler().schedule(tasks(goLive), calendar);
        LocalDate statusDate = planned.start().plusDays(days);
        List<Template> progressed = new ArrayList<>(template.size());
        for (Template task : template) {
            ScheduledTask dates = planned.task(task.id());
            if (dates.finish().isBefore(statusDate)) {
                progressed.add(task.withProgress(Progress.done(dates.start(), dates.finish())));
            } else if (dates.start().isBefore(statusDate)) {
                progressed.add(task.withProgress(Progress.startedOn(dates.start())));
            } else {
                progressed.add(task);
            }
        }
        return new SitePlan(goLive, calendar, progressed);
    }

    /** Monday to Friday; six US holidays a year; the weekend before go-live is worked (cutover). */
    private static WorkCalendar calendar(LocalDate goLive, int spanDays) {
        List<LocalDate> holidays = new ArrayList<>();
        for (int year = goLive.minusDays(spanDays).getYear() - 1; year <= goLive.getYear() + 1; year++) {
            holidays.add(LocalDate.of(year, 1, 1));
            holidays.add(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            holidays.add(LocalDate.of(year, 7, 4));
            holidays.add(LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
            holidays.add(LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
            holidays.add(LocalDate.of(year, 12, 25));
        }
        return WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays,
                List.of(goLive.minusDays(2), goLive.minusDays(1)));
    }
}
