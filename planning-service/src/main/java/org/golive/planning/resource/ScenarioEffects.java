package org.golive.planning.resource;

import org.golive.planning.role.ResourceRole;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a scenario's go-live moves do, compared with the real plans: the over-allocations (resource-weeks over
 * capacity) that appear and disappear, the excess hours by role and week where they differ, and each moved
 * rollout's labour cost by month in the plan and in the scenario (the labour-cost calculator's rules). Pure: the
 * same pool and demands give the same effects.
 */
public record ScenarioEffects(int planOverAllocations, int scenarioOverAllocations,
                              List<OverAllocationChange> appearing, List<OverAllocationChange> disappearing,
                              List<RoleWeek> byRoleAndWeek, String currency, List<RolloutCost> labourCost,
                              BigDecimal labourCostDifference) {

    /** At most this many of each list are kept; the counts stay exact. */
    static final int LISTED = 500;

    /** A resource-week over capacity in one of the two, with its figures there (hours). */
    public record OverAllocationChange(String resourceId, String resourceName, ResourceRole role, String week,
                                       BigDecimal capacityHours, BigDecimal demandHours, List<String> rolloutIds) {
    }

    /** A role's hours over capacity in a week (summed over its resources), where plan and scenario differ. */
    public record RoleWeek(ResourceRole role, String week, BigDecimal excessHoursPlan,
                           BigDecimal excessHoursScenario) {
    }

    /** A moved rollout's labour cost by month (all roles), in the plan and in the scenario. */
    public record RolloutCost(String rolloutId, List<MonthCost> months, BigDecimal plan, BigDecimal scenario,
                              BigDecimal difference) {
    }

    /** @param month "2027-03" */
    public record MonthCost(String month, BigDecimal plan, BigDecimal scenario) {
    }

    /**
     * @param plan     every rollout's demand as planned
     * @param scenario the same, the moved rollouts' replaced by their demand after the move
     * @param moved    the rollouts the scenario moves, in the order listed
     */
    public static ScenarioEffects compare(List<PoolMember> pool, List<SiteDemand> plan, List<SiteDemand> scenario,
                                          Map<String, LabourCostCalculator.Rated> rated, Currency currency,
                                          List<String> moved) {
        LoadTable before = LoadCalculator.compute(pool, plan);
        LoadTable after = LoadCalculator.compute(pool, scenario);
        Map<String, ResourceRole> roles = pool.stream()
                .collect(Collectors.toMap(PoolMember::resourceId, PoolMember::role, (a, b) -> a));
        Map<String, LoadTable.OverAllocation> was = byKey(before);
        Map<String, LoadTable.OverAllocation> is = byKey(after);
        List<OverAllocationChange> appearing = after.overAllocations().stream()
                .filter(o -> !was.containsKey(o.key())).map(o -> change(o, roles)).toList();
        List<OverAllocationChange> disappearing = before.overAllocations().stream()
                .filter(o -> !is.containsKey(o.key())).map(o -> change(o, roles)).toList();
        Map<String, SiteDemand> planned = plan.stream()
                .collect(Collectors.toMap(SiteDemand::rolloutId, Function.identity()));
        Map<String, SiteDemand> tried = scenario.stream()
                .collect(Collectors.toMap(SiteDemand::rolloutId, Function.identity()));
        List<RolloutCost> costs = new ArrayList<>();
        BigDecimal difference = BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits());
        for (String rolloutId : moved) {
            if (planned.containsKey(rolloutId) && tried.containsKey(rolloutId)) {
                RolloutCost cost = cost(rolloutId, planned.get(rolloutId), tried.get(rolloutId), rated, currency);
                costs.add(cost);
                difference = difference.add(cost.difference());
            }
        }
        return new ScenarioEffects(before.overAllocations().size(), after.overAllocations().size(),
                first(appearing), first(disappearing), first(byRoleAndWeek(before, after)),
                currency.getCurrencyCode(), List.copyOf(costs), difference);
    }

    private static Map<String, LoadTable.OverAllocation> byKey(LoadTable table) {
        return table.overAllocations().stream()
                .collect(Collectors.toMap(LoadTable.OverAllocation::key, Function.identity(), (a, b) -> a));
    }

    private static OverAllocationChange change(LoadTable.OverAllocation over, Map<String, ResourceRole> roles) {
        return new OverAllocationChange(over.resourceId(), over.resourceName(), roles.get(over.resourceId()),
                over.week(), Hours.decimal(over.capacity()), Hours.decimal(over.demand()),
                over.tasks().stream().map(LoadTable.Share::rolloutId).distinct().toList());
    }

    private static List<RoleWeek> byRoleAndWeek(LoadTable before, LoadTable after) {
        Map<String, long[]> excess = new TreeMap<>();
        addExcess(before, excess, 0);
        addExcess(after, excess, 1);
        List<RoleWeek> differing = new ArrayList<>();
        excess.forEach((key, hours) -> {
            if (hours[0] != hours[1]) {
                int at = key.indexOf(' ');
                differing.add(new RoleWeek(ResourceRole.valueOf(key.substring(at + 1)), key.substring(0, at),
                        Hours.decimal(hours[0]), Hours.decimal(hours[1])));
            }
        });
        differing.sort(Comparator.comparing(RoleWeek::role).thenComparing(RoleWeek::week));
        return differing;
    }

    /** Adds each row's excess over capacity per week to "week role", in column {@code column}. */
    private static void addExcess(LoadTable table, Map<String, long[]> excess, int column) {
        for (LoadTable.Row row : table.rows()) {
            for (int w = 0; w < table.weeks(); w++) {
                long over = row.demand()[w] - row.capacity()[w];
                if (over > 0) {
                    String key = IsoWeeks.key(table.firstMonday().plusWeeks(w)) + " " + row.member().role();
                    excess.computeIfAbsent(key, k -> new long[2])[column] += over;
                }
            }
        }
    }

    private static RolloutCost cost(String rolloutId, SiteDemand plan, SiteDemand scenario,
                                    Map<String, LabourCostCalculator.Rated> rated, Currency currency) {
        Map<YearMonth, BigDecimal> before = byMonth(LabourCostCalculator.compute(plan, rated, currency));
        Map<YearMonth, BigDecimal> after = byMonth(LabourCostCalculator.compute(scenario, rated, currency));
        Set<YearMonth> months = new TreeSet<>(before.keySet());
        months.addAll(after.keySet());
        BigDecimal zero = BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits());
        List<MonthCost> rows = new ArrayList<>();
        for (YearMonth month : months) {
            BigDecimal was = before.getOrDefault(month, zero);
            BigDecimal is = after.getOrDefault(month, zero);
            if (!Objects.equals(was, is) || was.signum() != 0) {
                rows.add(new MonthCost(month.toString(), was, is));
            }
        }
        BigDecimal planTotal = before.values().stream().reduce(zero, BigDecimal::add);
        BigDecimal scenarioTotal = after.values().stream().reduce(zero, BigDecimal::add);
        return new RolloutCost(rolloutId, List.copyOf(rows), planTotal, scenarioTotal,
                scenarioTotal.subtract(planTotal));
    }

    private static Map<YearMonth, BigDecimal> byMonth(List<LabourMonth> months) {
        Map<YearMonth, BigDecimal> totals = new HashMap<>();
        months.forEach(m -> totals.merge(m.month(), m.amount(), BigDecimal::add));
        return totals;
    }

    private static <T> List<T> first(List<T> list) {
        return list.size() <= LISTED ? List.copyOf(list) : List.copyOf(list.subList(0, LISTED));
    }
}
