package org.golive.planning.schedule;

/**
 * A {@link WorkCalendar}'s working minutes, numbered from the same origin as its working days: the minute a moment
 * falls on and back. Two ways to count, chosen once per calendar: {@link UniformDays} when every working day is worked
 * in the same hours (working day i holds minutes {@code [i * M, (i + 1) * M)}), {@link DayLengths} when days differ
 * in length (a short Friday, a half day).
 */
sealed interface WorkingMinutes permits WorkingMinutes.UniformDays, DayLengths {

    int DAY = 24 * 60;

    /** The working minutes before epoch day {@code epochDay}: where its work starts, or the next working day's. */
    long minutesBefore(long epochDay);

    /**
     * The working minutes before a moment; a moment outside working time shares the number of the next working
     * minute.
     *
     * @param epochMinute minutes since 1970-01-01T00:00 (the local time of the site, no zone)
     */
    long workingMinuteOf(long epochMinute);

    /** The moment (epoch minute) at which working minute {@code minute} begins. */
    long epochMinuteOfStart(long minute);

    /** The moment (epoch minute) at which working minute {@code minute - 1} ends. */
    long epochMinuteOfEnd(long minute);

    /** Every working day worked in the same hours: a working minute is a day index times the minutes a day, plus. */
    record UniformDays(WorkingDayIndex index, WorkingTimes times) implements WorkingMinutes {

        @Override
        public long minutesBefore(long epochDay) {
            return index.indexOf(epochDay) * times.minutesPerDay();
        }

        @Override
        public long workingMinuteOf(long epochMinute) {
            long epochDay = Math.floorDiv(epochMinute, DAY);
            long dayStart = minutesBefore(epochDay);
            return index.isWorking(epochDay)
                    ? dayStart + times.workedBefore((int) Math.floorMod(epochMinute, DAY)) : dayStart;
        }

        @Override
        public long epochMinuteOfStart(long minute) {
            int perDay = times.minutesPerDay();
            return index.epochDayOf(Math.floorDiv(minute, perDay)) * DAY
                    + times.clockOfStart((int) Math.floorMod(minute, perDay));
        }

        @Override
        public long epochMinuteOfEnd(long minute) {
            int perDay = times.minutesPerDay();
            return index.epochDayOf(Math.floorDiv(minute - 1, perDay)) * DAY
                    + times.clockOfEnd((int) Math.floorMod(minute - 1, perDay) + 1);
        }
    }
}
