package org.golive.planning.rollout;

import org.golive.planning.plan.TaskOrder;
import org.golive.planning.plan.TaskQuery;
import org.golive.planning.plan.TaskStatus;
import org.golive.platform.input.InputBounds;
import org.golive.platform.input.QueryParameters;
import org.golive.platform.input.RefusedParameterException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The task list's query parameters, read strictly: a value that does not parse, lies outside the platform's
 * {@link InputBounds} or is not plain text is refused as the platform refuses any bad parameter (a 400 naming it), and
 * so is a parameter the list does not know or a single-valued one given twice: a misspelt filter ({@code stauts=DONE})
 * would otherwise answer every task as if it had been applied.
 */
final class TaskListParameters {

    static final Set<String> REPEATABLE = Set.of("status", "phase");
    static final Set<String> SINGLE = Set.of("critical", "assignee", "dueBefore", "page", "size", "sort");
    /** A RACI party is at most 200 characters, a phase key at most 40. */
    private static final int MAX_PARTY = 200;
    private static final int MAX_PHASE = 40;
    private static final int MAX_VALUES = 20;

    private TaskListParameters() {
    }

    static void checkNames(Map<String, String[]> parameters) {
        parameters.forEach((name, values) -> {
            if (!REPEATABLE.contains(name) && !SINGLE.contains(name)) {
                throw refused(name, "is not a parameter of the task list: use status, phase, critical, assignee,"
                        + " dueBefore, page, size or sort");
            }
            if (SINGLE.contains(name) && values.length > 1) {
                throw refused(name, "may be given once");
            }
        });
    }

    static TaskQuery query(List<String> statuses, List<String> phases, Boolean critical, String assignee,
                           String dueBefore, String sort) {
        return new TaskQuery(statuses(statuses), phases(phases), critical, assignee(assignee), date(dueBefore),
                order(sort));
    }

    /** The query and page as parameters again, for the page links: the canonical spelling of what was asked. */
    static String queryString(TaskQuery query, int page, int size) {
        StringJoiner joiner = new StringJoiner("&", "?", "");
        query.statuses().stream().sorted().forEach(s -> joiner.add("status=" + s.name()));
        query.phases().stream().sorted().forEach(p -> joiner.add("phase=" + encode(p)));
        if (query.critical() != null) {
            joiner.add("critical=" + query.critical());
        }
        if (query.assignee() != null) {
            joiner.add("assignee=" + encode(query.assignee()));
        }
        if (query.dueBefore() != null) {
            joiner.add("dueBefore=" + query.dueBefore());
        }
        return joiner.add("sort=" + encode(query.order().text())).add("page=" + page).add("size=" + size).toString();
    }

    private static Set<TaskStatus> statuses(List<String> values) {
        Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
        for (String value : QueryParameters.limited("status", values, MAX_VALUES)) {
            try {
                statuses.add(TaskStatus.valueOf(value.strip()));
            } catch (IllegalArgumentException e) {
                throw refused("status", "must be one of " + Arrays.toString(TaskStatus.values()));
            }
        }
        return statuses;
    }

    private static Set<String> phases(List<String> values) {
        Set<String> phases = new LinkedHashSet<>();
        for (String value : QueryParameters.limited("phase", values, MAX_VALUES)) {
            phases.add(QueryParameters.text("phase", value, MAX_PHASE));
        }
        return phases;
    }

    private static String assignee(String value) {
        return value == null ? null : QueryParameters.text("assignee", value, MAX_PARTY);
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw refused("dueBefore", "must be a date as YYYY-MM-DD");
        }
        String problem = InputBounds.dateProblem(date);
        if (problem != null) {
            throw refused("dueBefore", problem);
        }
        return date;
    }

    private static TaskOrder order(String value) {
        try {
            return TaskOrder.parse(value);
        } catch (IllegalArgumentException e) {
            throw refused("sort", e.getMessage());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Refused as the platform refuses any bad parameter; the value itself is never quoted back. */
    private static RefusedParameterException refused(String name, String reason) {
        return new RefusedParameterException(name, reason);
    }
}
