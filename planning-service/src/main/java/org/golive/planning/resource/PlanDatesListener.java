package org.golive.planning.resource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.contract.Topics;
import org.golive.contract.planning.CalendarChanged;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.ResourceAssignmentsChanged;
import org.golive.contract.planning.PlanReplaced;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.StatusDateSet;
import org.golive.contract.planning.TaskCreated;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.contract.planning.TaskUpdated;
import org.golive.planning.plan.PlanCalendars;
import org.golive.planning.plan.PlanEvents;
import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.EventIntake;
import org.golive.platform.consumer.RecordObservation;
import org.golive.platform.outbox.Changed;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keeps the assigned tasks' dates in step with the plans, from planning's own published events (a go-live move, a
 * slip, progress, a status date or calendar change, a plan replaced from a file, which releases the old tasks'
 * assignments), so that the resource package never reads or hooks into how plans are stored. Applying an event
 * sets dates to the values it carries: seeing it twice has the effect of once; the platform's ledger parks one that
 * arrives after a later one of its plan.
 */
@Component
class PlanDatesListener {

    private static final String LISTENER = "planning-resource-dates";

    private final EventHandlers handlers;
    private final RecordObservation observation;
    private final RolloutAssignmentStore assignments;
    private final LoadRefresh refresh;
    private final LabourCostRefresh labour;
    private final Clock clock;

    PlanDatesListener(EventIntake intake, RecordObservation observation, RolloutAssignmentStore assignments,
                      LoadRefresh refresh, LabourCostRefresh labour, TemplateDemand templateDemand,
                      EffortDrivenTasks effortDriven, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
        this.refresh = refresh;
        this.labour = labour;
        this.observation = observation;
        this.handlers = intake.handlers()
                .on(GoLiveRescheduled.class, (event, moved) -> follow(moved.rolloutId(),
                        document -> document.follow(moved.tasksMoved(), moved.goLiveDate())))
                .on(StatusDateSet.class, (event, set) -> follow(set.rolloutId(),
                        document -> document.follow(set.tasksMoved(), null)))
                .on(CalendarChanged.class, (event, changed) -> follow(changed.rolloutId(), document -> {
                    boolean ownCalendar = PlanCalendars.isStandard(changed.name())
                            && document.siteCalendar(PlanEvents.calendar(changed));
                    return document.follow(changed.tasksMoved(), null) || ownCalendar;
                }))
                .on(TaskCreated.class, (event, created) -> follow(created.rolloutId(),
                        document -> document.follow(created.tasksMoved(), null)))
                .on(TaskUpdated.class, (event, updated) -> follow(updated.rolloutId(), document -> {
                    PlannedTask task = updated.task();
                    boolean moved = document.follow(updated.tasksMoved(), null);
                    return document.follow(task.taskId(),
                            task.actualStart() != null ? task.actualStart() : task.start(),
                            task.actualFinish() != null ? task.actualFinish() : task.finish()) || moved;
                }))
                .on(TaskStatusChanged.class, (event, progress) -> follow(progress.rolloutId(), document -> {
                    boolean moved = document.follow(progress.tasksMoved(), null);
                    return document.follow(progress.taskId(), progress.actualStart(), progress.actualFinish())
                            || moved;
                }))
                .on(PlanReplaced.class, (event, replaced) -> released(replaced))
                // Both were done in the request that caused them; these catch up after a crash in between.
                .on(PlanInstantiated.class, (event, created) -> templateDemand.catchUp(created.rolloutId()))
                .on(ResourceAssignmentsChanged.class, (event, changed) -> effortDriven.caughtUp(changed.rolloutId(),
                        changed.taskId()))
                .build();
    }

    /** The old plan's assignments are released: the capacity and labour cost lose them. */
    private void released(PlanReplaced replaced) {
        Optional<RolloutAssignments> known = assignments.find(replaced.rolloutId());
        if (known.isEmpty()) {
            return;
        }
        List<String> released = assignments.change(replaced.rolloutId(), known::get,
                document -> document.release(replaced.replacedAt(), replaced.goLiveDate(), clock.instant()));
        if (!released.isEmpty()) {
            refresh.program(known.get().programId());
            labour.rollout(replaced.rolloutId());
        }
    }

    private void follow(String rolloutId, Predicate<RolloutAssignments> change) {
        Optional<RolloutAssignments> known = assignments.find(rolloutId);
        if (known.isEmpty()) {
            return; // nobody assigned on this site: nothing to follow
        }
        boolean changed = assignments.change(rolloutId, () -> known.get(),
                document -> Changed.silently(change.test(document)));
        if (changed) {
            refresh.program(known.get().programId());
            labour.rollout(rolloutId);
        }
    }

    /** A poll at a time: the ledger judges its events in one write, not one per event (most are not handled here). */
    @KafkaListener(id = LISTENER, idIsGroup = false, topics = Topics.PLANNING, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        handlers.handlePoll(LISTENER, records, observation);
    }
}
