package org.golive.planning.resource;

import org.golive.contract.planning.ResourceOverAllocated;
import org.golive.contract.planning.ResourceOverAllocationResolved;
import org.golive.planning.role.ResourceRole;
import org.golive.platform.outbox.Aggregate;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.RaisedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The capacity view of a program, computed on every change and stored whole, so that a read is one document (and
 * usually not even that: see {@link CapacityReads}). An over-allocation that appears, or disappears, is an event.
 */
@Document("resource_loads")
public class ProgramLoad extends Aggregate {

    @Id
    private String id;
    private LocalDate firstMonday;
    private int weeks;
    private List<StoredRow> rows = new ArrayList<>();
    private List<LoadTable.OverAllocation> overAllocations = new ArrayList<>();
    private Instant computedAt;

    /** A resource's row as stored: arrays of centihours per week. */
    record StoredRow(String resourceId, String name, ResourceKind kind, ResourceRole role, List<Long> capacity,
                     List<Long> demand) {
    }

    ProgramLoad() {
    }

    static ProgramLoad empty(String programId) {
        ProgramLoad load = new ProgramLoad();
        load.id = programId;
        return load;
    }

    /** Takes a new computation; the result is whether anything changed. */
    Changed<Boolean> recompute(LoadTable table, Instant now) {
        Map<String, LoadTable.OverAllocation> before = overAllocations.stream()
                .collect(Collectors.toMap(LoadTable.OverAllocation::key, Function.identity()));
        Map<String, LoadTable.OverAllocation> after = table.overAllocations().stream()
                .collect(Collectors.toMap(LoadTable.OverAllocation::key, Function.identity()));
        List<RaisedEvent> events = new ArrayList<>();
        for (LoadTable.OverAllocation over : table.overAllocations()) {
            if (!before.containsKey(over.key())) {
                events.add(RaisedEvent.of(id, new ResourceOverAllocated(id, over.resourceId(), over.resourceName(),
                        over.week(), Hours.text(over.capacity()), Hours.text(over.demand()),
                        over.tasks().stream().map(s -> new ResourceOverAllocated.Demand(s.rolloutId(), s.taskId(),
                                Hours.text(s.hours()))).toList(), now)));
            }
        }
        for (LoadTable.OverAllocation over : overAllocations) {
            if (!after.containsKey(over.key())) {
                long[] now2 = cellNow(table, over);
                events.add(RaisedEvent.of(id, new ResourceOverAllocationResolved(id, over.resourceId(),
                        over.resourceName(), over.week(), Hours.text(now2[0]), Hours.text(now2[1]), now)));
            }
        }
        List<StoredRow> newRows = table.rows().stream().map(row -> new StoredRow(row.member().resourceId(),
                row.member().name(), row.member().kind(), row.member().role(), boxed(row.capacity()),
                boxed(row.demand()))).toList();
        boolean changed = !events.isEmpty() || weeks != table.weeks() || !newRows.equals(rows)
                || !java.util.Objects.equals(firstMonday, table.firstMonday())
                || !overAllocations.equals(table.overAllocations());
        firstMonday = table.firstMonday();
        weeks = table.weeks();
        rows = new ArrayList<>(newRows);
        overAllocations = new ArrayList<>(table.overAllocations());
        computedAt = now;
        return new Changed<>(changed, events);
    }

    /** Capacity and demand now in the week an over-allocation was in (zero demand when the resource has none). */
    private static long[] cellNow(LoadTable table, LoadTable.OverAllocation over) {
        if (table.firstMonday() == null) {
            return new long[]{over.capacity(), 0};
        }
        int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(table.firstMonday(), IsoWeeks.parse(over.week()));
        for (LoadTable.Row row : table.rows()) {
            if (row.member().resourceId().equals(over.resourceId()) && week >= 0 && week < table.weeks()) {
                return new long[]{row.capacity()[week], row.demand()[week]};
            }
        }
        return new long[]{over.capacity(), 0};
    }

    private static List<Long> boxed(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long value : values) {
            list.add(value);
        }
        return list;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    protected String eventSource() {
        return "/planning/programs/" + id + "/resource-load";
    }

    LocalDate firstMonday() {
        return firstMonday;
    }

    int weeks() {
        return weeks;
    }

    List<StoredRow> rows() {
        return rows;
    }

    List<LoadTable.OverAllocation> overAllocations() {
        return overAllocations;
    }

    Instant computedAt() {
        return computedAt;
    }
}
