package org.golive.localstack;

import org.golive.planning.msproject.ImportedCalendar;
import org.golive.planning.msproject.MspdiWriter;
import org.golive.planning.msproject.PlanForExport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives each demo site two named calendars beside its own: the health system's holidays (and Christmas Eve's half
 * day), imported from a Microsoft Project file that holds only that calendar (as a PMO keeps it), and a night shift
 * for overnight work, whose week starts Monday night and ends Saturday morning (weekdays with hours of their own). No
 * demo task works on them yet, so the plans' dates stay as they are.
 */
final class DemoCalendars {

    static final String HOLIDAYS = "Health system holidays";
    static final String NIGHT_SHIFT = "Night shift";

    private final DemoProgram demo;

    DemoCalendars(DemoProgram demo) {
        this.demo = demo;
    }

    void add(String rolloutId) {
        String path = "/api/planning/rollouts/" + rolloutId;
        long version = demo.get(path).get("version").asLong();
        version = demo.postFile(path + "/plan/calendars/" + HOLIDAYS.replace(" ", "%20") + "/import?version="
                + version + "&fileName=health-system-holidays.xml", "application/xml",
                holidayFile(LocalDate.now().getYear()), 200).get("version").asLong();
        demo.send(path + "/plan/calendars/" + NIGHT_SHIFT.replace(" ", "%20"), "PUT", Map.of(
                "workingWeekdays", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                "workingTimes", "00:00-06:00,22:00-24:00",
                "weekdayWorkingTimes", Map.of(DayOfWeek.MONDAY, "22:00-24:00", DayOfWeek.SATURDAY, "00:00-06:00"),
                "version", version), 200);
    }

    /**
     * The health system's closure days of this year and the next three in a Microsoft Project file that holds only
     * that calendar, written by planning's own MSPDI writer (a plan without tasks).
     */
    static String holidayFile(int firstYear) {
        TreeMap<LocalDate, String> halfDays = new TreeMap<>();
        for (int year = firstYear; year < firstYear + 4; year++) {
            LocalDate christmasEve = LocalDate.of(year, 12, 24);
            if (christmasEve.getDayOfWeek().getValue() <= 5) {
                halfDays.put(christmasEve, "08:00-12:00");
            }
        }
        ImportedCalendar calendar = new ImportedCalendar(HOLIDAYS, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                new TreeSet<>(holidays(firstYear)), new TreeSet<>(), null, Map.of(), halfDays);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new MspdiWriter().write(new PlanForExport(HOLIDAYS, calendar, List.of()), file);
        return file.toString(StandardCharsets.UTF_8);
    }

    /** New Year's Day, Memorial Day, Independence Day, Labor Day, Thanksgiving, Christmas Day: when on a weekday. */
    private static List<LocalDate> holidays(int firstYear) {
        List<LocalDate> days = new ArrayList<>();
        for (int year = firstYear; year < firstYear + 4; year++) {
            for (LocalDate day : List.of(LocalDate.of(year, 1, 1),
                    LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    LocalDate.of(year, 7, 4),
                    LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)),
                    LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4,
                            DayOfWeek.THURSDAY)),
                    LocalDate.of(year, 12, 25))) {
                if (day.getDayOfWeek().getValue() <= 5) {
                    days.add(day);
                }
            }
        }
        return days;
    }
}
