package org.golive.planning.msproject;

import org.golive.planning.schedule.Constraint;
import org.golive.planning.schedule.ConstraintType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.golive.planning.msproject.Samples.byUid;
import static org.golive.planning.msproject.Samples.link;
import static org.golive.planning.msproject.Samples.uids;

/** The reader's own rules, on a hand-written file that has each case once (mspdi-handwritten/summary-links.xml). */
class MspdiReaderRulesTest {

    private final ImportedPlan plan = Samples.read(Samples.SUMMARY_LINKS);
    private final Map<String, ImportedTask> tasks = byUid(plan);

    @Test
    void blankRowsAndInactiveTasksAreLeftOut() {
        // UID 6 is <Active>0</Active>, UID 7 <IsNull>1</IsNull>.
        assertThat(uids(plan.tasks())).containsExactly("1", "2", "3", "4", "5", "8", "9");
        assertThat(plan.warnings()).contains("task UID 6 'B2' is inactive in the file and is not imported",
                "the link to task UID 8 'B3' from an inactive task is dropped");
        assertThat(tasks.get("8").predecessors()).extracting(ImportedLink::predecessorUid).doesNotContain("6");
    }

    @Test
    void anUnflaggedSummaryAndAnUnflaggedMilestone() {
        assertThat(tasks.get("4").summary()).isTrue(); // Phase B: <Summary>0</Summary>, followed by deeper tasks
        assertThat(tasks.get("9").milestone()).isTrue(); // Go-live: <Milestone>0</Milestone>, zero duration
        assertThat(tasks.get("9").durationDays()).isZero();
    }

    @Test
    void aSummaryPredecessorHoldsBackEveryLeafUnderTheSuccessor() {
        // Phase A (1) FS Phase B (4): B1 and B3 wait for A1 and A2.
        assertThat(tasks.get("5").predecessors()).containsExactly(link("2", "FS", 0), link("3", "FS", 0),
                new ImportedLink("3", "SS", 0, "3ed"));
        assertThat(tasks.get("8").predecessors()).containsExactly(link("2", "FS", 0), link("3", "FS", 0));
        assertThat(tasks.get("4").predecessors()).isEmpty();
        assertThat(plan.warnings()).contains("link UID 1 'Phase A' FS UID 4 'Phase B' touches a summary task: "
                + "replaced by 4 link(s) between the leaf tasks under it");
    }

    @Test
    void aLinkFromASummaryWaitsForEveryLeafUnderIt() {
        // Phase B (4) FS Go-live (9); and A1 FF Go-live with a 50% lag.
        assertThat(tasks.get("9").predecessors()).containsExactly(link("5", "FS", 0), link("8", "FS", 0),
                link("2", "FF", 2));
    }

    @Test
    void percentAndElapsedLags() {
        // <LinkLag>50</LinkLag><LagFormat>19</LagFormat>: 50% of A1's 3 days = 1.5, rounded half up to 2.
        assertThat(tasks.get("9").predecessors()).contains(link("2", "FF", 2));
        // <LinkLag>43200</LinkLag><LagFormat>8</LagFormat>: 3 elapsed days, kept as such for the engine.
        assertThat(tasks.get("5").predecessors()).contains(new ImportedLink("3", "SS", 0, "3ed"));
        assertThat(plan.warnings()).noneMatch(w -> w.contains("approximated"));
    }

    @Test
    void startConstraints() {
        assertThat(tasks.get("2").constraintStartNoEarlierThan()).isEqualTo(LocalDate.of(2025, 3, 3)); // SNET (4)
        assertThat(tasks.get("2").constraint()).isNull();
        assertThat(tasks.get("3").constraintStartNoEarlierThan()).isNull();
        assertThat(tasks.get("3").constraint()).isEqualTo(Constraint.of(ConstraintType.MSO, LocalDate.of(2025, 3, 6)));
        assertThat(tasks.get("5").constraintStartNoEarlierThan()).isNull();
        assertThat(tasks.get("5").constraint())
                .isEqualTo(Constraint.of(ConstraintType.FNLT, LocalDate.of(2025, 3, 14))); // (7)
        assertThat(plan.warnings()).noneMatch(w -> w.contains("constraint"));
    }

    @Test
    void theFilesWbsCodesWhenEveryTaskHasItsOwn() {
        assertThat(plan.tasks()).extracting(ImportedTask::wbs).containsExactly("A", "A.1", "A.2", "B", "B.1", "B.3",
                "C");
    }

    @Test
    void aLinkFromAnotherProjectIsReportedAndDropped() {
        String xml = """
                <Project xmlns="http://schemas.microsoft.com/project"><StartDate>2025-01-06T08:00:00</StartDate><Tasks>
                <Task><UID>1</UID><ID>1</ID><Name>Go-live</Name><OutlineLevel>1</OutlineLevel>
                <Start>2025-01-06T08:00:00</Start><Finish>2025-01-06T08:00:00</Finish><Duration>PT0H0M0S</Duration>
                <PredecessorLink><PredecessorUID>500</PredecessorUID><Type>1</Type><CrossProject>1</CrossProject>
                <CrossProjectName>C:\\plans\\lab.mpp\\12</CrossProjectName></PredecessorLink>
                </Task></Tasks></Project>""";
        ImportedPlan read = new MspdiReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.tasks()).singleElement().satisfies(task -> assertThat(task.predecessors()).isEmpty());
        // MPXJ stands the other project's task in as a placeholder, UID 500 'External Task'.
        assertThat(read.warnings()).containsExactly(
                "task UID 500 'External Task' belongs to another project and is not imported",
                "the link to task UID 1 'Go-live' from a task of another project is dropped");
    }
}
