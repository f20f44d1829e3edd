package org.golive.stakeholder.rollout;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.contract.Topics;
import org.golive.contract.planning.ProgramCreated;
import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.EventIntake;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads planning's events. The rollouts they announce, and who manages each, the platform records itself
 * ({@link org.golive.platform.consumer.RolloutManagers}); the programs are recorded here ({@link Programs}).
 */
@Component
class PlanningEventsListener {

    private final EventHandlers handlers;

    PlanningEventsListener(EventIntake intake, Programs programs) {
        this.handlers = intake.handlers()
                .on(ProgramCreated.class, programs::record)
                .build();
    }

    @KafkaListener(id = "stakeholder-planning-events", idIsGroup = false, topics = Topics.PLANNING)
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.handle(record);
    }
}
