package org.golive.stakeholder.rollout;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.golive.contract.Topics;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.platform.consumer.EventHandlers;
import org.golive.platform.consumer.IncomingEvent;
import org.golive.platform.consumer.RolloutManagers;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Learns the rollouts planning creates; planning's other events are skipped. */
@Component
class PlanningEventsListener {

    private final EventHandlers handlers;

    PlanningEventsListener(KnownRollouts rollouts, RolloutManagers managers, JsonMapper json) {
        this.handlers = EventHandlers.builder(json)
                .on(RolloutCreated.class, (event, rollout) -> {
                    rollouts.learn(event, rollout);
                    managers.record(event, rollout.rolloutId(), rollout.projectManager());
                })
                // A new project manager takes over the site's access at once; the former one loses it.
                .on(RolloutUpdated.class, (event, rollout) -> {
                    rollouts.learn(event, rollout);
                    managers.record(event, rollout.rolloutId(), rollout.projectManager());
                })
                .build();
    }

    @KafkaListener(id = "stakeholder-planning-events", idIsGroup = false, topics = Topics.PLANNING)
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.handle(IncomingEvent.from(record));
    }
}
