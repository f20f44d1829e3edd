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
import org.golive.platform.outbox.RaisedEvent;
import org.golive.tracking.intake.HeldChanges;
import org.golive.tracking.intake.Projection;
import org.golive.tracking.intake.ReadModelWrites;
import org.golive.tracking.intake.Subscriptions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Planning's events as they concern readiness (after the portfolio, status and cost; before health, which reads the
 * score): a plan instantiated seeds the site's scorecard (a plan replaced re-tags it), tagged tasks feed its
 * criteria, a moved go-live moves its checkpoints. Each event applies once: the scorecard remembers the last
 * sequence of its rollout's events it applied, in the same write as the effect.
 *
 * <p>In a live poll the changes to a scorecard are held ({@link ReadModelWrites#hold}) and the scorecard is read once
 * and written once for the whole poll, with every event its changes raised, under its version check: an assessment
 * through the API that wrote in between makes the write fail, and the poll's changes are applied again on the
 * scorecard as the assessment left it, so neither is lost.
 */
@Component
@Order(4)
public class ReadinessFeed implements Projection, HeldChanges<ReadinessFeed.FeedChange> {

    private static final String DONE = "DONE";

    private final Scorecards scorecards;
    private final ReadModelWrites writes;
    private final Clock clock;

    ReadinessFeed(Scorecards scorecards, ReadModelWrites writes, Clock clock) {
        this.scorecards = scorecards;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * One event's change to a scorecard.
     *
     * @param seed   the scorecard a plan event seeds when the rollout has none; null for other events (no plan yet:
     *               the plan event will carry the state)
     * @param always store even when nothing was raised (the go-live date moved); otherwise a change that raised no
     *               event changed nothing worth a write
     */
    record FeedChange(long sequence, Supplier<Changed<Scorecard>> seed,
                      Function<Scorecard, Changed<Scorecard>> effect, boolean always) {
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
        Instant at = clock.instant();
        apply(rolloutId, new FeedChange(event.sequence(), () -> Scorecard.seed(rolloutId, programId, goLiveDate,
                tagged, done, event.sequence(), at),
                card -> card.replanned(event.sequence(), goLiveDate, tagged, done, at), true));
    }

    public void taskCreated(IncomingEvent event, TaskCreated created) {
        Instant at = clock.instant();
        apply(created.rolloutId(), new FeedChange(event.sequence(), null, card -> card.taskChanged(event.sequence(),
                tagged(created.task()), DONE.equals(created.task().status()), at), false));
    }

    public void taskUpdated(IncomingEvent event, TaskUpdated updated) {
        Instant at = clock.instant();
        apply(updated.rolloutId(), new FeedChange(event.sequence(), null, card -> card.taskChanged(event.sequence(),
                tagged(updated.task()), DONE.equals(updated.task().status()), at), false));
    }

    public void taskStatusChanged(IncomingEvent event, TaskStatusChanged changed) {
        Instant at = clock.instant();
        apply(changed.rolloutId(), new FeedChange(event.sequence(), null, card -> card.taskProgressed(
                event.sequence(), changed.taskId(), DONE.equals(changed.status()), at), false));
    }

    public void goLiveRescheduled(IncomingEvent event, GoLiveRescheduled moved) {
        apply(moved.rolloutId(), new FeedChange(event.sequence(), null,
                card -> card.goLiveMoved(event.sequence(), moved.goLiveDate()), true));
    }

    /** Held for the poll's one write of the scorecard; outside a poll, written now. */
    private void apply(String rolloutId, FeedChange change) {
        if (!writes.hold(this, rolloutId, change)) {
            write(rolloutId, List.of(change));
        }
    }

    /**
     * Reads the scorecard once, applies the changes it has not applied yet in their order, and stores it once with
     * every event they raised; on a concurrent write (the version check), all over again on what was stored.
     */
    @Override
    public void write(Object rolloutId, List<FeedChange> changes) {
        write(rolloutId, changes, scorecards.find((String) rolloutId).orElse(null));
    }

    /** A poll's scorecards read in one round trip, then each written as {@link #write} does. */
    @Override
    public void writeAll(Map<Object, List<FeedChange>> changes) {
        Map<String, Scorecard> read = scorecards.findAll(changes.keySet().stream().map(String.class::cast).toList());
        changes.forEach((rolloutId, ofCard) -> write(rolloutId, ofCard, read.get((String) rolloutId)));
    }

    /** As {@link #write}, from the scorecard as already read; a retry after a concurrent write reads it again. */
    private void write(Object rolloutId, List<FeedChange> changes, Scorecard readFirst) {
        boolean[] first = {true};
        ConcurrentChanges.retry(() -> {
            Scorecard card = first[0] ? readFirst : scorecards.find((String) rolloutId).orElse(null);
            first[0] = false;
            boolean seeded = false;
            boolean store = false;
            List<RaisedEvent> raised = new ArrayList<>();
            for (FeedChange change : changes) {
                Changed<Scorecard> changed;
                if (card == null) {
                    if (change.seed() == null) {
                        continue; // no plan yet: the plan event will carry the state
                    }
                    changed = change.seed().get();
                    seeded = true;
                } else if (card.hasApplied(change.sequence())) {
                    continue; // applied before
                } else {
                    changed = change.effect().apply(card);
                }
                card = changed.result();
                raised.addAll(changed.events());
                store |= change.always() || changed.raisedEvents();
            }
            if (!store) {
                return;
            }
            Changed<Scorecard> all = new Changed<>(card, raised);
            if (!seeded) {
                scorecards.save(all);
            } else if (!scorecards.create(all)) {
                // Seeded meanwhile (a redelivered plan event, another instance): applied again on what is stored.
                throw new OptimisticLockingFailureException("Scorecard of rollout " + rolloutId + " exists");
            }
        });
    }

    private static StandardCriteria.TaggedTask tagged(PlannedTask task) {
        return new StandardCriteria.TaggedTask(task.taskId(), task.readinessCriterion(), task.phase(),
                task.accountable());
    }
}
