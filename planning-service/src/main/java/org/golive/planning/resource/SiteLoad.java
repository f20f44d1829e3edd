package org.golive.planning.resource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rollout's demand, spread once over its site's working days: per task, resource and ISO week, the centihours
 * it asks ({@link LoadCalculator}'s rules). A program's view adds up its rollouts' spreads, so that a change of one
 * rollout spreads that rollout again and only adds up the others.
 *
 * @param first the first day any of its tasks asks time, null when none does
 * @param last  the last such day; the i-th figure of the arrays is task {@code taskIds[i]}'s hours of resource
 *              {@code resourceIds[i]} in the week of Monday {@code mondays[i]} (epoch day)
 */
public record SiteLoad(String rolloutId, LocalDate first, LocalDate last, String[] taskIds, String[] resourceIds,
                       long[] mondays, long[] centihours) {

    /** A task's hours of one resource in the ISO week starting {@code monday}, while spreading. */
    private record Entry(String taskId, String resourceId, LocalDate monday, long centihours) {
    }

    /** How many (task, resource, week) figures it holds; arrays rather than objects, to keep a program's small. */
    int size() {
        return taskIds.length;
    }

    public static SiteLoad of(SiteDemand site) {
        LocalDate first = null;
        LocalDate last = null;
        List<Entry> entries = new ArrayList<>();
        for (AssignedTask task : site.tasks()) {
            if (!LoadCalculator.asksTime(task) || task.finish().isBefore(task.start())) {
                if (LoadCalculator.asksTime(task)) {
                    first = first == null || task.start().isBefore(first) ? task.start() : first;
                    last = last == null || task.finish().isAfter(last) ? task.finish() : last;
                }
                continue;
            }
            first = first == null || task.start().isBefore(first) ? task.start() : first;
            last = last == null || task.finish().isAfter(last) ? task.finish() : last;
            TaskDays days = TaskDays.of(task, site.calendar());
            if (days.isEmpty()) {
                continue;
            }
            Map<String, Entry> byCell = new LinkedHashMap<>();
            for (Assignment assignment : task.assignments()) {
                DailyHours daily = days.hours(assignment);
                for (int nth = 0; nth < days.size(); nth++) {
                    LocalDate monday = IsoWeeks.monday(days.get(nth));
                    long hours = daily.on(nth);
                    byCell.merge(assignment.resourceId() + "/" + monday, new Entry(task.taskId(),
                            assignment.resourceId(), monday, hours), (a, b) -> new Entry(a.taskId(), a.resourceId(),
                            a.monday(), a.centihours() + b.centihours()));
                }
            }
            entries.addAll(byCell.values());
        }
        int size = entries.size();
        String[] taskIds = new String[size];
        String[] resourceIds = new String[size];
        long[] mondays = new long[size];
        long[] centihours = new long[size];
        for (int i = 0; i < size; i++) {
            Entry entry = entries.get(i);
            taskIds[i] = entry.taskId();
            resourceIds[i] = entry.resourceId();
            mondays[i] = entry.monday().toEpochDay();
            centihours[i] = entry.centihours();
        }
        return new SiteLoad(site.rolloutId(), first, last, taskIds, resourceIds, mondays, centihours);
    }
}
