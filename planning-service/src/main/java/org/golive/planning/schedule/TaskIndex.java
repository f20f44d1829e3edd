package org.golive.planning.schedule;

/**
 * Task ids to positions in the input, as one open-addressing table of ints: no entry object or boxed position per
 * task, and a probe compares the id's cached hash before the id itself. Built once per {@link SchedulePlan}; the
 * result's map ({@link ScheduledTasks}) looks its ids up here too rather than hashing them all again.
 */
final class TaskIndex {

    private final String[] ids;
    /** Position + 1 of the task in each slot, 0 for an empty slot; a power of two at least twice the tasks. */
    private final int[] slots;
    private final int[] hashes;
    private final int mask;

    private TaskIndex(String[] ids) {
        this.ids = ids;
        int capacity = Integer.highestOneBit(Math.max(2, ids.length) * 2 - 1) << 1;
        slots = new int[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
    }

    /** @throws IllegalArgumentException for a duplicate id */
    static TaskIndex of(String[] ids) {
        TaskIndex index = new TaskIndex(ids);
        for (int v = 0; v < ids.length; v++) {
            index.add(v);
        }
        return index;
    }

    int size() {
        return ids.length;
    }

    String id(int position) {
        return ids[position];
    }

    /** The position of the task with this id, or -1. */
    int positionOf(Object id) {
        if (!(id instanceof String key)) {
            return -1;
        }
        int hash = spread(key.hashCode());
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int position = slots[slot] - 1;
            if (hashes[slot] == hash && (ids[position] == key || ids[position].equals(key))) {
                return position;
            }
        }
        return -1;
    }

    private void add(int position) {
        String id = ids[position];
        int hash = spread(id.hashCode());
        int slot = hash & mask;
        for (; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && ids[slots[slot] - 1].equals(id)) {
                throw new IllegalArgumentException("Duplicate task id " + id);
            }
        }
        slots[slot] = position + 1;
        hashes[slot] = hash;
    }

    /** Ids that differ in their high bits only (common in generated ids) still land in different slots. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
