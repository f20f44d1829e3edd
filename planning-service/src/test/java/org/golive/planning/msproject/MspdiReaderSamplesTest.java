package org.golive.planning.msproject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.golive.planning.msproject.Samples.byUid;
import static org.golive.planning.msproject.Samples.link;
import static org.golive.planning.msproject.Samples.linkCount;
import static org.golive.planning.msproject.Samples.uids;

/**
 * The real third-party files of {@code mspdi/} (see its SOURCES.md). Every expected value below was read from the XML
 * by hand; the comments quote it.
 */
class MspdiReaderSamplesTest {

    private static final EnumSet<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Nested
    class MpxjSample1 {

        private final ImportedPlan plan = Samples.read(Samples.SAMPLE1);
        private final Map<String, ImportedTask> tasks = byUid(plan);

        @Test
        void theProjectAndItsCalendar() {
            assertThat(plan.title()).isEqualTo("MPXJ Sample");
            assertThat(plan.start()).isEqualTo(LocalDate.of(2003, 1, 7));
            // <FinishDate>2003-03-18T08:00:00: no work is done on the 18th, the last working day is the 17th.
            assertThat(plan.finish()).isEqualTo(LocalDate.of(2003, 3, 17));
            assertThat(plan.calendar().name()).isEqualTo("Standard");
            assertThat(plan.calendar().workingWeekdays()).isEqualTo(MONDAY_TO_FRIDAY);
            assertThat(plan.calendar().holidays()).isEmpty();
            assertThat(plan.warnings()).hasSize(1);
            assertThat(plan.warnings().get(0))
                    .startsWith("task UID 2 'Second Task': its dates come from its resource assignment");
            // MS Project's own Night Shift, hours differing by weekday, is kept as they are (no task uses it): the
            // 8-hour nights (the file's 480 minutes a day) are its hours, Monday's and Saturday's its weekdays' own.
            assertThat(plan.calendars()).singleElement().satisfies(night -> {
                assertThat(night.name()).isEqualTo("Night Shift");
                assertThat(night.workingTimes()).isEqualTo("00:00-03:00,04:00-08:00,23:00-24:00");
                assertThat(night.weekdayWorkingTimes()).containsExactly(
                        Map.entry(DayOfWeek.MONDAY, "23:00-24:00"),
                        Map.entry(DayOfWeek.SATURDAY, "00:00-03:00,04:00-08:00"));
            });
        }

        @Test
        void theTasksInFileOrderWithoutTheProjectSummary() {
            assertThat(uids(plan.tasks())).containsExactly("1", "2", "3", "6", "7", "8", "19", "9", "10", "11", "12",
                    "13", "14", "15", "16", "17", "18", "20", "21", "22", "23", "24");
            assertThat(plan.tasks()).filteredOn(ImportedTask::summary).extracting(ImportedTask::uid)
                    .containsExactly("1", "6", "19", "22");
            assertThat(plan.tasks()).filteredOn(ImportedTask::milestone).extracting(ImportedTask::name)
                    .containsExactly("Third task");
        }

        @Test
        void theOutlineThreeLevelsDeep() {
            ImportedTask assigned = tasks.get("23");
            assertThat(assigned.name()).isEqualTo("Assigned Task 1");
            assertThat(assigned.wbs()).isEqualTo("3.13.1");
            assertThat(assigned.outlineLevel()).isEqualTo(3);
            assertThat(assigned.parentUid()).isEqualTo("22");
            assertThat(tasks.get("22").parentUid()).isEqualTo("19");
            assertThat(tasks.get("19").parentUid()).isNull();
        }

        @Test
        void allFourLinkTypesAndLagsInHours() {
            // <LagFormat>5</LagFormat> (hours); LinkLag is in tenths of a minute: 4800 = 8 h = 1 day of 480 minutes.
            assertThat(tasks.get("10").predecessors()).containsExactly(link("9", "FS", 0));
            assertThat(tasks.get("12").predecessors()).containsExactly(link("11", "FS", 1));
            assertThat(tasks.get("14").predecessors()).containsExactly(link("13", "FS", -1)); // LinkLag -4800
            assertThat(tasks.get("16").predecessors()).containsExactly(link("15", "SS", 0)); // Type 3
            assertThat(tasks.get("18").predecessors()).containsExactly(link("17", "FF", 0)); // Type 0
            assertThat(tasks.get("21").predecessors()).containsExactly(link("20", "SF", 0)); // Type 2
            assertThat(linkCount(plan)).isEqualTo(6);
        }

        @Test
        void durationsConstraintsDeadlinesAndNotes() {
            // <Duration>PT800H0M0S (100 days), but the file dates it by its assignment: 50 working days, as written.
            ImportedTask second = tasks.get("2");
            assertThat(second.durationDays()).isEqualTo(50);
            assertThat(second.durationHours()).isEqualByComparingTo(new BigDecimal("400"));
            assertThat(tasks.get("6").durationDays()).isEqualTo(21); // PT168H0M0S
            assertThat(tasks.get("3").durationDays()).isZero();

            // <ConstraintType>4</ConstraintType> (start no earlier than) <ConstraintDate>2003-02-01T08:00:00
            assertThat(tasks.get("7").constraintStartNoEarlierThan()).isEqualTo(LocalDate.of(2003, 2, 1));
            assertThat(tasks.get("21").constraintStartNoEarlierThan()).isEqualTo(LocalDate.of(2003, 1, 6));
            assertThat(tasks.get("9").constraintStartNoEarlierThan()).isNull();

            assertThat(tasks.get("9").deadline()).isEqualTo(LocalDate.of(2003, 3, 14));
            assertThat(tasks.get("1").notes()).isEqualTo("Test Task Notes");
            assertThat(tasks.get("9").notes()).isNull();
        }

        @Test
        void aFinishAtTheStartOfADayIsThePreviousWorkingDay() {
            // Related Task 6b: <Start>2003-01-07T08:00:00 <Finish>2003-01-08T08:00:00, one day of work.
            ImportedTask task = tasks.get("21");
            assertThat(task.start()).isEqualTo(LocalDate.of(2003, 1, 7));
            assertThat(task.finish()).isEqualTo(LocalDate.of(2003, 1, 7));
            assertThat(tasks.get("9").finish()).isEqualTo(LocalDate.of(2003, 1, 7)); // 17:00 stays
        }
    }

    @Nested
    class TaskLinksProject2019 {

        private final ImportedPlan plan = Samples.read(Samples.TASK_LINKS);
        private final Map<String, ImportedTask> tasks = byUid(plan);

        @Test
        void sixteenTasksInPairsWithEightLinks() {
            assertThat(plan.tasks()).hasSize(16).noneMatch(ImportedTask::summary).noneMatch(ImportedTask::milestone)
                    .allMatch(task -> task.outlineLevel() == 1 && task.durationDays() == 1);
            assertThat(linkCount(plan)).isEqualTo(8);
            assertThat(plan.start()).isEqualTo(LocalDate.of(2018, 10, 18));
            assertThat(plan.finish()).isEqualTo(LocalDate.of(2018, 11, 2));
            assertThat(plan.calendar().workingWeekdays()).isEqualTo(MONDAY_TO_FRIDAY);
            assertThat(plan.warnings()).isEmpty();
        }

        @Test
        void everyLinkTypeAndLagFormat() {
            // LinkLag in tenths of a minute; LagFormat 7 = days, 9 = weeks (2400 minutes, 5 working days).
            assertThat(tasks.get("2").predecessors()).containsExactly(link("1", "FS", 0));
            assertThat(tasks.get("4").predecessors()).containsExactly(link("3", "FS", 1)); // 4800, days
            assertThat(tasks.get("6").predecessors()).containsExactly(link("5", "FS", 2)); // 9600, days
            assertThat(tasks.get("8").predecessors()).containsExactly(link("7", "FS", 5)); // 24000, weeks
            assertThat(tasks.get("10").predecessors()).containsExactly(link("9", "FS", 10)); // 48000, weeks
            assertThat(tasks.get("12").predecessors()).containsExactly(link("11", "SF", 2)); // Type 2
            assertThat(tasks.get("14").predecessors()).containsExactly(link("13", "SS", 2)); // Type 3
            assertThat(tasks.get("16").predecessors()).containsExactly(link("15", "FF", 2)); // Type 0
        }

        @Test
        void manuallyScheduledTasksKeepTheirStart() {
            // <Manual>1</Manual>: MS Project does not move them, so their start is a floor.
            ImportedTask task = tasks.get("10");
            assertThat(task.start()).isEqualTo(LocalDate.of(2018, 11, 2));
            assertThat(task.constraintStartNoEarlierThan()).isEqualTo(task.start());
        }
    }

    @Nested
    class CalendarRecurringExceptionsProject2016 {

        private final LocalDate from = LocalDate.of(2000, 1, 1);
        private final LocalDate to = LocalDate.of(2010, 12, 31);
        private final ImportedCalendar calendar = new MspdiReader()
                .readCalendar(Samples.open(Samples.RECURRING_EXCEPTIONS), from, to);

        @Test
        void itIsAPlanWithoutTasks() {
            // Its only <Task> is UID 0, the project summary (SOURCES.md counts it as "1 (a milestone)").
            assertThatThrownBy(() -> Samples.read(Samples.RECURRING_EXCEPTIONS))
                    .isInstanceOf(MspdiFormatException.class)
                    .hasMessage("the project has no tasks, only calendars (27 exception(s)): a calendar alone cannot be"
                            + " imported as a plan; import it into a site's calendar (…/plan/calendars/{name}/import)");
        }

        @Test
        void dailyExceptions() {
            // Daily 1: 2000-01-01..03 (Sat, Sun, Mon); Daily 2: every 3rd day from 02-01, 4 times;
            // Daily 3: every 5th day from 03-01, 5 times (03-11 is a Saturday); Daily 4: every 7th day from 04-01,
            // a Saturday, so never a working day.
            assertThat(holidaysIn(2000)).containsExactly(
                    LocalDate.of(2000, 1, 3),
                    LocalDate.of(2000, 2, 1), LocalDate.of(2000, 2, 4), LocalDate.of(2000, 2, 7),
                    LocalDate.of(2000, 2, 10),
                    LocalDate.of(2000, 3, 1), LocalDate.of(2000, 3, 6), LocalDate.of(2000, 3, 16),
                    LocalDate.of(2000, 3, 21));
        }

        @Test
        void weeklyExceptions() {
            // Weekly 2 Tuesday: <Period>2</Period> <DaysOfWeek>4</DaysOfWeek>, 4 occurrences from 2001-01-01.
            assertThat(calendar.holidays()).contains(LocalDate.of(2001, 1, 2), LocalDate.of(2001, 1, 16),
                    LocalDate.of(2001, 1, 30), LocalDate.of(2001, 2, 13));
            // Weekly 6 Saturday and Weekly 7 Sunday fall on days off anyway.
            assertThat(calendar.holidays()).noneMatch(date -> date.getDayOfWeek() == DayOfWeek.SATURDAY
                    || date.getDayOfWeek() == DayOfWeek.SUNDAY);
        }

        @Test
        void monthlyAndYearlyExceptionsIn2004() {
            // Monthly Relative 5 (last Friday of every 6th month from 2002-01): 2004-01-30 and 2004-07-30;
            // Monthly Relative 4 (fourth Thursday of every 5th month, 6 times from 2002-01): last on 2004-02-26;
            // Yearly Relative 1, 2, 3: first Tuesday of March, second Wednesday of April, third Thursday of May;
            // Monthly Absolute 2 (the 4th of every 5th month) hits a Sunday and a Saturday in 2004.
            assertThat(holidaysIn(2004)).containsExactly(LocalDate.of(2004, 1, 30), LocalDate.of(2004, 2, 26),
                    LocalDate.of(2004, 3, 2), LocalDate.of(2004, 4, 14), LocalDate.of(2004, 5, 20),
                    LocalDate.of(2004, 7, 30));
        }

        @Test
        void yearlyRelativeAndAbsoluteAcrossYears() {
            // Yearly Relative 1: <Month>2</Month> (March) <MonthItem>5</MonthItem> (Tuesday) <MonthPosition>0</MonthPosition>.
            assertThat(calendar.holidays()).contains(LocalDate.of(2004, 3, 2), LocalDate.of(2005, 3, 1),
                    LocalDate.of(2006, 3, 7), LocalDate.of(2007, 3, 6));
            // Yearly Absolute 3: 3 April, 2005 to 2009; 2005-04-03 is a Sunday.
            assertThat(calendar.holidays()).contains(LocalDate.of(2006, 4, 3), LocalDate.of(2009, 4, 3))
                    .doesNotContain(LocalDate.of(2005, 4, 3));
            // Monthly Absolute 2: the 4th of every 5th month from 2003-01, six times.
            assertThat(calendar.holidays()).contains(LocalDate.of(2003, 6, 4), LocalDate.of(2003, 11, 4),
                    LocalDate.of(2005, 2, 4));
        }

        @Test
        void aRecurringWorkingException() {
            // Recurring Working: <DayWorking>1</DayWorking>, first Saturday of the month, January to March 2010.
            // Worked 09:00-13:00, 14:00-17:00: dates in hours of their own, not the standard day's.
            assertThat(calendar.dateWorkingTimes()).containsOnlyKeys(LocalDate.of(2010, 1, 2),
                    LocalDate.of(2010, 2, 6), LocalDate.of(2010, 3, 6));
            assertThat(calendar.dateWorkingTimes()).containsValue("09:00-13:00,14:00-17:00").hasSize(3);
            assertThat(calendar.extraWorkingDays()).isEmpty();
            assertThat(calendar.isWorkingDay(LocalDate.of(2010, 2, 6))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2010, 2, 13))).isFalse();
        }

        @Test
        void byDefaultOnlyTheYearsAroundTheProjectCount() {
            // The project is dated 2017-10-20; every exception lies between 2000 and 2010.
            ImportedCalendar around = new MspdiReader().readCalendar(Samples.open(Samples.RECURRING_EXCEPTIONS),
                    null, null);
            assertThat(around.workingWeekdays()).isEqualTo(MONDAY_TO_FRIDAY);
            assertThat(around.holidays()).isEmpty();
            assertThat(around.extraWorkingDays()).isEmpty();
        }

        private List<LocalDate> holidaysIn(int year) {
            return calendar.holidays().subSet(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream().toList();
        }
    }

    @Nested
    class TaskBaselinesProject2019 {

        private final ImportedPlan plan = Samples.read(Samples.BASELINES);
        private final Map<String, ImportedTask> tasks = byUid(plan);

        @Test
        void oneHundredAndTenTasksWithoutLinks() {
            assertThat(plan.tasks()).hasSize(110);
            assertThat(linkCount(plan)).isZero();
        }

        @Test
        void baselineZeroStartAndFinish() {
            // <Baseline><Number>0</Number><Start>2014-04-01T09:00:00</Start></Baseline>
            ImportedTask start = tasks.get("34");
            assertThat(start.name()).isEqualTo("Baseline Start - Task");
            assertThat(start.baselineStart()).isEqualTo(LocalDate.of(2014, 4, 1));
            assertThat(start.baselineFinish()).isNull();
            // <Baseline><Number>0</Number><Finish>2014-03-01T09:00:00</Finish></Baseline>
            ImportedTask finish = tasks.get("23");
            assertThat(finish.name()).isEqualTo("Baseline Finish - Task");
            assertThat(finish.baselineFinish()).isEqualTo(LocalDate.of(2014, 3, 1));
            assertThat(finish.baselineStart()).isNull();
        }

        @Test
        void onlyBaselineZeroIsImported() {
            // UID 35 has <Number>1</Number><Start>2014-04-02T10:00:00; UID 1 a baseline cost only.
            assertThat(tasks.get("35").baselineStart()).isNull();
            assertThat(tasks.get("1").baselineStart()).isNull();
            assertThat(tasks.get("1").baselineFinish()).isNull();
            assertThat(plan.tasks()).filteredOn(task -> task.baselineStart() != null || task.baselineFinish() != null)
                    .extracting(ImportedTask::uid).containsExactlyInAnyOrder("23", "34", "67", "78");
        }
    }

    @Nested
    class ProjectLibreNewProduct {

        private final ImportedPlan plan = Samples.read(Samples.PROJECTLIBRE);
        private final Map<String, ImportedTask> tasks = byUid(plan);

        @Test
        void theProjectSummaryAtOutlineLevelZeroIsDropped() {
            // ProjectLibre writes the project as <UID>1</UID><ID>0</ID><OutlineLevel>0</OutlineLevel>.
            assertThat(plan.tasks()).hasSize(42);
            assertThat(tasks).doesNotContainKey("1");
            assertThat(plan.title()).isEqualTo("Project1");
            assertThat(plan.start()).isEqualTo(LocalDate.of(2001, 1, 1));
            assertThat(plan.finish()).isEqualTo(LocalDate.of(2001, 5, 23));
            assertThat(plan.calendar().workingWeekdays()).isEqualTo(MONDAY_TO_FRIDAY);
        }

        @Test
        void summariesAreInferredFromOutlineLevels() {
            // Every task says <Summary>0</Summary>.
            assertThat(plan.tasks()).filteredOn(ImportedTask::summary).extracting(ImportedTask::name).containsExactly(
                    "Design Phase", "Finance Phase", "Production Phase", "Marketing and Sales Phase",
                    "Distribution Phase", "Regional Promotions");
            assertThat(tasks.get("4").parentUid()).isEqualTo("3");
            assertThat(tasks.get("4").outlineLevel()).isEqualTo(2);
        }

        @Test
        void milestonesAreInferredFromZeroDurations() {
            // Every task says <Milestone>0</Milestone>; these have <Duration>PT0H0M0S</Duration>.
            assertThat(plan.tasks()).filteredOn(ImportedTask::milestone).extracting(ImportedTask::uid)
                    .containsExactly("2", "6", "9", "10", "13", "15", "22", "29", "35", "37", "38", "43");
        }

        @Test
        void anFfLinkAndANegativeLag() {
            assertThat(tasks.get("18").predecessors()).containsExactly(link("17", "FF", 0));
            // Sales training: <LinkLag>-72000</LinkLag><LagFormat>7</LagFormat>, -7200 minutes.
            assertThat(tasks.get("28").predecessors()).contains(link("25", "FS", -15));
        }

        @Test
        void linksBetweenSummariesAreExpandedOntoLeafTasks() {
            // Marketing and Sales Phase (23) follows Finance Phase (7): each of its six leaves waits for all eight
            // leaves of Finance Phase.
            List<String> financeLeaves = List.of("8", "9", "10", "11", "12", "13", "14", "15");
            for (String marketing : List.of("24", "25", "26", "27", "28", "29")) {
                assertThat(tasks.get(marketing).predecessors()).extracting(ImportedLink::predecessorUid)
                        .containsAll(financeLeaves);
            }
            assertThat(plan.tasks()).filteredOn(ImportedTask::summary).allMatch(task -> task.predecessors().isEmpty());
            assertThat(plan.warnings()).anyMatch(warning -> warning.startsWith(
                    "link UID 7 'Finance Phase' FS UID 23 'Marketing and Sales Phase' touches a summary task"));
            // 37 links in the file: 34 between leaves, and 3 from summaries expanded to 8x6 + 6x5 + 6x7 links, of
            // which one (First shipment after Inventory available) was already there.
            assertThat(linkCount(plan)).isEqualTo(34 + 48 + 30 + 42 - 1);
        }

        @Test
        void missingWbsCodesBecomeOutlineNumbers() {
            // Most tasks have <WBS/>.
            assertThat(tasks.get("2").wbs()).isEqualTo("1");
            assertThat(tasks.get("4").wbs()).isEqualTo("2.1");
            assertThat(tasks.get("43").wbs()).isEqualTo("7.7");
            assertThat(plan.warnings()).contains(
                    "the file's WBS codes are missing or repeated: outline numbers are used as WBS codes");
        }
    }
}
