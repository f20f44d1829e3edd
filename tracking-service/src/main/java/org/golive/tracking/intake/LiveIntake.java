package org.golive.tracking.intake;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The live listeners, held still for the moment a rebuild switches generations: once paused, none is inside an
 * event, so the rebuilt generation can be brought level with everything they applied before it becomes active.
 */
@Component
public class LiveIntake {

    private final KafkaListenerEndpointRegistry registry;

    LiveIntake(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    /**
     * Pauses the running listeners and waits until each has finished the records it was handling.
     *
     * @return what to resume
     * @throws IllegalStateException if they did not stop within {@code within} (they are resumed)
     */
    public Paused pause(Duration within) {
        List<MessageListenerContainer> running = Stream.of(TrackingListeners.PLANNING_LISTENER,
                        TrackingListeners.BUDGET_LISTENER, TrackingListeners.STAKEHOLDER_LISTENER)
                .map(registry::getListenerContainer).filter(Objects::nonNull)
                .filter(MessageListenerContainer::isRunning).toList();
        Paused paused = new Paused(new ArrayList<>(running));
        running.forEach(MessageListenerContainer::pause);
        Instant deadline = Instant.now().plus(within);
        while (!running.stream().allMatch(MessageListenerContainer::isContainerPaused)) {
            if (Instant.now().isAfter(deadline)) {
                paused.resume();
                throw new IllegalStateException("The live listeners did not pause within " + within);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                paused.resume();
                throw new IllegalStateException("Interrupted while pausing the live listeners", e);
            }
        }
        return paused;
    }

    /** Listeners paused by {@link #pause}. */
    public record Paused(List<MessageListenerContainer> containers) {

        public void resume() {
            containers.forEach(MessageListenerContainer::resume);
        }
    }
}
