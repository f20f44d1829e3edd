package org.golive.planning.resource;

import io.swagger.v3.oas.annotations.media.Schema;
import org.golive.planning.role.ResourceRole;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A program's capacity against demand as answered: the weeks asked for (within the weeks that have demand), each
 * resource's capacity and demand per week in hours, and the over-allocations in those weeks with their tasks.
 */
@Schema(name = "CapacityView")
public record CapacityView(String programId, Instant computedAt, List<String> weeks, List<ResourceLoad> resources,
                           List<OverAllocationView> overAllocations) {

    @Schema(name = "ResourceLoadView")
    public record ResourceLoad(String resourceId, String name, ResourceKind kind, ResourceRole role,
                               double[] capacityHours, double[] demandHours) {
    }

    @Schema(name = "OverAllocationView")
    public record OverAllocationView(String resourceId, String resourceName, String week, BigDecimal capacityHours,
                                     BigDecimal demandHours, List<TaskShare> tasks) {
    }

    @Schema(name = "OverAllocationTaskShare")
    public record TaskShare(String rolloutId, String taskId, BigDecimal hours) {
    }

    /** What to answer: weeks from/to (Mondays; null for the first or last with demand), roles, one resource. */
    public record Filter(LocalDate from, LocalDate to, Set<ResourceRole> roles, String resourceId,
                         boolean overAllocatedOnly) {
    }

    /** The answer for a computed table, decoded first as a read would find it stored (an upper bound of a read). */
    public static CapacityView of(String programId, LoadTable table, Filter filter, Instant computedAt) {
        return of(programId, LoadSnapshot.of(table, 0, computedAt), filter);
    }

    static CapacityView of(String programId, LoadSnapshot load, Filter filter) {
        if (load.firstMonday() == null) {
            return new CapacityView(programId, load.computedAt(), List.of(), List.of(), List.of());
        }
        int first = filter.from() == null ? 0
                : (int) Math.max(0, ChronoUnit.WEEKS.between(load.firstMonday(), filter.from()));
        int last = filter.to() == null ? load.weeks() - 1
                : (int) Math.min(load.weeks() - 1, ChronoUnit.WEEKS.between(load.firstMonday(), filter.to()));
        if (last < first) {
            return new CapacityView(programId, load.computedAt(), List.of(), List.of(), List.of());
        }
        List<String> weeks = new ArrayList<>(last - first + 1);
        for (int w = first; w <= last; w++) {
            weeks.add(IsoWeeks.key(load.firstMonday().plusWeeks(w)));
        }
        Set<String> weekSet = Set.copyOf(weeks);
        List<LoadSnapshot.Row> chosen = load.rows().stream()
                .filter(row -> wanted(filter, row.resourceId(), row.role())).toList();
        Set<String> chosenIds = Set.copyOf(chosen.stream().map(LoadSnapshot.Row::resourceId).toList());
        List<OverAllocationView> over = load.overAllocations().stream()
                .filter(o -> weekSet.contains(o.week()) && chosenIds.contains(o.resourceId()))
                .map(o -> new OverAllocationView(o.resourceId(), o.resourceName(), o.week(), Hours.decimal(o.capacity()),
                        Hours.decimal(o.demand()), o.tasks().stream()
                        .map(s -> new TaskShare(s.rolloutId(), s.taskId(), Hours.decimal(s.hours()))).toList()))
                .toList();
        Set<String> overResources = Set.copyOf(over.stream().map(OverAllocationView::resourceId).toList());
        List<ResourceLoad> rows = new ArrayList<>();
        for (LoadSnapshot.Row row : chosen) {
            if (!filter.overAllocatedOnly() || overResources.contains(row.resourceId())) {
                rows.add(new ResourceLoad(row.resourceId(), row.name(), row.kind(), row.role(),
                        Arrays.copyOfRange(row.capacity(), first, last + 1),
                        Arrays.copyOfRange(row.demand(), first, last + 1)));
            }
        }
        return new CapacityView(programId, load.computedAt(), weeks, rows, over);
    }

    private static boolean wanted(Filter filter, String resourceId, ResourceRole role) {
        return (filter.resourceId() == null || filter.resourceId().equals(resourceId))
                && (filter.roles().isEmpty() || filter.roles().contains(role));
    }
}
