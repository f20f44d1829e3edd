package org.golive.planning.resource;

import org.golive.planning.role.ResourceRole;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rollout's labour cost by month and role: for each assignment, the hours it asks on each working day of the task
 * (the site's calendar, exactly as the capacity view counts them: units x eight hours a day, or effort spread evenly
 * with the odd hundredths on the first days) times the resource's cost rate in force that day. A resource without a
 * rate that day costs nothing that day (its hours still count); a resource no longer in the pool counts nothing.
 * Amounts are summed exactly and rounded once per month and role, half-even, to the currency's decimals.
 */
public final class LabourCostCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LabourCostCalculator() {
    }

    /** The rates and role of a resource as costing needs them: rates sorted by the day they start. */
    public record Rated(ResourceRole role, List<CostRate> rates) {

        public Rated {
            rates = rates.stream().sorted(Comparator.comparing(CostRate::from)).toList();
        }

        BigDecimal rateOn(LocalDate day) {
            BigDecimal rate = BigDecimal.ZERO;
            for (CostRate candidate : rates) {
                if (candidate.from().isAfter(day)) {
                    break;
                }
                rate = candidate.hourlyRate();
            }
            return rate;
        }

        static Rated of(Resource resource) {
            return new Rated(resource.profile().role(), resource.profile().costRates());
        }
    }

    private record Key(YearMonth month, ResourceRole role) {
    }

    public static List<LabourMonth> compute(SiteDemand site, Map<String, Rated> pool, Currency currency) {
        Map<Key, Long> hours = new HashMap<>();
        Map<Key, BigDecimal> centiCost = new HashMap<>(); // centihours x rate: one division at the end
        for (AssignedTask task : site.tasks()) {
            if (!LoadCalculator.asksTime(task) || task.finish().isBefore(task.start())) {
                continue;
            }
            TaskDays days = TaskDays.of(task, site.calendar());
            if (days.isEmpty()) {
                continue;
            }
            for (Assignment assignment : task.assignments()) {
                Rated resource = pool.get(assignment.resourceId());
                if (resource == null) {
                    continue;
                }
                DailyHours daily = days.hours(assignment);
                for (int nth = 0; nth < days.size(); nth++) {
                    LocalDate day = days.get(nth);
                    long worked = daily.on(nth);
                    Key key = new Key(YearMonth.from(day), resource.role());
                    hours.merge(key, worked, Long::sum);
                    centiCost.merge(key, resource.rateOn(day).multiply(BigDecimal.valueOf(worked)), BigDecimal::add);
                }
            }
        }
        Map<Key, LabourMonth> months = new TreeMap<>(Comparator.comparing(Key::month).thenComparing(Key::role));
        hours.forEach((key, centihours) -> months.put(key, new LabourMonth(key.month(), key.role(), centihours,
                centiCost.get(key).divide(HUNDRED).setScale(currency.getDefaultFractionDigits(),
                        RoundingMode.HALF_EVEN))));
        return List.copyOf(months.values());
    }
}
