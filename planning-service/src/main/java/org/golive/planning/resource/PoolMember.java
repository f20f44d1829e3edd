package org.golive.planning.resource;

import org.golive.planning.role.ResourceRole;
import org.golive.planning.schedule.WorkCalendar;

import java.time.LocalDate;

/**
 * A resource as the capacity view needs it: its capacity in a full week (centihours), how many weekdays make that
 * week, and its own calendar (holidays, vacations).
 */
public record PoolMember(String resourceId, String name, ResourceKind kind, ResourceRole role,
                         long weeklyCentihours, int standardDays, WorkCalendar calendar) {

    /**
     * What it can give in the week starting {@code monday}: its full week, less the days it does not work; where its
     * days differ in length (a short Friday, a half day), less the minutes it does not work of a full week's.
     */
    long capacity(LocalDate monday) {
        long fullWeek = calendar.uniformDays() ? 0 : DayMinutes.standardWeek(calendar);
        if (fullWeek > 0) {
            long minutes = 0;
            for (int day = 0; day < 7; day++) {
                minutes += calendar.minutesWorkedOn(monday.plusDays(day));
            }
            return weeklyCentihours * minutes / fullWeek;
        }
        int worked = 0;
        for (int day = 0; day < 7; day++) {
            if (calendar.isWorkingDay(monday.plusDays(day))) {
                worked++;
            }
        }
        return weeklyCentihours * worked / standardDays;
    }

    static PoolMember of(Resource resource) {
        ResourceProfile profile = resource.profile();
        return new PoolMember(resource.id(), profile.name(), profile.kind(), profile.role(),
                Hours.of(profile.hoursPerWeek()), profile.calendar().workingWeekdays().size(),
                resource.workCalendar());
    }
}
