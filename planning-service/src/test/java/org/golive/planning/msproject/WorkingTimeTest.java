package org.golive.planning.msproject;

import net.sf.mpxj.Duration;
import net.sf.mpxj.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every lag and duration unit MSPDI knows, in working days of an 8-hour, 5-day week. */
class WorkingTimeTest {

    private final WorkingTime time = new WorkingTime(480, 2400, 20);

    @Test
    void workingUnits() {
        assertThat(time.days(d(480, TimeUnit.MINUTES))).isEqualTo(1);
        assertThat(time.days(d(16, TimeUnit.HOURS))).isEqualTo(2);
        assertThat(time.days(d(3, TimeUnit.DAYS))).isEqualTo(3);
        assertThat(time.days(d(2, TimeUnit.WEEKS))).isEqualTo(10);
        assertThat(time.days(d(1, TimeUnit.MONTHS))).isEqualTo(20);
        assertThat(time.days(d(1, TimeUnit.YEARS))).isEqualTo(240);
        assertThat(time.days(null)).isZero();
    }

    @Test
    void roundingIsHalfAwayFromZero() {
        assertThat(time.days(d(4, TimeUnit.HOURS))).isEqualTo(1);
        assertThat(time.days(d(3.9, TimeUnit.HOURS))).isZero();
        assertThat(time.days(d(-4, TimeUnit.HOURS))).isEqualTo(-1);
        assertThat(time.days(d(-3.9, TimeUnit.HOURS))).isZero();
        assertThat(time.days(d(1.5, TimeUnit.DAYS))).isEqualTo(2);
        assertThat(time.days(d(-1.5, TimeUnit.DAYS))).isEqualTo(-2);
    }

    @Test
    void elapsedUnitsCountTheWorkingShareOfCalendarTime() {
        assertThat(time.days(d(7, TimeUnit.ELAPSED_DAYS))).isEqualTo(5);
        assertThat(time.days(d(3, TimeUnit.ELAPSED_DAYS))).isEqualTo(2); // 2.14
        assertThat(time.days(d(2, TimeUnit.ELAPSED_WEEKS))).isEqualTo(10);
        assertThat(time.days(d(24, TimeUnit.ELAPSED_HOURS))).isEqualTo(1); // 0.71
        assertThat(time.days(d(-7, TimeUnit.ELAPSED_DAYS))).isEqualTo(-5);
    }

    @Test
    void aPercentLagIsAShareOfThePredecessor() {
        assertThat(time.lagDays(d(50, TimeUnit.PERCENT), d(4, TimeUnit.DAYS))).isEqualTo(2);
        assertThat(time.lagDays(d(50, TimeUnit.PERCENT), d(3, TimeUnit.DAYS))).isEqualTo(2); // 1.5
        assertThat(time.lagDays(d(-25, TimeUnit.ELAPSED_PERCENT), d(40, TimeUnit.HOURS))).isEqualTo(-1); // -1.25
        assertThat(time.lagDays(d(2, TimeUnit.DAYS), null)).isEqualTo(2);
        assertThat(time.lagDays(null, d(2, TimeUnit.DAYS))).isZero();
    }

    @Test
    void theFilesOwnDayLength() {
        WorkingTime shortDays = new WorkingTime(450, 2250, 20); // 7.5-hour days
        assertThat(shortDays.days(d(7.5, TimeUnit.HOURS))).isEqualTo(1);
        assertThat(shortDays.days(d(1, TimeUnit.WEEKS))).isEqualTo(5);
        assertThat(shortDays.hours(d(2, TimeUnit.DAYS))).isEqualByComparingTo("15");
    }

    private static Duration d(double value, TimeUnit unit) {
        return Duration.getInstance(value, unit);
    }
}
