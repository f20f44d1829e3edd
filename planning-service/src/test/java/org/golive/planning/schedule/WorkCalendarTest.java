package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/*
 * March 2026: Mon 2, Fri 6, Sat 7, Sun 8, Mon 9. May 2026: Fri 22, Sat 23, Sun 24, Mon 25 (Memorial Day), Tue 26.
 * December 2026: Mon 21, Thu 24, Fri 25 (Christmas), Mon 28 .. Thu 31; Fri 2027-01-01 (New Year), Mon 2027-01-04.
 */
class WorkCalendarTest {

    private static final LocalDate MEMORIAL_DAY = LocalDate.of(2026, 5, 25);
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

    private final WorkCalendar weekdays = WorkCalendar.mondayToFriday(List.of());
    private final WorkCalendar withHolidays = WorkCalendar.mondayToFriday(List.of(MEMORIAL_DAY, CHRISTMAS, NEW_YEAR));

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(weekdays.isWorkingDay(date(3, 6))).isTrue();
        assertThat(weekdays.isWorkingDay(date(3, 7))).isFalse();
        assertThat(weekdays.isWorkingDay(date(3, 8))).isFalse();
        assertThat(weekdays.isWorkingDay(date(3, 9))).isTrue();
        assertThat(weekdays.workingWeekdays()).isEqualTo(EnumSet.range(MONDAY, FRIDAY));
    }

    @Test
    void aHolidayIsNotWorkedAndOneOnAWeekendChangesNothing() {
        LocalDate independenceDay = LocalDate.of(2026, 7, 4); // a Saturday
        WorkCalendar calendar = WorkCalendar.mondayToFriday(List.of(MEMORIAL_DAY, independenceDay));

        assertThat(calendar.isWorkingDay(MEMORIAL_DAY)).isFalse();
        // Fri 2026-07-03 .. Mon 07-06: the Saturday holiday costs no working day.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 6))).isEqualTo(1);
    }

    @Test
    void anExtraWorkingDayMakesACutoverSaturdayWorked() {
        WorkCalendar calendar = WorkCalendar.of(EnumSet.range(MONDAY, FRIDAY), List.of(), List.of(date(3, 7)));

        assertThat(calendar.isWorkingDay(date(3, 7))).isTrue();
        assertThat(calendar.isWorkingDay(date(3, 8))).isFalse();
        assertThat(calendar.plusWorkingDays(date(3, 6), 1)).isEqualTo(date(3, 7));
        assertThat(calendar.plusWorkingDays(date(3, 6), 2)).isEqualTo(date(3, 9));
        assertThat(calendar.plusWorkingDays(date(3, 9), -1)).isEqualTo(date(3, 7));
        // Mon 2 .. Fri 6 and Sat 7.
        assertThat(calendar.workingDaysBetween(date(3, 2), date(3, 9))).isEqualTo(6);
    }

    @Test
    void anExtraWorkingDayWinsOverAHoliday() {
        WorkCalendar calendar = WorkCalendar.of(EnumSet.range(MONDAY, FRIDAY), List.of(MEMORIAL_DAY),
                List.of(MEMORIAL_DAY));

        assertThat(calendar.isWorkingDay(MEMORIAL_DAY)).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 5, 22), 1)).isEqualTo(MEMORIAL_DAY);
    }

    @Test
    void onOrAfterMovesPastTheWeekendAndHolidays() {
        assertThat(weekdays.onOrAfter(date(3, 7))).isEqualTo(date(3, 9));
        assertThat(weekdays.onOrAfter(date(3, 9))).isEqualTo(date(3, 9));
        // Sat 23, Sun 24, Memorial Day 25: Tuesday 26.
        assertThat(withHolidays.onOrAfter(LocalDate.of(2026, 5, 23))).isEqualTo(LocalDate.of(2026, 5, 26));
    }

    @Test
    void onOrBeforeMovesBackPastTheWeekendAndHolidays() {
        assertThat(weekdays.onOrBefore(date(3, 8))).isEqualTo(date(3, 6));
        assertThat(weekdays.onOrBefore(date(3, 6))).isEqualTo(date(3, 6));
        assertThat(withHolidays.onOrBefore(MEMORIAL_DAY)).isEqualTo(LocalDate.of(2026, 5, 22));
    }

    @Test
    void plusWorkingDaysSkipsTheWeekend() {
        assertThat(weekdays.plusWorkingDays(date(3, 6), 1)).isEqualTo(date(3, 9));
        assertThat(weekdays.plusWorkingDays(date(3, 2), 5)).isEqualTo(date(3, 9));
        assertThat(weekdays.plusWorkingDays(date(3, 2), 0)).isEqualTo(date(3, 2));
        // Four whole weeks.
        assertThat(weekdays.plusWorkingDays(date(3, 2), 20)).isEqualTo(date(3, 30));
    }

    @Test
    void plusWorkingDaysSkipsHolidays() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        assertThat(withHolidays.plusWorkingDays(christmasEve, 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        // Mon 28 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), New Year, Mon Jan 4 (5), Tue Jan 5 (6).
        assertThat(withHolidays.plusWorkingDays(christmasEve, 6)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void negativeWorkingDaysMoveBackwards() {
        assertThat(weekdays.plusWorkingDays(date(3, 9), -1)).isEqualTo(date(3, 6));
        assertThat(weekdays.plusWorkingDays(date(3, 9), -5)).isEqualTo(date(3, 2));
        assertThat(withHolidays.plusWorkingDays(LocalDate.of(2026, 12, 28), -1))
                .isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(withHolidays.plusWorkingDays(LocalDate.of(2027, 1, 5), -6))
                .isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void aNonWorkingDayCountsAsTheNextWorkingDay() {
        assertThat(weekdays.plusWorkingDays(date(3, 7), 0)).isEqualTo(date(3, 9));
        assertThat(weekdays.plusWorkingDays(date(3, 7), 1)).isEqualTo(date(3, 10));
        assertThat(weekdays.plusWorkingDays(date(3, 7), -1)).isEqualTo(date(3, 6));
    }

    @Test
    void workingDaysBetweenCountsFromInclusiveToExclusive() {
        assertThat(weekdays.workingDaysBetween(date(3, 2), date(3, 9))).isEqualTo(5);
        assertThat(weekdays.workingDaysBetween(date(3, 2), date(3, 6))).isEqualTo(4);
        assertThat(weekdays.workingDaysBetween(date(3, 2), date(3, 2))).isZero();
        assertThat(weekdays.workingDaysBetween(date(3, 7), date(3, 9))).isZero();
        assertThat(weekdays.workingDaysBetween(date(3, 9), date(3, 2))).isEqualTo(-5);
        // Mon 21 .. Thu 24; Christmas is a holiday.
        assertThat(withHolidays.workingDaysBetween(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 28)))
                .isEqualTo(4);
    }

    @Test
    void aSixDayWeekWorksSaturdays() {
        WorkCalendar calendar = WorkCalendar.of(EnumSet.range(MONDAY, SATURDAY), List.of(), List.of());

        assertThat(calendar.plusWorkingDays(date(3, 6), 1)).isEqualTo(date(3, 7));
        assertThat(calendar.plusWorkingDays(date(3, 7), 1)).isEqualTo(date(3, 9));
        assertThat(calendar.workingDaysBetween(date(3, 2), date(3, 9))).isEqualTo(6);
    }

    @Test
    void aCalendarWithoutAnyWorkingDayIsRejected() {
        assertThatThrownBy(() -> WorkCalendar.of(Set.of(), List.of(date(3, 2)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarOfExtraWorkingDaysOnlyEndsWithItsLastDay() {
        // Three cutover weekend days and nothing else.
        WorkCalendar cutover = WorkCalendar.of(Set.of(), List.of(), List.of(date(3, 7), date(3, 8), date(3, 14)));

        assertThat(cutover.plusWorkingDays(date(3, 7), 2)).isEqualTo(date(3, 14));
        assertThat(cutover.onOrAfter(date(3, 9))).isEqualTo(date(3, 14));
        assertThat(cutover.onOrBefore(date(3, 13))).isEqualTo(date(3, 8));
        assertThat(cutover.workingDaysBetween(date(3, 1), date(3, 31))).isEqualTo(3);
        assertThatThrownBy(() -> cutover.plusWorkingDays(date(3, 7), 3)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> cutover.onOrAfter(date(3, 15))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> cutover.onOrBefore(date(3, 6))).isInstanceOf(DateTimeException.class);
    }

    @Test
    void itsSetsAreSortedAndCannotBeChanged() {
        WorkCalendar calendar = WorkCalendar.of(Set.of(FRIDAY, MONDAY), List.of(NEW_YEAR, CHRISTMAS),
                List.of(date(3, 8), date(3, 7)));

        assertThat(calendar.holidays()).containsExactly(CHRISTMAS, NEW_YEAR);
        assertThat(calendar.extraWorkingDays()).containsExactly(date(3, 7), date(3, 8));
        assertThat(calendar.workingWeekdays()).containsExactlyInAnyOrder(MONDAY, FRIDAY);
        assertThatThrownBy(() -> calendar.holidays().add(MEMORIAL_DAY))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> calendar.workingWeekdays().add(SUNDAY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void calendarsWithTheSameDaysAreEqual() {
        assertThat(WorkCalendar.mondayToFriday(List.of(CHRISTMAS)))
                .isEqualTo(WorkCalendar.of(EnumSet.range(MONDAY, FRIDAY), Set.of(CHRISTMAS), List.of()))
                .hasSameHashCodeAs(WorkCalendar.of(EnumSet.range(MONDAY, FRIDAY), Set.of(CHRISTMAS), List.of()))
                .isNotEqualTo(weekdays);
    }

    /** Arithmetic on weeks and binary search must agree with walking the days one by one, on both sides of 1970. */
    @Test
    void agreesWithWalkingDayByDay() {
        Random random = new Random(20260302);
        LocalDate[] windows = {LocalDate.of(1968, 6, 1), LocalDate.of(2025, 6, 1)};
        for (int round = 0; round < 40; round++) {
            LocalDate window = windows[round % 2];
            Set<DayOfWeek> weekdaySet = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(3) > 0) {
                    weekdaySet.add(day);
                }
            }
            List<LocalDate> holidays = randomDays(random, window, 40);
            List<LocalDate> extras = randomDays(random, window, 10);
            if (weekdaySet.isEmpty() && extras.isEmpty()) {
                weekdaySet.add(MONDAY);
            }
            WorkCalendar calendar = WorkCalendar.of(weekdaySet, holidays, extras);
            Set<LocalDate> holidaySet = new HashSet<>(holidays);
            Set<LocalDate> extraSet = new HashSet<>(extras);
            DayWalker walker = day -> extraSet.contains(day)
                    || weekdaySet.contains(day.getDayOfWeek()) && !holidaySet.contains(day);
            boolean finite = weekdaySet.isEmpty();

            for (int probe = 0; probe < 300; probe++) {
                LocalDate day = window.plusDays(random.nextInt(3 * 365));
                LocalDate other = window.plusDays(random.nextInt(3 * 365));
                assertThat(calendar.isWorkingDay(day)).as("%s working", day).isEqualTo(walker.isWorking(day));
                assertThat(calendar.workingDaysBetween(day, other)).as("%s .. %s", day, other)
                        .isEqualTo(walker.between(day, other));
                if (finite) {
                    continue; // a finite calendar runs out; its ends have their own test
                }
                int days = random.nextInt(601) - 300;
                assertThat(calendar.onOrAfter(day)).as("on or after %s", day).isEqualTo(walker.onOrAfter(day));
                assertThat(calendar.onOrBefore(day)).as("on or before %s", day).isEqualTo(walker.onOrBefore(day));
                assertThat(calendar.plusWorkingDays(day, days)).as("%s %+d", day, days)
                        .isEqualTo(walker.plus(walker.onOrAfter(day), days));
            }
        }
    }

    private static List<LocalDate> randomDays(Random random, LocalDate from, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(from.plusDays(random.nextInt(3 * 365)));
        }
        return days;
    }

    /** The obvious, slow calendar arithmetic. */
    @FunctionalInterface
    private interface DayWalker {

        boolean isWorking(LocalDate day);

        default LocalDate onOrAfter(LocalDate day) {
            while (!isWorking(day)) {
                day = day.plusDays(1);
            }
            return day;
        }

        default LocalDate onOrBefore(LocalDate day) {
            while (!isWorking(day)) {
                day = day.minusDays(1);
            }
            return day;
        }

        default LocalDate plus(LocalDate workingDay, int days) {
            LocalDate day = workingDay;
            for (int moved = 0; moved < Math.abs(days); ) {
                day = day.plusDays(Integer.signum(days));
                if (isWorking(day)) {
                    moved++;
                }
            }
            return day;
        }

        default int between(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                return -between(to, from);
            }
            int count = 0;
            for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
                count += isWorking(day) ? 1 : 0;
            }
            return count;
        }
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
