package org.golive.benchmarks;

import org.golive.planning.schedule.Schedule;
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

    private final Scheduler scheduler = new Scheduler();
    private SitePlan plan;
    private List<ScheduleTask> current;

    @Setup
    public void generatePlan() {
        plan = SitePlan.generate(tasks, 20260302L, constraints);
        current = plan.tasks(plan.goLive());
        Schedule schedule = scheduler.schedule(current, plan.calendar());
        System.out.printf("%nplan: %d tasks, %d links, %d constrained, %s .. %s, %d critical%n", current.size(),
                plan.links(), plan.constrained(), schedule.start(), schedule.finish(),
                schedule.criticalPath().size());
    }

    @Benchmark
    public Schedule reschedule() {
        return scheduler.schedule(current, plan.calendar());
    }

    @Benchmark
    public Schedule moveGoLiveByFourteenDays() {
        return scheduler.schedule(plan.tasks(plan.goLive().plusDays(14)), plan.calendar());
    }
}
