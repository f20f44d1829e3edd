package org.golive.benchmarks;

import org.golive.planning.schedule.Link;
import org.golive.planning.schedule.Schedule;
import org.golive.planning.schedule.ScheduleDuration;
import org.golive.planning.schedule.SchedulePlan;
import org.golive.planning.schedule.ScheduleTask;
import org.golive.planning.schedule.Scheduler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rescheduling a site plan, as the planning service does on every change: the plan as it stands, and the plan
 * after moving go-live by two weeks (every anchored date shifts, the tasks are rebuilt, then scheduled).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The 10,000-task case needs several seconds of warm-up on two shared cores before the JIT has settled.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScheduleBenchmark {

    @Param({"2000", "10000"})
    public int tasks;

    /** {@code true}: one linked task in twenty also carries an SNLT, FNET, FNLT, MSO, MFO or ALAP constraint. */
    @Param({"false", "true"})
    public boolean constraints;

    /**
     * {@code true}: one task in ten lasts hours instead of days (its days times 8, less 3 hours), one link in ten
     * has a lag in hours, and the plan is scheduled against a status date 30 days after its start (session 7).
     */
    @Param({"false", "true"})
    public boolean hours;

    /**
     * 0: the generator's links (14,440 at 10,000 tasks); 2: hand-overs added up to two links a task (20,000 at
     * 10,000 tasks, the target plan; session 10).
     */
    @Param({"0"})
    public int linksPerTask;

    private final Scheduler scheduler = new Scheduler();
    private SitePlan plan;
    private List<ScheduleTask> current;
    /** {@link #current} as the engine reads it, built once (session 12). */
    private SchedulePlan kept;
    private LocalDate statusDate;

    @Setup
    public void generatePlan() {
        plan = SitePlan.generate(tasks, 20260302L, constraints, linksPerTask);
        current = plan.tasks(plan.goLive());
        if (hours) {
            current = inHours(current);
            statusDate = scheduler.schedule(current, plan.calendar()).start().plusDays(30);
        }
        kept = SchedulePlan.of(current);
        Schedule schedule = scheduler.schedule(current, plan.calendar(), statusDate);
        System.out.printf("%nplan: %d tasks, %d links, %d constrained, %s .. %s, %d critical%n", current.size(),
                plan.links(), plan.constrained(), schedule.start(), schedule.finish(),
                schedule.criticalPath().size());
    }

    /** From the task objects, as every session measured: the plan read into the engine's arrays, then scheduled. */
    @Benchmark
    public Schedule reschedule() {
        return scheduler.schedule(current, plan.calendar(), statusDate);
    }

    /** The plan the engine read once ({@link SchedulePlan}) scheduled again, as a caller that keeps it pays. */
    @Benchmark
    public Schedule rescheduleKeptPlan() {
        return scheduler.schedule(kept, plan.calendar(), statusDate);
    }

    @Benchmark
    public Schedule moveGoLiveByFourteenDays() {
        List<ScheduleTask> moved = plan.tasks(plan.goLive().plusDays(14));
        return scheduler.schedule(hours ? inHours(moved) : moved, plan.calendar(), statusDate);
    }

    private static List<ScheduleTask> inHours(List<ScheduleTask> tasks) {
        List<ScheduleTask> changed = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            ScheduleTask task = tasks.get(i);
            List<Link> links = new ArrayList<>(task.predecessors().size());
            for (int k = 0; k < task.predecessors().size(); k++) {
                Link link = task.predecessors().get(k);
                links.add((i + k) % 10 == 3 ? new Link(link.predecessorId(), link.type(),
                        ScheduleDuration.hours(link.lagDays() * 8L + 2)) : link);
            }
            ScheduleTask relinked = new ScheduleTask(task.id(), task.durationDays(), links, task.startNoEarlierThan(),
                    task.deadline(), task.progress(), task.constraint(), task.duration(), task.calendar());
            changed.add(i % 10 == 7 && task.durationDays() > 0
                    ? relinked.withDuration(ScheduleDuration.hours(task.durationDays() * 8L - 3)) : relinked);
        }
        return changed;
    }
}
