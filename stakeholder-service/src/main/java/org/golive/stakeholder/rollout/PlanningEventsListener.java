package org.golive.stakeholder.rollout;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.contract.Topics;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.AssignmentChanged;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.MilestoneSlipped;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.EventIntake;
import org.golive.platform.consumer.RecordObservation;
import org.golive.stakeholder.communication.audience.RolloutCalendar;
import org.golive.stakeholder.communication.rules.PlanningRules;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads planning's events. The rollouts they announce, and who manages each, the platform records itself
 * ({@link org.golive.platform.consumer.RolloutManagers}); the programs are recorded here ({@link Programs});
 * communications keep each rollout's go-live date and site ({@link RolloutCalendar}) and react to moves and slips
 * ({@link PlanningRules}). Every effect is guarded by the event (the intake admits each once; each handler's write
 * carries its own guard), so a redelivered event changes nothing.
 */
@Component
class PlanningEventsListener {

    private static final String LISTENER = "stakeholder-planning-events";

    private final EventHandlers handlers;
    private final RecordObservation observation;

    PlanningEventsListener(EventIntake intake, RecordObservation observation, Programs programs,
                           RolloutCalendar calendar, PlanningRules rules) {
        this.observation = observation;
        this.handlers = intake.handlers()
                .on(ProgramCreated.class, programs::record)
                .on(RolloutCreated.class, (event, rollout) -> calendar.created(event, rollout.rolloutId(),
                        rollout.programId(), rollout.siteName(), rollout.goLiveDate(), rollout.projectManager()))
                .on(RolloutUpdated.class, (event, rollout) -> calendar.updated(event, rollout.rolloutId(),
                        rollout.programId(), rollout.siteName(), rollout.projectManager()))
                .on(GoLiveRescheduled.class, rules::goLiveMoved)
                .on(MilestoneSlipped.class, rules::milestoneSlipped)
                .on(AssignmentChanged.class, (event, assignment) -> rules.assignmentChanged(event,
                        assignment.rolloutId(), assignment.taskId(), assignment.accountable(), assignment.informed()))
                .build();
    }

    /** A poll at a time: the ledger judges its events in one write, not one per event (most are not handled here). */
    @KafkaListener(id = LISTENER, idIsGroup = false, topics = Topics.PLANNING, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        handlers.handlePoll(LISTENER, records, observation);
    }
}
