package org.golive.planning.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The links of a plan as arrays indexed by the tasks' positions in the input, with one topological order: built once
 * per {@link SchedulePlan}, from the ids its builder collected, and kept for every schedule of that plan.
 */
final class TaskGraph {

    final int size;
    /** The tasks' ids and positions. */
    final TaskIndex index;
    /**
     * Links into task v are {@code predecessorOffsets[v] .. predecessorOffsets[v + 1] - 1}, in the task's order; a
     * link is known by this number k everywhere.
     */
    final int[] predecessorOffsets;
    final int[] predecessor;
    /** Link k's type, and its lag: days of the successor's calendar plus minutes, or elapsed minutes. */
    final LinkType[] type;
    final long[] lagDays;
    final long[] lagMinutes;
    final boolean[] elapsedLag;
    /** Links out of task v are {@code successorOffsets[v] .. successorOffsets[v + 1] - 1}. */
    final int[] successorOffsets;
    final int[] successor;
    /** The number k of each outgoing link, parallel to {@link #successor}. */
    final int[] successorLink;
    /** Every task once, each after all its predecessors (Kahn's order: the critical path's tie-break). */
    final int[] order;
    /**
     * Every task once, each after all its predecessors and otherwise in input order as far as the links allow: the
     * order the passes visit tasks in. Any such order gives the same dates; this one lets the passes read their
     * arrays mostly front to back, since templates and MS Project files list most tasks after their predecessors,
     * where Kahn's order jumps across the plan (on 20,000 tasks, a cache miss per array read).
     */
    final int[] passOrder;
    /** The position of each task in {@link #order}. */
    final int[] orderPosition;

    TaskGraph(TaskIndex index, int[] predecessorOffsets, String[] predecessorIds, LinkType[] type, long[] lagDays,
              long[] lagMinutes, boolean[] elapsedLag) {
        this.size = index.size();
        this.index = index;
        this.predecessorOffsets = predecessorOffsets;
        this.type = type;
        this.lagDays = lagDays;
        this.lagMinutes = lagMinutes;
        this.elapsedLag = elapsedLag;
        int links = predecessorOffsets[size];
        predecessor = new int[links];
        int[] outDegree = new int[size];
        for (int v = 0; v < size; v++) {
            for (int k = predecessorOffsets[v]; k < predecessorOffsets[v + 1]; k++) {
                int u = index.positionOf(predecessorIds[k]);
                if (u < 0) {
                    throw new UnknownPredecessorException(index.id(v), predecessorIds[k]);
                }
                predecessor[k] = u;
                outDegree[u]++;
            }
        }

        successorOffsets = new int[size + 1];
        for (int u = 0; u < size; u++) {
            successorOffsets[u + 1] = successorOffsets[u] + outDegree[u];
        }
        successor = new int[links];
        successorLink = new int[links];
        int[] next = Arrays.copyOf(successorOffsets, size);
        for (int v = 0; v < size; v++) {
            for (int k = predecessorOffsets[v]; k < predecessorOffsets[v + 1]; k++) {
                int slot = next[predecessor[k]]++;
                successor[slot] = v;
                successorLink[slot] = k;
            }
        }

        order = topologicalOrder();
        passOrder = inputOrderFirst();
        orderPosition = new int[size];
        for (int i = 0; i < size; i++) {
            orderPosition[order[i]] = i;
        }
    }

    /** Kahn's algorithm; ties go by input order, so the same plan always gives the same order. */
    private int[] topologicalOrder() {
        int[] inDegree = new int[size];
        for (int v = 0; v < size; v++) {
            inDegree[v] = predecessorOffsets[v + 1] - predecessorOffsets[v];
        }
        int[] queue = new int[size];
        int tail = 0;
        for (int v = 0; v < size; v++) {
            if (inDegree[v] == 0) {
                queue[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            for (int k = successorOffsets[u]; k < successorOffsets[u + 1]; k++) {
                if (--inDegree[successor[k]] == 0) {
                    queue[tail++] = successor[k];
                }
            }
        }
        if (tail < size) {
            throw new DependencyCycleException(oneCycle(inDegree));
        }
        return queue;
    }

    /**
     * Depth first over the predecessors, tasks taken in input order: a task is placed once its predecessors are. An
     * explicit stack (a chain of 10,000 tasks would overflow the call stack); the links have no loop, checked by
     * {@link #topologicalOrder} already, so no task is ever on the stack twice.
     */
    private int[] inputOrderFirst() {
        int[] placed = new int[size];
        int count = 0;
        boolean[] done = new boolean[size];
        int[] stack = new int[size];
        int[] next = new int[size]; // the next link into each task on the stack to follow
        for (int root = 0; root < size; root++) {
            if (done[root]) {
                continue;
            }
            int depth = 0;
            stack[depth++] = root;
            next[root] = predecessorOffsets[root];
            while (depth > 0) {
                int v = stack[depth - 1];
                if (next[v] < predecessorOffsets[v + 1]) {
                    int u = predecessor[next[v]++];
                    if (!done[u]) {
                        stack[depth++] = u;
                        next[u] = predecessorOffsets[u];
                    }
                } else {
                    depth--;
                    done[v] = true;
                    placed[count++] = v;
                }
            }
        }
        return placed;
    }

    /**
     * The tasks Kahn's algorithm could not order each keep a predecessor that it could not order either. Walking
     * from such predecessor to predecessor must therefore come back to a task already seen: the tasks from there on
     * form a cycle. Reversed, they are in link order; rotated, the earliest in the input comes first.
     */
    private List<String> oneCycle(int[] inDegree) {
        int start = 0;
        while (inDegree[start] == 0) {
            start++;
        }
        int[] seenAt = new int[size];
        Arrays.fill(seenAt, -1);
        List<Integer> walk = new ArrayList<>();
        int v = start;
        while (seenAt[v] < 0) {
            seenAt[v] = walk.size();
            walk.add(v);
            v = unorderedPredecessor(v, inDegree);
        }
        List<Integer> cycle = new ArrayList<>(walk.subList(seenAt[v], walk.size()));
        Collections.reverse(cycle);
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (cycle.get(i) < cycle.get(first)) {
                first = i;
            }
        }
        Collections.rotate(cycle, -first);
        return cycle.stream().map(index::id).toList();
    }

    private int unorderedPredecessor(int v, int[] inDegree) {
        for (int k = predecessorOffsets[v]; k < predecessorOffsets[v + 1]; k++) {
            if (inDegree[predecessor[k]] > 0) {
                return predecessor[k];
            }
        }
        throw new IllegalStateException("Task at " + v + " was left unordered without an unordered predecessor");
    }
}
