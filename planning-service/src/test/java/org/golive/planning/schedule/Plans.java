package org.golive.planning.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Short names for the tasks and links of the hand-checked test plans, all in 2026. */
final class Plans {

    static final WorkCalendar WEEKDAYS = WorkCalendar.mondayToFriday(List.of());

    private Plans() {
    }

    static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static ScheduleTask task(String id, int days, Link... predecessors) {
        return ScheduleTask.of(id, days, predecessors);
    }

    static ScheduleTask milestone(String id, Link... predecessors) {
        return ScheduleTask.of(id, 0, predecessors);
    }

    static Link fs(String predecessorId) {
        return fs(predecessorId, 0);
    }

    static Link fs(String predecessorId, int lag) {
        return new Link(predecessorId, LinkType.FINISH_TO_START, lag);
    }

    static Link ss(String predecessorId, int lag) {
        return new Link(predecessorId, LinkType.START_TO_START, lag);
    }

    static Link ff(String predecessorId, int lag) {
        return new Link(predecessorId, LinkType.FINISH_TO_FINISH, lag);
    }

    static Link sf(String predecessorId, int lag) {
        return new Link(predecessorId, LinkType.START_TO_FINISH, lag);
    }

    static ScheduleTask hours(String id, int hours, Link... predecessors) {
        return task(id, 0, predecessors).withDuration(ScheduleDuration.hours(hours));
    }

    static LocalDateTime at(int month, int day, int hour, int minute) {
        return date(month, day).atTime(hour, minute);
    }

    static void assertMoments(ScheduledTask task, LocalDateTime start, LocalDateTime finish) {
        assertThat(task.startTime()).as(task.id() + " start").isEqualTo(start);
        assertThat(task.finishTime()).as(task.id() + " finish").isEqualTo(finish);
        assertThat(task.start()).as(task.id() + " start day").isEqualTo(start.toLocalDate());
    }

    static Schedule schedule(ScheduleTask... tasks) {
        return new Scheduler().schedule(List.of(tasks), WEEKDAYS);
    }
}
