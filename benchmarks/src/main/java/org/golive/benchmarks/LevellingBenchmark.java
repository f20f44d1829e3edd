package org.golive.benchmarks;

import org.HdrHistogram.Histogram;
import org.golive.planning.resource.AssignedTask;
import org.golive.planning.resource.Hours;
import org.golive.planning.resource.Leveller;
import org.golive.planning.resource.LevellingPlan;
import org.golive.planning.resource.LevellingSite;
import org.golive.planning.resource.PoolMember;
import org.golive.planning.resource.SiteDemand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Levelling the capacity benchmark's program (100 rollouts x 2,000 assigned tasks, 500 people, two years; issue 17:
 * in 2 s or less): each task may start up to 0-10 working days later (its free float, drawn), sites go live a week
 * apart. Measures {@link Leveller#level} in this JVM: the load computed, the over-allocated weeks levelled, the load
 * computed again with the moves to name what remains. Not measured: the service's reads of the pool, the assignment
 * documents and the plans' float, nor applying the moves.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.golive.benchmarks.LevellingBenchmark [runs]</pre>
 */
public final class LevellingBenchmark {

    private LevellingBenchmark() {
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
            sites.add(new LevellingSite(demands.get(s), java.time.LocalDate.of(2028, 3, 6).plusWeeks(s), days));
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
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            LevellingPlan again = Leveller.level(pool, sites);
            histogram.recordValue((System.nanoTime() - start) / 1_000);
            if (!again.equals(plan)) {
                throw new IllegalStateException("levelling is not deterministic");
            }
        }
        System.out.printf("level the program n=%d p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", runs,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getMaxValue() / 1000.0);
        System.out.printf("load average at the end %.1f%n", CapacityBenchmark.load());
    }
}
