package org.golive.planning.schedule;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MS Project's effort-driven duration: duration = work / (sum of units x hours per day). Each case is what MS Project
 * shows for a fixed-work task on a Standard calendar (8 h a day unless said) after assigning the units named.
 */
class EffortDrivenTest {

    private static final int EIGHT_HOURS = 480;

    private static String duration(String work, String units, int minutesPerDay) {
        return EffortDriven.duration(new BigDecimal(work), new BigDecimal(units), minutesPerDay).toString();
    }

    @Test
    void oneFullTimeResourceWorksTheWorkInDaysOfItsCalendar() {
        assertThat(duration("80", "1", EIGHT_HOURS)).isEqualTo("10d");
    }

    @Test
    void twoResourcesHalveTheDurationAndAHalfTimeOneDoublesIt() {
        assertThat(duration("80", "2", EIGHT_HOURS)).isEqualTo("5d");
        assertThat(duration("80", "0.5", EIGHT_HOURS)).isEqualTo("20d");
        assertThat(duration("80", "1.5", EIGHT_HOURS)).as("3,200 minutes: 6.67 days").isEqualTo("3200m");
    }

    @Test
    void aPartDayIsKeptInHoursOrMinutesOfWorkingTime() {
        assertThat(duration("20", "1", EIGHT_HOURS)).as("MS Project: 2.5 days").isEqualTo("20h");
        assertThat(duration("10", "3", EIGHT_HOURS)).as("200 minutes").isEqualTo("200m");
    }

    @Test
    void theDayIsTheCalendarsWorkingDayNotEightHours() {
        assertThat(duration("75", "1", 450)).as("7.5-hour days").isEqualTo("10d");
        assertThat(duration("80", "1", 450)).as("not a whole number of 7.5-hour days").isEqualTo("80h");
        assertThat(duration("48", "1", 1440)).as("a 24-hour calendar").isEqualTo("2d");
    }

    @Test
    void minutesAreRoundedToTheNearest() {
        assertThat(duration("1", "3", EIGHT_HOURS)).as("20 minutes").isEqualTo("20m");
        assertThat(duration("1", "7", EIGHT_HOURS)).as("8.57 minutes").isEqualTo("9m");
        assertThat(duration("0.01", "100", EIGHT_HOURS)).as("never zero: that would be a milestone")
                .isEqualTo("1m");
    }

    @Test
    void workOrUnitsOfZeroHaveNoDuration() {
        assertThatThrownBy(() -> duration("0", "1", EIGHT_HOURS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> duration("8", "0", EIGHT_HOURS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> duration("8", "1", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
