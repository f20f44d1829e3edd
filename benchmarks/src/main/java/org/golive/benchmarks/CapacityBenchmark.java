package org.golive.benchmarks;

import org.HdrHistogram.Histogram;
import org.golive.planning.resource.AssignedTask;
import org.golive.planning.resource.Assignment;
import org.golive.planning.resource.CapacityView;
import org.golive.planning.resource.Hours;
import org.golive.planning.resource.IsoWeeks;
import org.golive.planning.resource.LoadCalculator;
import org.golive.planning.resource.LoadTable;
import org.golive.planning.resource.PoolMember;
import org.golive.planning.resource.ProgramLoads;
import org.golive.planning.resource.ResourceKind;
import org.golive.planning.role.ResourceRole;
import org.golive.planning.resource.SiteDemand;
import org.golive.planning.resource.SiteLoad;
import org.golive.planning.schedule.WorkCalendar;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The capacity view of a program of 100 rollouts x 2,000 assigned tasks and a pool of 500 people over two years
 * (issue 17: answered in 200 ms p95 or less). Measures, in this JVM, without a database:
 * <ul>
 *   <li><b>answer</b>: what a capacity read does once it has the stored view: decode it (the service skips this
 *   while the stored version has not moved), pick the weeks and resources asked for, and write the JSON body;</li>
 *   <li><b>recompute</b>: the whole program's capacity and demand computed again, as every change of the program's
 *   pool, assignments or assigned tasks' dates does (the write side).</li>
 * </ul>
 * Not measured: the service's MongoDB lookups (one version projection by {@code _id} per read; the write reads the
 * program's assignment documents) and HTTP.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.golive.benchmarks.CapacityBenchmark [reads] [recomputes]</pre>
 */
public final class CapacityBenchmark {

    private static final int ROLLOUTS = 100;
    private static final int TASKS = 2_000;
    private static final int PEOPLE = 500;
    private static final LocalDate FIRST_GO_LIVE = LocalDate.of(2028, 3, 6);

    public static void main(String[] args) {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int recomputes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Random random = new Random(17);
        List<PoolMember> pool = pool();
        List<SiteDemand> sites = sites(random);
        JsonMapper json = JsonMapper.builder().build();
        System.out.printf("%d rollouts x %d tasks, %d people; %d processors, load average %.1f%n", ROLLOUTS, TASKS,
                PEOPLE, Runtime.getRuntime().availableProcessors(), load());

        LoadTable table = LoadCalculator.compute(pool, sites);
        System.out.printf("%d weeks (%s to %s), %d over-allocated resource-weeks%n", table.weeks(),
                IsoWeeks.key(table.firstMonday()), IsoWeeks.key(table.firstMonday().plusWeeks(table.weeks() - 1)),
                table.overAllocations().size());
        CapacityView.Filter everything = new CapacityView.Filter(null, null, Set.of(), null, false);
        CapacityView.Filter trainersQuarter = new CapacityView.Filter(table.firstMonday().plusWeeks(40),
                table.firstMonday().plusWeeks(52), EnumSet.of(ResourceRole.CREDENTIALED_TRAINER), null, false);
        Instant now = Instant.now();
        int bytes = json.writeValueAsBytes(CapacityView.of("program", table, everything, now)).length;
        System.out.printf("whole-program answer: %,d bytes of JSON%n", bytes);

        measure("answer, whole program (every week, every resource)", reads,
                () -> json.writeValueAsBytes(CapacityView.of("program", table, everything, now)).length);
        measure("answer, one role over a quarter", reads,
                () -> json.writeValueAsBytes(CapacityView.of("program", table, trainersQuarter, now)).length);
        measure("recompute the whole program (write side)", recomputes,
                () -> LoadCalculator.compute(pool, sites).weeks());
        // What a change of one rollout's assignments or dates costs now: that rollout spread again, the others'
        // spreads (kept by the service per assignment document version) added up, over-allocations named.
        List<SiteLoad> kept = new ArrayList<>(sites.stream().map(SiteLoad::of).toList());
        if (!sameTable(ProgramLoads.add(pool, kept), table)) {
            throw new IllegalStateException("the added-up table differs from the whole program's");
        }
        int[] changed = {0};
        measure("one rollout changed: spread it, add up the program", recomputes, () -> {
            int site = changed[0]++ % sites.size();
            kept.set(site, SiteLoad.of(sites.get(site)));
            return ProgramLoads.add(pool, kept).weeks();
        });
        System.out.printf("load average at the end %.1f%n", load());
    }

    private static boolean sameTable(LoadTable a, LoadTable b) {
        if (!a.firstMonday().equals(b.firstMonday()) || a.weeks() != b.weeks()
                || !a.overAllocations().equals(b.overAllocations())) {
            return false;
        }
        for (int i = 0; i < a.rows().size(); i++) {
            if (!java.util.Arrays.equals(a.rows().get(i).demand(), b.rows().get(i).demand())
                    || !java.util.Arrays.equals(a.rows().get(i).capacity(), b.rows().get(i).capacity())) {
                return false;
            }
        }
        return true;
    }

    private static void measure(String name, int runs, java.util.function.IntSupplier work) {
        for (int i = 0; i < Math.max(5, runs / 5); i++) {
            work.getAsInt(); // warm-up
        }
        Histogram histogram = new Histogram(3);
        long sink = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.getAsInt();
            histogram.recordValue((System.nanoTime() - start) / 1_000);
        }
        System.out.printf("%-55s n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d)%n", name, runs,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getMaxValue() / 1000.0, sink % 10);
    }

    /** 500 people: trainers, credentialed trainers, super-users, analysts, interface engineers, command center. */
    static List<PoolMember> pool() {
        ResourceRole[] roles = ResourceRole.values();
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        List<PoolMember> pool = new ArrayList<>(PEOPLE);
        for (int i = 0; i < PEOPLE; i++) {
            List<LocalDate> vacation = new ArrayList<>();
            LocalDate off = FIRST_GO_LIVE.plusWeeks(i % 90);
            for (int d = 0; d < 5; d++) {
                vacation.add(off.plusDays(d));
            }
            pool.add(new PoolMember("person-" + i, "Person " + i, ResourceKind.PERSON, roles[i % roles.length],
                    Hours.of(new BigDecimal(i % 10 == 0 ? "24" : "40")), 5,
                    WorkCalendar.of(weekdays, vacation, List.of())));
        }
        return pool;
    }

    /**
     * 100 sites going live a week apart; each task up to 21 days long in the 180 days before go-live (and 20 after),
     * one person of the pool on it: three in four with 2 to 8 hours of effort, one in four at 0.05 units. The pool is
     * then about half booked on average, with over-allocated weeks where the draws bunch up.
     */
    static List<SiteDemand> sites(Random random) {
        WorkCalendar site = WorkCalendar.mondayToFriday(List.of());
        List<SiteDemand> sites = new ArrayList<>(ROLLOUTS);
        for (int r = 0; r < ROLLOUTS; r++) {
            LocalDate goLive = FIRST_GO_LIVE.plusWeeks(r);
            List<AssignedTask> tasks = new ArrayList<>(TASKS);
            for (int t = 0; t < TASKS; t++) {
                LocalDate start = goLive.minusDays(180 - random.nextInt(200));
                LocalDate finish = start.plusDays(random.nextInt(21));
                String person = "person-" + random.nextInt(PEOPLE);
                Assignment assignment = t % 4 == 0
                        ? new Assignment(person, new BigDecimal("0.05"), null)
                        : new Assignment(person, null, BigDecimal.valueOf(2 + random.nextInt(7)));
                tasks.add(new AssignedTask("t-" + t, start, finish, false, 1, List.of(assignment)));
            }
            sites.add(new SiteDemand("rollout-" + r, site, tasks));
        }
        return sites;
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
