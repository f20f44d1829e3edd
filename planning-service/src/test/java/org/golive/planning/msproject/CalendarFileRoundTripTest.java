package org.golive.planning.msproject;

import org.golive.planning.plan.Blueprint;
import org.golive.planning.plan.BlueprintTask;
import org.golive.planning.plan.Source;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mspdi.MSPDIReader;
import org.golive.planning.plan.Dependency;
import org.golive.planning.plan.PlanCalendar;
import org.golive.planning.plan.PlanCalendars;
import org.golive.planning.plan.PlanTask;
import org.golive.planning.plan.Raci;
import org.golive.planning.plan.SitePlan;
import org.golive.planning.plan.TaskDefinition;
import org.golive.testsupport.MspdiCalendarFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A site plan's status date and calendars through a Microsoft Project file and back: the site's calendar with its own
 * hours and holidays, a named night-shift calendar, and the work of hour-level tasks.
 */
class CalendarFileRoundTripTest {

    /** A Monday. */
    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 7);
    private static final LocalDate HOLIDAY = LocalDate.of(2027, 5, 31); // Memorial Day, a Monday
    private static final LocalDate STATUS_DATE = LocalDate.of(2027, 5, 14);
    private static final PlanCalendar SITE = new PlanCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            List.of(HOLIDAY), List.of(), "07:00-11:00,11:30-15:30");
    private static final PlanCalendar NIGHT_SHIFT = new PlanCalendar(EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY), List.of(HOLIDAY), List.of(), "00:00-06:00,22:00-24:00");

    private static SitePlan plan() {
        Raci analyst = new Raci(List.of("Interface analyst"), null, List.of(), List.of());
        List<BlueprintTask> tasks = List.of(
                new BlueprintTask("build", new TaskDefinition(null, null, "Build", -30, null, 10, List.of(),
                        null, null, analyst)),
                new BlueprintTask("smoke", new TaskDefinition(null, null, "Smoke test", null, null, 0,
                        List.of(new Dependency("build", Dependency.DependencyType.FS, 0)), null, null, analyst,
                        null, null, "90m", null)),
                new BlueprintTask("go-live", new TaskDefinition(null, null, "Go-live", 0, null, 0,
                        List.of(new Dependency("smoke", Dependency.DependencyType.FS, 0)), null, null, null)));
        SitePlan plan = SitePlan.create(new Blueprint(new Source("tpl", "Standard", 1, null),
                tasks), SITE, GO_LIVE);
        plan.setCalendar("Night shift", NIGHT_SHIFT, GO_LIVE);
        plan.setStatusDate(STATUS_DATE, GO_LIVE);
        return plan;
    }

    private static byte[] export(SitePlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MspdiWriter().write(PlanExport.of("Clinic B", plan, GO_LIVE), out);
        return out.toByteArray();
    }

    @Test
    void theStatusDateAndTheSitesCalendarWithItsOwnHoursComeBack() {
        byte[] file = export(plan());

        ImportedPlan read = new MspdiReader().read(new ByteArrayInputStream(file));
        assertThat(read.statusDate()).isEqualTo(STATUS_DATE);
        assertThat(read.calendar().workingTimes()).isEqualTo("07:00-11:00,11:30-15:30");
        assertThat(read.calendar().holidays()).contains(HOLIDAY);

        FileBlueprint blueprint = FileBlueprint.of(read, null);
        assertThat(blueprint.calendar().hours()).isEqualTo(SITE.hours());
        assertThat(blueprint.calendar().holidays()).contains(HOLIDAY);
        assertThat(blueprint.statusDateAt(GO_LIVE)).as("anchored on the file's go-live").isEqualTo(STATUS_DATE);
        SitePlan again = SitePlan.create(new Blueprint(new Source(null, null, null, "b.xml"),
                blueprint.tasks(), List.of(), blueprint.statusDateAt(GO_LIVE)), blueprint.calendar(), GO_LIVE);
        SitePlan original = plan();
        assertThat(again.statusDate()).isEqualTo(STATUS_DATE);
        String smoke = again.tasks().stream().filter(t -> t.definition().title().equals("Smoke test")).findFirst()
                .orElseThrow().id();
        assertThat(again.task(smoke).scheduled().startTime()).as("the 90-minute task on the site's own hours")
                .isEqualTo(original.task("smoke").scheduled().startTime());
        assertThat(again.task(smoke).scheduled().finishTime())
                .isEqualTo(original.task("smoke").scheduled().finishTime());
    }

    /** The plan above with an interface cutover on the night shift, the calendar coming with the plan. */
    private static SitePlan planWithANightTask() {
        List<BlueprintTask> tasks = List.of(
                new BlueprintTask("build", new TaskDefinition(null, null, "Build", -30, null, 10, List.of(),
                        null, null, null)),
                new BlueprintTask("cutover", new TaskDefinition(null, null, "Interface cutover", null, null, 0,
                        List.of(new Dependency("build", Dependency.DependencyType.FS, 0)), null, null, null,
                        null, null, "4h", "Night shift")),
                new BlueprintTask("go-live", new TaskDefinition(null, null, "Go-live", 0, null, 0,
                        List.of(new Dependency("cutover", Dependency.DependencyType.FS, 0)), null, null, null)));
        return SitePlan.create(new Blueprint(new Source("tpl", "Standard", 1, null), tasks, List.of(), null,
                List.of(new PlanCalendars.Named("Night shift", NIGHT_SHIFT))), SITE, GO_LIVE);
    }

    @Test
    void aTaskOnANamedCalendarComesBackOnItWithTheCalendar() {
        SitePlan original = planWithANightTask();
        ImportedPlan read = new MspdiReader().read(new ByteArrayInputStream(export(original)));

        assertThat(read.calendars()).extracting(ImportedCalendar::name).containsExactly("Night shift");
        assertThat(read.calendars().get(0).workingTimes()).isEqualTo("00:00-06:00,22:00-24:00");
        assertThat(read.calendars().get(0).holidays()).contains(HOLIDAY);
        assertThat(read.tasks()).filteredOn(t -> t.name().equals("Interface cutover")).singleElement()
                .extracting(ImportedTask::calendar).isEqualTo("Night shift");
        assertThat(read.warnings()).noneMatch(w -> w.contains("Night shift"));

        FileBlueprint blueprint = FileBlueprint.of(read, null);
        assertThat(blueprint.calendars()).extracting(PlanCalendars.Named::name).containsExactly("Night shift");
        assertThat(blueprint.calendars().get(0).calendar()).isEqualTo(NIGHT_SHIFT);
        SitePlan again = SitePlan.create(new Blueprint(new Source(null, null, null, "b.xml"), blueprint.tasks(),
                List.of(), null, blueprint.calendars()), blueprint.calendar(), GO_LIVE);
        PlanTask cutover = again.tasks().stream().filter(t -> t.definition().title().equals("Interface cutover"))
                .findFirst().orElseThrow();
        assertThat(cutover.definition().calendar()).isEqualTo("Night shift");
        assertThat(again.namedCalendars()).isEqualTo(original.namedCalendars());
        assertThat(cutover.scheduled().startTime()).as("four night hours, as planned")
                .isEqualTo(original.task("cutover").scheduled().startTime());
        assertThat(cutover.scheduled().finishTime()).isEqualTo(original.task("cutover").scheduled().finishTime());
    }

    @Test
    void aTemplateKeepsNoSiteCalendarSoItsTasksTakeTheSites() {
        FileBlueprint template = FileBlueprint.readForTemplate(export(planWithANightTask()), null);

        assertThat(template.calendars()).isEmpty();
        assertThat(template.tasks()).allSatisfy(task -> assertThat(task.definition().calendar()).isNull());
        assertThat(template.warnings()).contains("1 task(s) work on the file's calendar 'Night shift': a template"
                + " keeps no site calendars, so they take the site's calendar");
    }

    @Test
    void aNamedCalendarIsWrittenWithItsOwnHoursAndReadAloneByName() {
        byte[] file = export(plan());

        MspdiReader.CalendarRead night = new MspdiReader().readCalendar(new ByteArrayInputStream(file), "night shift",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

        assertThat(night.calendar().name()).isEqualTo("Night shift");
        assertThat(night.calendar().workingTimes()).isEqualTo("00:00-06:00,22:00-24:00");
        assertThat(night.calendar().workingWeekdays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(night.calendar().holidays()).containsExactly(HOLIDAY);
        assertThatThrownBy(() -> new MspdiReader().readCalendar(new ByteArrayInputStream(file), "Weekend crew",
                null, null)).isInstanceOf(MspdiFormatException.class)
                .hasMessageContaining("no calendar named 'Weekend crew'").hasMessageContaining("'Night shift'");
    }

    @Test
    void theResponsiblePartysWorkIsTheTasksDurationInHours() throws Exception {
        ProjectFile file = new MSPDIReader().read(new ByteArrayInputStream(export(plan())));

        ResourceAssignment smoke = assignmentOn(file, "Smoke test");
        ResourceAssignment build = assignmentOn(file, "Build");

        assertThat(smoke.getWork().convertUnits(TimeUnit.HOURS, file.getProjectProperties()).getDuration())
                .as("90 minutes, not a day's 8 hours").isEqualTo(1.5);
        assertThat(build.getWork().convertUnits(TimeUnit.HOURS, file.getProjectProperties()).getDuration())
                .as("ten days of the site's 8 hours").isEqualTo(80.0);
    }

    @Test
    void aFileHoldingOnlyACalendarIsReadAsOne() {
        String xml = MspdiCalendarFiles.calendarOnly("Health system", "07:00", "15:30", List.of(HOLIDAY));

        MspdiReader.CalendarRead read = new MspdiReader().readCalendar(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));

        assertThat(read.calendar().name()).isEqualTo("Health system");
        assertThat(read.calendar().workingTimes()).isEqualTo("07:00-15:30");
        assertThat(read.calendar().holidays()).containsExactly(HOLIDAY);
        assertThatThrownBy(() -> new MspdiReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .as("as a plan it is still refused").isInstanceOf(MspdiFormatException.class)
                .hasMessageContaining("no tasks");
    }

    @Test
    void aFileWithoutACalendarIsRefusedAsOne() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="http://schemas.microsoft.com/project">
                  <Name>No calendar</Name>
                  <Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel>
                    <Start>2027-05-03T08:00:00</Start><Finish>2027-05-03T17:00:00</Finish><Duration>PT8H0M0S</Duration>
                  </Task></Tasks>
                </Project>
                """;
        assertThatThrownBy(() -> new MspdiReader().readCalendar(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null, null, null))
                .isInstanceOf(MspdiFormatException.class).hasMessage("the file holds no calendar");
    }

    private static ResourceAssignment assignmentOn(ProjectFile file, String taskName) {
        return file.getResourceAssignments().stream().filter(a -> taskName.equals(a.getTask().getName()))
                .findFirst().orElseThrow();
    }
}
