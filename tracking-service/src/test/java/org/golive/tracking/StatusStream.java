package org.golive.tracking;

import io.cloudevents.CloudEvent;
import org.golive.contract.budget.ActualRecorded;
import org.golive.contract.budget.BudgetApproved;
import org.golive.contract.budget.BudgetChangeDecided;
import org.golive.contract.budget.BudgetOpened;
import org.golive.contract.budget.BudgetSubmitted;
import org.golive.contract.planning.BaselineSet;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.TaskCompleted;
import org.golive.contract.planning.TaskMove;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.contract.planning.TaskUpdated;
import org.golive.testsupport.TestEvents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Object mother of one site's recorded stream, as planning and budget publish it: a four-task plan with a baseline,
 * progress, a slip and a go-live move on the rollout's source, and two fiscal years' budgets with actuals, each
 * budget its own source. On 25 November 2026 (the tests' today) the site is 50.7 % done against 73.3 % planned:
 * SPI 0.6909, CPI 1.2667, one critical task overdue.
 */
final class StatusStream {

    static final LocalDate GO_LIVE = LocalDate.parse("2027-01-09");
    static final LocalDate MOVED_GO_LIVE = LocalDate.parse("2027-01-16");

    /** One source's events, in the order the source issued them. */
    record SourceEvents(String topic, String source, List<CloudEvent> events) {
    }

    private StatusStream() {
    }

    static List<SourceEvents> of(String rolloutId, String programId, String waveId) {
        return List.of(planning(rolloutId, programId, waveId), budget(rolloutId, programId, rolloutId + "-FY2027",
                        2027, "200000.00", "220000.00",
                        List.of(actual(rolloutId, "FY27-1", "2026-10-15", "50000.00"),
                                actual(rolloutId, "FY27-2", "2026-11-10", "40000.00"))),
                budget(rolloutId, programId, rolloutId + "-FY2026", 2026, "30000.00", null,
                        List.of(actual(rolloutId, "FY26-1", "2026-09-30", "10000.00"))));
    }

    private static SourceEvents planning(String rolloutId, String programId, String waveId) {
        String source = "/planning/rollouts/" + rolloutId;
        List<String> critical = List.of("t1", "t2", "t3", "go-live");
        List<PlannedTask> tasks = List.of(
                task("t1", "2026-10-05", "2026-10-30", 20, "80", false),
                task("t2", "2026-11-02", "2026-11-20", 15, "120", false),
                task("t3", "2026-11-23", "2026-12-11", 15, "100", false),
                task("go-live", "2027-01-09", "2027-01-09", 0, null, true));
        Instant now = Instant.parse("2026-11-25T09:00:00Z");
        List<Record> events = List.of(
                new RolloutCreated(rolloutId, programId, "Program", waveId, "Wave 1", "Shuffled Site", "HOSPITAL",
                        GO_LIVE, 200, 1500, null, List.of(), now),
                new PlanInstantiated(rolloutId, programId, "template", "Standard", 1, GO_LIVE,
                        LocalDate.parse("2026-10-05"), GO_LIVE, critical, tasks, now),
                new BaselineSet(rolloutId, "Approved plan", tasks.stream().map(t -> new BaselineSet.BaselineTask(
                        t.taskId(), t.start(), t.finish())).toList(), now),
                progress(rolloutId, "t1", "NOT_STARTED", "IN_PROGRESS", 50, null, critical),
                progress(rolloutId, "t1", "IN_PROGRESS", "DONE", 100, "2026-10-30", critical),
                new TaskCompleted(rolloutId, "t1", "Task t1", false, LocalDate.parse("2026-10-05"),
                        LocalDate.parse("2026-10-30"), new BigDecimal("80"), null, now),
                progress(rolloutId, "t2", "NOT_STARTED", "IN_PROGRESS", 60, null, critical),
                new TaskUpdated(rolloutId, task("t3", "2026-11-23", "2026-12-18", 20, "100", false),
                        List.of(move("t3", "2026-11-23", "2026-12-11", "2026-11-23", "2026-12-18")), critical, -5,
                        now),
                new GoLiveRescheduled(rolloutId, programId, GO_LIVE, MOVED_GO_LIVE, "Vendor delay",
                        List.of(move("go-live", "2027-01-09", "2027-01-09", "2027-01-16", "2027-01-16")),
                        critical, 0, MOVED_GO_LIVE, now));
        return numbered("golive.planning.events", source, rolloutId, events);
    }

    private static SourceEvents budget(String rolloutId, String programId, String budgetId, int fiscalYear,
                                       String approved, String changedTo, List<ActualRecorded> actuals) {
        Instant now = Instant.parse("2026-11-25T09:00:00Z");
        List<Record> events = new ArrayList<>(List.of(
                new BudgetOpened(budgetId, rolloutId, programId, "Shuffled Site", fiscalYear, "USD", "DRAFT",
                        fiscalYear == 2027, "0.00", now),
                new BudgetSubmitted(budgetId, rolloutId, programId, fiscalYear, "USD", approved, List.of(), "pm",
                        now),
                new BudgetApproved(budgetId, rolloutId, programId, fiscalYear, "USD", approved, List.of(), "0.00",
                        false, null, "finance", now)));
        actuals.forEach(actual -> events.add(new ActualRecorded(budgetId, rolloutId, actual.transactionId(),
                actual.date(), actual.category(), actual.amount(), "USD", null, null, null, "api", "finance", now)));
        if (changedTo != null) {
            events.add(new BudgetChangeDecided(budgetId, rolloutId, "cr-1", "APPROVED", null, "20000.00", changedTo,
                    "USD", false, "finance", now));
        }
        return numbered("golive.budget.events", "/budget/budgets/" + budgetId, rolloutId, events);
    }

    private static ActualRecorded actual(String rolloutId, String transactionId, String date, String amount) {
        return new ActualRecorded(null, rolloutId, transactionId, LocalDate.parse(date), "IMPLEMENTATION_SERVICES",
                amount, "USD", null, null, null, "api", "finance", Instant.now());
    }

    private static SourceEvents numbered(String topic, String source, String key, List<Record> events) {
        List<CloudEvent> numbered = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            numbered.add(TestEvents.event(events.get(i), source, i + 1, key));
        }
        return new SourceEvents(topic, source, numbered);
    }

    private static TaskStatusChanged progress(String rolloutId, String taskId, String from, String to, int percent,
                                              String actualFinish, List<String> critical) {
        return new TaskStatusChanged(rolloutId, taskId, from, to, percent, LocalDate.parse("2026-10-05"),
                actualFinish == null ? null : LocalDate.parse(actualFinish), List.of(), critical, null,
                Instant.parse("2026-11-25T09:00:00Z"));
    }

    private static TaskMove move(String taskId, String fromStart, String fromFinish, String start, String finish) {
        return new TaskMove(taskId, LocalDate.parse(fromStart), LocalDate.parse(fromFinish), LocalDate.parse(start),
                LocalDate.parse(finish));
    }

    private static PlannedTask task(String id, String start, String finish, int days, String effort,
                                    boolean milestone) {
        return new PlannedTask(id, "1." + id, "Build", "Task " + id, LocalDate.parse(start), LocalDate.parse(finish),
                days, milestone, true, 0, null, "NOT_STARTED", 0, null, null,
                effort == null ? null : new BigDecimal(effort), null, "PM", List.of(), List.of());
    }
}
