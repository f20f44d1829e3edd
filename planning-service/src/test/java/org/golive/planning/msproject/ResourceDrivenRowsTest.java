package org.golive.planning.msproject;

import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mspdi.MSPDIReader;
import org.golive.planning.schedule.EffortDriven;
import org.golive.planning.schedule.ScheduleDuration;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differential table's resource-driven rows (DIFFERENTIAL.md) against effort-driven scheduling: the duration
 * MS Project computed from a task's assignment (work / (units x hours per day)) is the one {@link EffortDriven} gives,
 * which is how the import now schedules such a task ({@code DifferentialScheduleTest}).
 */
class ResourceDrivenRowsTest {

    /** The task's work and units are its assignments' added up, as MS Project adds them. */
    private static ScheduleDuration effortDriven(Task task) {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal units = BigDecimal.ZERO;
        for (ResourceAssignment assignment : task.getResourceAssignments()) {
            hours = hours.add(BigDecimal.valueOf(assignment.getWork().convertUnits(TimeUnit.HOURS,
                    task.getParentFile().getProjectProperties()).getDuration()));
            units = units.add(BigDecimal.valueOf(assignment.getUnits().doubleValue()).movePointLeft(2));
        }
        int minutesPerDay = task.getParentFile().getProjectProperties().getMinutesPerDay().intValue();
        return EffortDriven.duration(hours, units, minutesPerDay);
    }

    private static Task uid(ProjectFile file, int uid) {
        return file.getTasks().stream().filter(t -> t.getUniqueID() == uid).findFirst().orElseThrow();
    }

    @Test
    void sample1sSecondTaskTakesTheFilesFiftyDaysFromItsAssignments() throws Exception {
        ProjectFile file = new MSPDIReader().read(Samples.open(Samples.SAMPLE1));
        Task second = uid(file, 2);
        // <Duration> says 100 days; its assignments, 200 h at 50 % and 300 h at 75 %, are what MS Project scheduled:
        // 500 h / 1.25 units = 400 h, 50 days of 8 hours.
        assertThat(second.getResourceAssignments()).hasSize(2);
        assertThat(effortDriven(second)).isEqualTo(ScheduleDuration.days(50));
        assertThat(Samples.byUid(Samples.read(Samples.SAMPLE1)).get("2").durationDays())
                .as("the span the import keeps when the assignments cannot come along").isEqualTo(50);
    }

    @Test
    void theTaskThatIsNotResourceDrivenAgreesWithItsDurationToo() throws Exception {
        ProjectFile file = new MSPDIReader().read(Samples.open(Samples.SAMPLE1));
        // UID 24: 40 h at 100 %, Duration 5 days: effort-driven scheduling changes nothing for it.
        assertThat(effortDriven(uid(file, 24))).isEqualTo(ScheduleDuration.days(5));
        assertThat(Samples.byUid(Samples.read(Samples.SAMPLE1)).get("24").durationDays()).isEqualTo(5);
    }
}
