package org.golive.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.springframework.util.unit.DataSize;

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
 * @param partSize      an event whose data is larger travels as parts of at most this size (see
 *                      {@link org.golive.contract.EventParts}); by default half of Kafka's default
 *                      {@code max.message.bytes} (1 MB), so a part fits any topic with default settings, the
 *                      dead-letter topics among them, and any client with default sizes
 * @param maxEventSize  the largest event data a change may raise; a larger one is refused (422) before anything
 *                      is stored
 */
@ConfigurationProperties("golive.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("15s") Duration leaseTtl,
        @DefaultValue("5s") Duration maxBackOff,
        @DefaultValue("100") int batchSize,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("512KB") DataSize partSize,
        @DefaultValue("64MB") DataSize maxEventSize) {

    int partBytes() {
        return Math.toIntExact(partSize.toBytes());
    }

    int maxEventBytes() {
        return Math.toIntExact(maxEventSize.toBytes());
    }
}
