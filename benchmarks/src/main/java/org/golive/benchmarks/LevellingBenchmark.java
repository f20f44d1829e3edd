package org.golive.benchmarks;

import org.HdrHistogram.Histogram;
import org.golive.planning.plan.Move;
import org.golive.planning.resource.AssignedTask;
import org.golive.planning.resource.GoLiveShifts;
import org.golive.planning.resource.Hours;
import org.golive.planning.resource.Leveller;
import org.golive.planning.resource.LevellingPlan;
import org.golive.planning.resource.LevellingSite;
import org.golive.planning.resource.PoolMember;
import org.golive.planning.resource.SiteDemand;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Levelling the capacity benchmark's program (100 rollouts x 2,000 assigned tasks, 500 people, two years; issue 17:
 * in 2 s or less): each task may start up to 0-10 working days later (its free float, drawn), sites go live a week
 * apart. Measures {@link Leveller#level} in this JVM: the load computed, the over-allocated weeks levelled, the load
 * computed again with the moves to name what remains; and, in the same runs one after the other, levelling beyond
 * float ({@link GoLiveShifts#level}, go-lives moved by at most 8 weeks), whose go-live moves here shift each task by
 * whole weeks with its float unchanged (the service reschedules each moved plan instead: not measured). Not measured:
 * the service's reads of the pool, the assignment documents and the plans' float, nor applying the moves.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.golive.benchmarks.LevellingBenchmark [runs]</pre>
 */
public final class LevellingBenchmark {

    private static final int MAX_WEEKS = 8;
    private static final LocalDate LATEST = LocalDate.of(2100, 1, 1);

    private LevellingBenchmark() {
    }

    /** A go-live moved: every task by as many days, its float unchanged (the service's plan move reschedules). */
    private static GoLiveShifts.Moved moved(LevellingSite site, LocalDate to) {
        long days = ChronoUnit.DAYS.between(site.goLiveDate(), to);
        List<AssignedTask> tasks = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        for (AssignedTask task : site.demand().tasks()) {
            tasks.add(new AssignedTask(task.taskId(), task.start().plusDays(days), task.finish().plusDays(days),
                    task.milestone(), task.revision(), task.assignments()));
            moves.add(new Move(task.taskId(), task.start(), task.finish(), task.start().plusDays(days),
                    task.finish().plusDays(days)));
        }
        return new GoLiveShifts.Moved(new LevellingSite(new SiteDemand(site.demand().rolloutId(),
                site.demand().calendar(), tasks), site.priority(), to, site.slackDays()), moves);
    }

    private static void print(String what, int runs, Histogram histogram) {
        System.out.printf("%s n=%d p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", what, runs,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getMaxValue() / 1000.0);
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Random random = new Random(17);
        List<PoolMember> pool = CapacityBenchmark.pool();
        List<SiteDemand> demands = CapacityBenchmark.sites(random);
        List<LevellingSite> sites = new ArrayList<>();
        Random slack = new Random(23);
        for (int s = 0; s < demands.size(); s++) {
            Map<String, Integer> days = new HashMap<>();
            for (AssignedTask task : demands.get(s).tasks()) {
                days.put(task.taskId(), slack.nextInt(11));
            }
            sites.add(new LevellingSite(demands.get(s), LocalDate.of(2028, 3, 6).plusWeeks(s), days));
        }
        System.out.printf("%d rollouts, %d people; %d processors, load average %.1f%n", sites.size(), pool.size(),
                Runtime.getRuntime().availableProcessors(), CapacityBenchmark.load());
        LevellingPlan plan = Leveller.level(pool, sites);
        System.out.printf("%d tasks delayed (%d working days in all); excess over capacity %s h -> %s h; %d"
                        + " over-allocated resource-weeks remain%n", plan.moves().size(),
                plan.moves().stream().mapToInt(LevellingPlan.Move::workingDays).sum(),
                Hours.text(plan.excessBefore()), Hours.text(plan.excessAfter()), plan.remaining().size());
        for (int i = 0; i < 2; i++) {
            Leveller.level(pool, sites); // warm-up
        }
        LevellingPlan beyond = GoLiveShifts.level(pool, sites, MAX_WEEKS, LATEST, LevellingBenchmark::moved);
        System.out.printf("beyond float: %d go-lives moved (%d weeks in all), %d tasks delayed; excess over capacity"
                        + " %s h -> %s h; %d over-allocated resource-weeks remain%n", beyond.goLiveChanges().size(),
                beyond.goLiveChanges().stream().mapToInt(LevellingPlan.GoLiveChange::weeks).sum(),
                beyond.moves().size(), Hours.text(beyond.excessBefore()), Hours.text(beyond.excessAfter()),
                beyond.remaining().size());
        GoLiveShifts.level(pool, sites, MAX_WEEKS, LATEST, LevellingBenchmark::moved); // warm-up
        Histogram within = new Histogram(3);
        Histogram beyondFloat = new Histogram(3);
        for (int i = 0; i < runs; i++) { // one after the other, so both see the same load
            long start = System.nanoTime();
            LevellingPlan again = Leveller.level(pool, sites);
            within.recordValue((System.nanoTime() - start) / 1_000);
            start = System.nanoTime();
            LevellingPlan beyondAgain = GoLiveShifts.level(pool, sites, MAX_WEEKS, LATEST, LevellingBenchmark::moved);
            beyondFloat.recordValue((System.nanoTime() - start) / 1_000);
            if (!again.equals(plan) || !beyondAgain.equals(beyond)) {
                throw new IllegalStateException("levelling is not deterministic");
            }
        }
        print("level the program", runs, within);
        print("level beyond float", runs, beyondFloat);
        System.out.printf("beyond float / within float, p50: %.2f%n",
                (double) beyondFloat.getValueAtPercentile(50) / within.getValueAtPercentile(50));
        System.out.printf("load average at the end %.1f%n", CapacityBenchmark.load());
    }
}
