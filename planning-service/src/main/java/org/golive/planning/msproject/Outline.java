package org.golive.planning.msproject;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The task hierarchy implied by outline levels in file order, the only structure every MSPDI writer gets right:
 * ProjectLibre, for one, flags neither summaries nor milestones. A task followed by a deeper task is a summary; a
 * task's parent is the nearest earlier task of a lower level.
 */
final class Outline {

    private final int[] levels;
    private final int[] parents;
    private final boolean[] summaries;
    private final String[] numbers;
    private final int[] depths;

    Outline(List<Integer> outlineLevels) {
        int n = outlineLevels.size();
        levels = new int[n];
        parents = new int[n];
        summaries = new boolean[n];
        numbers = new String[n];
        depths = new int[n];
        Deque<Integer> open = new ArrayDeque<>();
        int[] childCount = new int[n];
        int topLevelCount = 0;
        for (int i = 0; i < n; i++) {
            levels[i] = outlineLevels.get(i);
            while (!open.isEmpty() && levels[open.peek()] >= levels[i]) {
                open.pop();
            }
            parents[i] = open.isEmpty() ? -1 : open.peek();
            numbers[i] = parents[i] < 0 ? String.valueOf(++topLevelCount)
                    : numbers[parents[i]] + "." + ++childCount[parents[i]];
            depths[i] = parents[i] < 0 ? 1 : depths[parents[i]] + 1;
            open.push(i);
            if (i > 0 && levels[i] > levels[i - 1]) {
                summaries[i - 1] = true;
            }
        }
    }

    /** The index of the enclosing summary task, -1 at the top level. */
    int parent(int index) {
        return parents[index];
    }

    /** The outline level counted from the hierarchy (1 at the top), whatever gaps the file's levels have. */
    int depth(int index) {
        return depths[index];
    }

    boolean isSummary(int index) {
        return summaries[index];
    }

    /** "1.2.3": the position in the hierarchy, as MS Project numbers outlines. */
    String number(int index) {
        return numbers[index];
    }

    /** The tasks without children under a summary task; the task itself if it is not a summary. */
    List<Integer> leavesUnder(int index) {
        List<Integer> leaves = new ArrayList<>();
        if (!summaries[index]) {
            leaves.add(index);
            return leaves;
        }
        for (int j = index + 1; j < levels.length && levels[j] > levels[index]; j++) {
            if (!summaries[j]) {
                leaves.add(j);
            }
        }
        return leaves;
    }

    /** Whether {@code index} lies under {@code ancestor}, at any depth. */
    boolean isUnder(int index, int ancestor) {
        for (int p = parents[index]; p >= 0; p = parents[p]) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
