package org.golive.platform.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Parks, now and then, the events whose parts stopped arriving ({@link EventAssembly#giveUpStale}). The parts of one
 * event are published in one transaction, so they are readable together; only a part lost on the way, or a producer
 * that is not Golive's, leaves an event incomplete. The wait counts only while this instance runs: parts that
 * arrived before a stop are not given up before the consumer had {@code timeout} to read the rest after the start.
 */
public class StalePartsSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StalePartsSweeper.class);

    private final EventAssembly assembly;
    private final Duration timeout;
    private final Clock clock;
    private final MeterRegistry meters;
    private ScheduledExecutorService timer;
    private Instant startedAt;

    /** @param timeout how long an incomplete event's parts wait for the rest ({@code golive.consumer.part-timeout}) */
    public StalePartsSweeper(EventAssembly assembly, Duration timeout, Clock clock, MeterRegistry meters) {
        this.assembly = assembly;
        this.timeout = timeout;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        startedAt = clock.instant();
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stale-parts-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(100, Math.min(timeout.toMillis() / 4, Duration.ofMinutes(1).toMillis()));
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    void sweep() {
        if (clock.instant().isBefore(startedAt.plus(timeout))) {
            return;
        }
        try {
            int givenUp = assembly.giveUpStale(timeout);
            if (givenUp > 0) {
                meters.counter(EventIntake.METER, "topic", "*", "outcome", "incomplete").increment(givenUp);
                log.warn("Parked {} event(s) whose parts stopped arriving {} ago; see /consumer/parked", givenUp,
                        timeout);
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for incomplete events in parts; trying again later: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
