package org.golive.tracking.status;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void countsWeekdaysOnlyBothEndsIncluded() {
        assertThat(WorkingDays.inclusive(d("2027-01-04"), d("2027-01-15"))).isEqualTo(10);
        assertThat(WorkingDays.inclusive(d("2027-01-09"), d("2027-01-10"))).as("a weekend").isZero();
        assertThat(WorkingDays.inclusive(d("2027-01-15"), d("2027-01-04"))).isZero();
        assertThat(WorkingDays.inclusive(d("2027-01-01"), d("2027-12-31"))).isEqualTo(261);
    }

    @Test
    void betweenIsSignedAndAFridayToMondayIsOneDay() {
        assertThat(WorkingDays.between(d("2027-01-15"), d("2027-01-18"))).isEqualTo(1);
        assertThat(WorkingDays.between(d("2027-01-18"), d("2027-01-15"))).isEqualTo(-1);
        assertThat(WorkingDays.between(d("2027-01-18"), d("2027-01-18"))).isZero();
    }

    @Test
    void plusSkipsWeekendsBothWays() {
        assertThat(WorkingDays.plus(d("2027-01-15"), 1)).isEqualTo(d("2027-01-18"));
        assertThat(WorkingDays.plus(d("2027-01-18"), -1)).isEqualTo(d("2027-01-15"));
        assertThat(WorkingDays.plus(d("2027-03-06"), 3)).as("from a Saturday go-live").isEqualTo(d("2027-03-10"));
    }
}
