package org.golive.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Tuning of the outbox relay ({@code golive.outbox.*}).
 *
 * @param pollInterval  how often the relay looks for waiting events when nobody wakes it
 * @param sweepInterval how often it scans the collections for events whose pending mark was lost
 * @param leaseTtl      how long an instance keeps the relay lease without renewing it
 * @param maxBackOff    the longest wait between attempts while Kafka is unreachable
 * @param batchSize     aggregates published per Kafka transaction
 * @param maxAttempts   attempts of an event that fails on its own before it is parked for an admin
 */
@ConfigurationProperties("golive.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("15s") Duration leaseTtl,
        @DefaultValue("5s") Duration maxBackOff,
        @DefaultValue("100") int batchSize,
        @DefaultValue("5") int maxAttempts) {
}
