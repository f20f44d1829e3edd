package org.golive.planning.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The scheduling rules of {@link Scheduler} done the slow, obvious way, to check it against on random plans: working
 * days found by walking the calendar one day at a time, and both passes repeated over all links in input order until
 * nothing changes (no topological order, no arrays, no tables).
 */
final class ReferenceScheduler {

    private record SuccessorLink(ScheduleTask successor, Link link) {
    }

    private final List<LocalDate> workingDays = new ArrayList<>();

    /** @param isWorking decides each day of {@code [from, to)}; every date scheduled must lie well inside */
    ReferenceScheduler(Predicate<LocalDate> isWorking, LocalDate from, LocalDate to) {
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (isWorking.test(day)) {
                workingDays.add(day);
            }
        }
    }

    Map<String, ScheduledTask> schedule(List<ScheduleTask> tasks) {
        Map<String, Integer> start = new HashMap<>();
        Map<String, Integer> end = new HashMap<>();
        Map<String, Boolean> endLike = new HashMap<>();
        int planStart = Integer.MAX_VALUE;
        for (ScheduleTask task : tasks) {
            LocalDate dated = task.progress().isStarted() ? task.progress().actualStart() : task.startNoEarlierThan();
            if (dated != null) {
                planStart = Math.min(planStart, index(dated));
            }
        }
        for (ScheduleTask task : tasks) {
            Progress progress = task.progress();
            if (progress.isStarted()) {
                start.put(task.id(), index(progress.actualStart()));
                int afterFinish = progress.isDone() ? (task.durationDays() == 0
                        ? index(progress.actualFinish()) : index(progress.actualFinish().plusDays(1)))
                        : start.get(task.id()) + task.durationDays();
                end.put(task.id(), afterFinish);
            } else {
                start.put(task.id(), earliestByDate(task, planStart));
                end.put(task.id(), earliestByDate(task, planStart) + task.durationDays());
            }
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (ScheduleTask task : tasks) {
                if (task.progress().isStarted()) {
                    continue;
                }
                int s = earliestByDate(task, planStart);
                int d = task.durationDays();
                int afterFinish = Integer.MIN_VALUE; // a milestone placed by a finish shows that finish
                for (Link link : task.predecessors()) {
                    int predStart = start.get(link.predecessorId());
                    int predEnd = end.get(link.predecessorId());
                    int lag = link.lagDays();
                    int bound = switch (link.type()) {
                        case FINISH_TO_START -> predEnd + lag;
                        case START_TO_START -> predStart + lag;
                        case FINISH_TO_FINISH -> predEnd + lag - d;
                        case START_TO_FINISH -> predStart + lag - d;
                    };
                    boolean fromFinish = link.type() == LinkType.FINISH_TO_START
                            || link.type() == LinkType.FINISH_TO_FINISH && d == 0;
                    if (fromFinish) {
                        afterFinish = Math.max(afterFinish, bound);
                    } else {
                        s = Math.max(s, bound);
                    }
                }
                boolean milestoneAtFinish = d == 0 && afterFinish > s;
                s = Math.max(s, afterFinish);
                if (milestoneAtFinish != endLike.getOrDefault(task.id(), false)) {
                    endLike.put(task.id(), milestoneAtFinish);
                    changed = true;
                }
                if (s != start.get(task.id())) {
                    start.put(task.id(), s);
                    end.put(task.id(), s + d);
                    changed = true;
                }
            }
        }

        int planEnd = Collections.max(end.values());
        Map<String, List<SuccessorLink>> successors = new HashMap<>();
        for (ScheduleTask task : tasks) {
            for (Link link : task.predecessors()) {
                successors.computeIfAbsent(link.predecessorId(), id -> new ArrayList<>())
                        .add(new SuccessorLink(task, link));
            }
        }
        Map<String, Integer> lateEnd = new HashMap<>();
        for (ScheduleTask task : tasks) {
            lateEnd.put(task.id(), task.progress().isDone() ? end.get(task.id())
                    : latestByDate(task, planEnd, endLike.getOrDefault(task.id(), false)));
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (ScheduleTask task : tasks) {
                if (task.progress().isDone()) {
                    continue;
                }
                int f = latestByDate(task, planEnd, endLike.getOrDefault(task.id(), false));
                int d = task.durationDays();
                for (SuccessorLink successorLink : successors.getOrDefault(task.id(), List.of())) {
                    ScheduleTask successor = successorLink.successor();
                    Link link = successorLink.link();
                    if (successor.progress().isDone()) {
                        continue;
                    }
                    int succLateEnd = lateEnd.get(successor.id());
                    int succLateStart = succLateEnd - successor.durationDays();
                    int lag = link.lagDays();
                    f = Math.min(f, switch (link.type()) {
                        case FINISH_TO_START -> succLateStart - lag;
                        case START_TO_START -> succLateStart - lag + d;
                        case FINISH_TO_FINISH -> succLateEnd - lag;
                        case START_TO_FINISH -> succLateEnd - lag + d;
                    });
                }
                if (f != lateEnd.get(task.id())) {
                    lateEnd.put(task.id(), f);
                    changed = true;
                }
            }
        }

        Map<String, ScheduledTask> result = new LinkedHashMap<>();
        for (ScheduleTask task : tasks) {
            Progress progress = task.progress();
            if (progress.isDone()) {
                result.put(task.id(), new ScheduledTask(task.id(), progress.actualStart(), progress.actualFinish(),
                        progress.actualStart(), progress.actualFinish(), 0, false, 0));
                continue;
            }
            int s = start.get(task.id());
            int d = task.durationDays();
            int lf = lateEnd.get(task.id());
            int ls = lf - d;
            boolean atFinish = !progress.isStarted() && endLike.getOrDefault(task.id(), false);
            LocalDate shownStart = progress.isStarted() ? progress.actualStart()
                    : workingDays.get(atFinish ? s - 1 : s);
            int freeFloat = planEnd - end.get(task.id());
            for (SuccessorLink successorLink : successors.getOrDefault(task.id(), List.of())) {
                String w = successorLink.successor().id();
                if (successorLink.successor().progress().isDone()) {
                    continue;
                }
                int lag = successorLink.link().lagDays();
                freeFloat = Math.min(freeFloat, switch (successorLink.link().type()) {
                    case FINISH_TO_START -> start.get(w) - lag - end.get(task.id());
                    case START_TO_START -> start.get(w) - lag - s;
                    case FINISH_TO_FINISH -> end.get(w) - lag - end.get(task.id());
                    case START_TO_FINISH -> end.get(w) - lag - s;
                });
            }
            freeFloat = Math.max(0, Math.min(freeFloat, ls - s));
            LocalDate lateShown = workingDays.get(d == 0 && endLike.getOrDefault(task.id(), false) ? ls - 1 : ls);
            result.put(task.id(), new ScheduledTask(task.id(), shownStart, d == 0 ? shownStart : lastDay(s, d),
                    lateShown, d == 0 ? lateShown : lastDay(ls, d), ls - s, ls - s <= 0, freeFloat));
        }
        return result;
    }

    private int earliestByDate(ScheduleTask task, int planStart) {
        return task.startNoEarlierThan() == null ? planStart
                : Math.max(planStart, index(task.startNoEarlierThan()));
    }

    private int latestByDate(ScheduleTask task, int planEnd, boolean endLike) {
        if (task.deadline() == null) {
            return planEnd;
        }
        // The last working day on or before the deadline, then the end of that day (a milestone at the start of a
        // day sits on it, one at the end of a day at its end).
        int lastDay = index(task.deadline().plusDays(1)) - 1;
        return Math.min(planEnd, task.durationDays() == 0 && !endLike ? lastDay : lastDay + 1);
    }

    private LocalDate lastDay(int start, int duration) {
        return workingDays.get(duration == 0 ? start : start + duration - 1);
    }

    /** The working days before {@code day}: its index if it is one, else the next one's. */
    private int index(LocalDate day) {
        int found = Collections.binarySearch(workingDays, day);
        return found >= 0 ? found : -found - 1;
    }
}
