package org.golive.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.ToDoubleFunction;

/**
 * What operations watch of the outbox (README, Operations): how many aggregates have events waiting
 * ({@code golive_outbox_backlog}), how long the oldest has waited ({@code golive_outbox_oldest_age_seconds}), and how
 * long each waited from its first write until the relay had published all of it ({@code golive_outbox_wait_seconds},
 * a histogram, so that its 99th percentile can be alerted on). The gauges read the small index of pending
 * aggregates when scraped; when the database does not answer they show NaN, not a stale figure.
 */
public class OutboxMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

    private final PendingAggregates pending;

    public OutboxMetrics(PendingAggregates pending) {
        this.pending = pending;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("golive.outbox.backlog", pending, orNaN(p -> p.backlog()))
                .description("Aggregates with events the relay has not published yet")
                .register(registry);
        Gauge.builder("golive.outbox.oldest.age", pending, orNaN(p -> p.oldestWait().toMillis() / 1000.0))
                .description("How long the aggregate waiting longest has had events unpublished")
                .baseUnit("seconds")
                .register(registry);
    }

    /** From an aggregate's first unpublished write until the relay has published all of its events. */
    static Timer waitTimer(MeterRegistry registry) {
        return Timer.builder("golive.outbox.wait")
                .description("From an aggregate's first unpublished write until all of its events were published")
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(5))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    /** One relay round that had events to send: reading them, its Kafka transactions, removing what went out. */
    static Timer roundTimer(MeterRegistry registry) {
        return relayStep("golive.outbox.round",
                "A relay round with events to send: reading them, publishing them, removing them", registry);
    }

    /** One Kafka transaction of the relay, from its start until its commit returned (or it failed). */
    static Timer transactionTimer(MeterRegistry registry) {
        return relayStep("golive.outbox.transaction", "A relay's Kafka transaction: its sends, flush and commit",
                registry);
    }

    /** A step of the relay's own work, in a histogram (seconds; a minute is far beyond any healthy step). */
    private static Timer relayStep(String name, String description, MeterRegistry registry) {
        return Timer.builder(name).description(description).publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(1)).register(registry);
    }

    private static ToDoubleFunction<PendingAggregates> orNaN(ToDoubleFunction<PendingAggregates> reading) {
        return p -> {
            try {
                return reading.applyAsDouble(p);
            } catch (RuntimeException e) {
                log.debug("Outbox metric not read", e);
                return Double.NaN;
            }
        };
    }
}
