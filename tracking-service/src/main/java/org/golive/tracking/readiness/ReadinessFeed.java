package org.golive.tracking.readiness;

import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlanReplaced;
import org.golive.contract.planning.PlannedTask;
import org.golive.contract.planning.TaskCreated;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.contract.planning.TaskUpdated;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.platform.outbox.Changed;
import org.golive.platform.outbox.ConcurrentChanges;
import org.golive.tracking.intake.Projection;
import org.golive.tracking.intake.Subscriptions;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Planning's events as they concern readiness (after the portfolio, status and cost; before health, which reads the
 * score): a plan instantiated seeds the site's scorecard (a plan replaced re-tags it), tagged tasks feed its
 * criteria, a moved go-live moves its checkpoints. Each event applies once: the scorecard remembers the last
 * sequence of its rollout's events it applied, in the same write as the effect.
 */
@Component
@Order(4)
public class ReadinessFeed implements Projection {

    private static final String DONE = "DONE";

    private final Scorecards scorecards;
    private final Clock clock;

    ReadinessFeed(Scorecards scorecards, Clock clock) {
        this.scorecards = scorecards;
        this.clock = clock;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions.on(PlanInstantiated.class, this::planInstantiated)
                .on(PlanReplaced.class, this::planReplaced)
                .on(TaskCreated.class, this::taskCreated)
                .on(TaskUpdated.class, this::taskUpdated)
                .on(TaskStatusChanged.class, this::taskStatusChanged)
                .on(GoLiveRescheduled.class, this::goLiveRescheduled);
    }

    public void planInstantiated(IncomingEvent event, PlanInstantiated plan) {
        newPlan(event, plan.rolloutId(), plan.programId(), plan.goLiveDate(), plan.tasks());
    }

    /** The replaced plan's tagged tasks stop feeding the criteria; the new plan's feed them from now on. */
    public void planReplaced(IncomingEvent event, PlanReplaced plan) {
        newPlan(event, plan.rolloutId(), plan.programId(), plan.goLiveDate(), plan.tasks());
    }

    private void newPlan(IncomingEvent event, String rolloutId, String programId, LocalDate goLiveDate,
                         List<PlannedTask> tasks) {
        List<StandardCriteria.TaggedTask> tagged = tasks.stream().map(ReadinessFeed::tagged).toList();
        Map<String, Boolean> done = new HashMap<>();
        tasks.forEach(t -> done.put(t.taskId(), DONE.equals(t.status())));
        if (scorecards.find(rolloutId).isEmpty() && scorecards.create(Scorecard.seed(rolloutId,
                programId, goLiveDate, tagged, done, event.sequence(), clock.instant()))) {
            return;
        }
        apply(event, rolloutId, card -> card.replanned(event.sequence(), goLiveDate, tagged, done,
                clock.instant()), true);
    }

    public void taskCreated(IncomingEvent event, TaskCreated created) {
        apply(event, created.rolloutId(), card -> card.taskChanged(event.sequence(), tagged(created.task()),
                DONE.equals(created.task().status()), clock.instant()), false);
    }

    public void taskUpdated(IncomingEvent event, TaskUpdated updated) {
        apply(event, updated.rolloutId(), card -> card.taskChanged(event.sequence(), tagged(updated.task()),
                DONE.equals(updated.task().status()), clock.instant()), false);
    }

    public void taskStatusChanged(IncomingEvent event, TaskStatusChanged changed) {
        apply(event, changed.rolloutId(), card -> card.taskProgressed(event.sequence(), changed.taskId(),
                DONE.equals(changed.status()), clock.instant()), false);
    }

    public void goLiveRescheduled(IncomingEvent event, GoLiveRescheduled moved) {
        apply(event, moved.rolloutId(), card -> card.goLiveMoved(event.sequence(), moved.goLiveDate()), true);
    }

    /**
     * @param always store even when nothing was raised (the go-live date moved); otherwise a change that raised no
     *               event changed nothing worth a write
     */
    private void apply(IncomingEvent event, String rolloutId, Function<Scorecard, Changed<Scorecard>> effect,
                       boolean always) {
        ConcurrentChanges.retry(() -> {
            Optional<Scorecard> card = scorecards.find(rolloutId);
            if (card.isEmpty() || card.get().hasApplied(event.sequence())) {
                return; // no plan yet (the plan event will carry the state), or applied before
            }
            Changed<Scorecard> changed = effect.apply(card.get());
            if (always || changed.raisedEvents()) {
                scorecards.save(changed);
            }
        });
    }

    private static StandardCriteria.TaggedTask tagged(PlannedTask task) {
        return new StandardCriteria.TaggedTask(task.taskId(), task.readinessCriterion(), task.phase(),
                task.accountable());
    }
}
