package org.golive.planning.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which tasks a task list answers, in what order and how it pages; without Spring and without a schedule. */
class TaskQueryTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    /**
     * Six tasks with their facts spelt out: id, title, phase, status, start and finish (days after DAY), float,
     * critical, responsible, accountable, consulted.
     */
    private static final List<PlanTask> PLAN = List.of(
            task("kickoff", "Kickoff", "assess", TaskStatus.DONE, 0, 0, 0, true, "pm.north", "Executive Sponsor", null),
            task("build", "Build interfaces", "design-build", TaskStatus.IN_PROGRESS, 5, 30, 0, true,
                    "Interface Analyst", "pm.north", null),
            task("devices", "Deploy devices", "design-build", TaskStatus.IN_PROGRESS, 5, 20, 12, false,
                    "Technical Lead", "IT Director", "pm.north"),
            task("test", "Integrated test", "test", TaskStatus.NOT_STARTED, 31, 45, 0, true, "Test Lead",
                    "Application Director", null),
            task("train", "end-user training", "train", TaskStatus.NOT_STARTED, 31, 50, 7, false, "Training Lead",
                    "pm.north", "Test Lead"),
            task("go-live", "Go-live", "go-live", TaskStatus.NOT_STARTED, 60, 60, 0, true, "Site Project Manager",
                    "Executive Sponsor", null));

    private static PlanTask task(String id, String title, String phase, TaskStatus status, int start, int finish,
                                 int totalFloat, boolean critical, String responsible, String accountable,
                                 String consulted) {
        Raci raci = new Raci(List.of(responsible), accountable, consulted == null ? List.of() : List.of(consulted),
                List.of());
        TaskDefinition definition = new TaskDefinition(null, phase, title, null, null, finish - start, List.of(),
                null, null, raci);
        ScheduledDates dates = new ScheduledDates(DAY.plusDays(start), DAY.plusDays(finish),
                DAY.plusDays(start + totalFloat), DAY.plusDays(finish + totalFloat), totalFloat, critical);
        return new PlanTask(id, definition, status, 0, null, null, dates, 0);
    }

    private static TaskQuery where(Set<TaskStatus> statuses, Set<String> phases, Boolean critical, String assignee,
                                   LocalDate dueBefore) {
        return new TaskQuery(statuses, phases, critical, assignee, dueBefore, TaskOrder.BY_START);
    }

    private static List<String> ids(TaskQuery query) {
        return query.page(PLAN, 0, TaskQuery.MAX_PAGE_SIZE).tasks().stream().map(PlanTask::id).toList();
    }

    @Test
    void noFilterAnswersEveryTaskByStartThenId() {
        assertThat(ids(TaskQuery.everyTask()))
                .containsExactly("kickoff", "build", "devices", "test", "train", "go-live");
    }

    @Test
    void statusKeepsTheTasksInAnyOfTheStatusesAsked() {
        assertThat(ids(where(Set.of(TaskStatus.IN_PROGRESS), null, null, null, null)))
                .containsExactly("build", "devices");
        assertThat(ids(where(Set.of(TaskStatus.DONE, TaskStatus.IN_PROGRESS), null, null, null, null)))
                .containsExactly("kickoff", "build", "devices");
    }

    @Test
    void phaseKeepsTheTasksOfAnyOfThePhasesAskedByKey() {
        assertThat(ids(where(null, Set.of("design-build"), null, null, null))).containsExactly("build", "devices");
        assertThat(ids(where(null, Set.of("test", "train"), null, null, null))).containsExactly("test", "train");
        assertThat(ids(where(null, Set.of("Design and build"), null, null, null)))
                .as("a phase's display name is not its key").isEmpty();
    }

    @Test
    void criticalKeepsTheTasksOnOrOffTheCriticalPath() {
        assertThat(ids(where(null, null, true, null, null))).containsExactly("kickoff", "build", "test", "go-live");
        assertThat(ids(where(null, null, false, null, null))).containsExactly("devices", "train");
    }

    @Test
    void anAssigneeIsResponsibleOrAccountableNeverOnlyConsulted() {
        assertThat(ids(where(null, null, null, "pm.north", null)))
                .as("responsible for kickoff, accountable for build and train, only consulted on devices")
                .containsExactly("kickoff", "build", "train");
        assertThat(ids(where(null, null, null, "Test Lead", null))).containsExactly("test");
        assertThat(ids(where(null, null, null, "test lead", null))).as("compared exactly").isEmpty();
        assertThat(ids(where(null, null, null, "nobody", null))).isEmpty();
    }

    @Test
    void dueBeforeKeepsTheTasksThatFinishStrictlyBeforeTheDay() {
        assertThat(ids(where(null, null, null, null, DAY.plusDays(30)))).containsExactly("kickoff", "devices");
        assertThat(ids(where(null, null, null, null, DAY.plusDays(31))))
                .containsExactly("kickoff", "build", "devices");
        assertThat(ids(where(null, null, null, null, DAY))).isEmpty();
    }

    @Test
    void everyFilterGivenMustHold() {
        assertThat(ids(where(Set.of(TaskStatus.IN_PROGRESS), Set.of("design-build"), true, null, null)))
                .containsExactly("build");
        assertThat(ids(where(Set.of(TaskStatus.NOT_STARTED), null, false, "pm.north", null)))
                .containsExactly("train");
        assertThat(ids(where(Set.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS), null, true, null,
                DAY.plusDays(46)))).containsExactly("build", "test");
        assertThat(ids(where(Set.of(TaskStatus.DONE, TaskStatus.IN_PROGRESS), Set.of("assess", "design-build"),
                true, "pm.north", DAY.plusDays(31)))).containsExactly("kickoff", "build");
        assertThat(ids(where(Set.of(TaskStatus.DONE), Set.of("test"), null, null, null))).isEmpty();
    }

    @Test
    void aTaskNotYetScheduledIsNeitherCriticalNorDueButStillListed() {
        PlanTask unscheduled = new PlanTask("new", PLAN.get(0).definition(), TaskStatus.NOT_STARTED, 0, null,
                null, null, 0);
        assertThat(where(null, null, true, null, null).matches(unscheduled)).isFalse();
        assertThat(where(null, null, false, null, null).matches(unscheduled)).isTrue();
        assertThat(where(null, null, null, null, DAY.plusYears(10)).matches(unscheduled)).isFalse();
        List<PlanTask> tasks = List.of(unscheduled, PLAN.get(0));
        assertThat(TaskQuery.everyTask().page(tasks, 0, 10).tasks()).extracting(PlanTask::id)
                .as("last, whatever the direction").containsExactly("kickoff", "new");
        assertThat(new TaskQuery(null, null, null, null, null, TaskOrder.parse("start,desc")).page(tasks, 0, 10)
                .tasks()).extracting(PlanTask::id).containsExactly("kickoff", "new");
    }

    private List<String> sorted(String order) {
        return new TaskQuery(null, null, null, null, null, TaskOrder.parse(order)).page(PLAN, 0, 10).tasks()
                .stream().map(PlanTask::id).toList();
    }

    @Test
    void byStartOrFinishAscendingOrDescendingWithTiesByTaskId() {
        assertThat(sorted("start,desc")).containsExactly("go-live", "test", "train", "build", "devices", "kickoff");
        assertThat(sorted("finish")).containsExactly("kickoff", "devices", "build", "test", "train", "go-live");
        assertThat(sorted("finish,desc")).containsExactly("go-live", "train", "test", "build", "devices", "kickoff");
    }

    @Test
    void byFloatTheMostCriticalFirst() {
        assertThat(sorted("float")).containsExactly("build", "go-live", "kickoff", "test", "train", "devices");
        assertThat(sorted("float,desc")).containsExactly("devices", "train", "build", "go-live", "kickoff", "test");
    }

    @Test
    void byNameIgnoringCase() {
        assertThat(sorted("name")).containsExactly("build", "devices", "train", "go-live", "test", "kickoff");
        assertThat(sorted(" NAME , DESC ")).containsExactly("kickoff", "test", "go-live", "train", "devices", "build");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"start|start", "start,asc|start", "finish,desc|finish,desc",
            "Float,DESC|float,desc", "name|name"})
    void anOrderIsWrittenBackAsItIsRead(String text, String canonical) {
        assertThat(TaskOrder.parse(text).text()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "wbs", "start,up", "start,desc,asc", "starts", ",desc"})
    void anUnknownOrderIsRefusedSayingWhatIsAccepted(String text) {
        assertThatThrownBy(() -> TaskOrder.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start, finish, float or name");
    }

    private TaskPage page(int page, int size) {
        return TaskQuery.everyTask().page(PLAN, page, size);
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlapOrGap() {
        assertThat(page(0, 4).tasks()).extracting(PlanTask::id).containsExactly("kickoff", "build", "devices", "test");
        assertThat(page(1, 4).tasks()).extracting(PlanTask::id).containsExactly("train", "go-live");
        assertThat(page(1, 4).total()).isEqualTo(6);
        assertThat(page(1, 4).totalPages()).isEqualTo(2);
        assertThat(page(0, 4).hasNext()).isTrue();
        assertThat(page(1, 4).hasNext()).isFalse();
    }

    @Test
    void aPageExactlyFullAndASizeOfOne() {
        assertThat(page(0, 6).tasks()).hasSize(6);
        assertThat(page(0, 6).totalPages()).isEqualTo(1);
        assertThat(page(0, 6).hasNext()).isFalse();
        assertThat(page(5, 1).tasks()).extracting(PlanTask::id).containsExactly("go-live");
        assertThat(page(5, 1).totalPages()).isEqualTo(6);
    }

    @Test
    void aPagePastTheLastIsEmptyAndStillCountsTheMatches() {
        TaskPage past = page(2, 4);
        assertThat(past.tasks()).isEmpty();
        assertThat(past.total()).isEqualTo(6);
        assertThat(past.lastPage()).isEqualTo(1);
        assertThat(page(Integer.MAX_VALUE, TaskQuery.MAX_PAGE_SIZE).tasks()).as("no overflow").isEmpty();
    }

    @Test
    void nothingMatchingIsOneEmptyPage() {
        TaskPage none = where(null, null, null, "nobody", null).page(PLAN, 0, 50);
        assertThat(none.tasks()).isEmpty();
        assertThat(none.total()).isZero();
        assertThat(none.totalPages()).isZero();
        assertThat(none.lastPage()).isZero();
        assertThat(none.hasNext()).isFalse();
    }

    @Test
    void filteringComesBeforePaging() {
        TaskPage second = where(null, null, true, null, null).page(PLAN, 1, 3);
        assertThat(second.tasks()).extracting(PlanTask::id).containsExactly("go-live");
        assertThat(second.total()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"-1, 10", "0, 0", "0, -5", "0, 501"})
    void aNegativePageOrASizeOutsideOneToFiveHundredIsRefused(int page, int size) {
        assertThatThrownBy(() -> page(page, size)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLargestPageHoldsFiveHundredTasks() {
        List<PlanTask> many = java.util.stream.IntStream.range(0, 1_200)
                .mapToObj(i -> task("t" + (10_000 + i), "T", "test", TaskStatus.NOT_STARTED, i % 7, i % 7 + 1, 0,
                        false, "r", "a", null)).toList();
        TaskPage first = TaskQuery.everyTask().page(many, 0, 500);
        TaskPage last = TaskQuery.everyTask().page(many, 2, 500);
        assertThat(first.tasks()).hasSize(500);
        assertThat(last.tasks()).hasSize(200);
        assertThat(first.totalPages()).isEqualTo(3);
        List<PlanTask> all = new java.util.ArrayList<>(first.tasks());
        all.addAll(TaskQuery.everyTask().page(many, 1, 500).tasks());
        all.addAll(last.tasks());
        assertThat(all).as("every task once across the pages, though many share a start").hasSize(1_200)
                .doesNotHaveDuplicates();
    }
}
